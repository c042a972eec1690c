import { useState } from 'preact/hooks';
import { normalize } from '../../src/engine/normalize';
import { useI18n } from '../../src/i18n/preact';
import type { ShownArticle } from '../../src/rules/article-parts';
import { ArticleBody } from '../../src/ui/ArticleBody';
import { EvidenceList } from '../../src/ui/EvidenceList';
import { evidenceSentences, speller } from '../../src/ui/evidence-sentences';
import { fixFirst } from '../../src/ui/fix-first';
import { showOnPage } from '../../src/ui/panel-actions';
import type { ShownById } from '../../src/ui/shown-articles';
import { TopicList } from '../../src/ui/TopicList';

interface TopicProps {
  /** In the person's language where translated (else English, with a note). */
  article: ShownArticle | undefined;
  articles: ShownById;
  tabId?: number | null;
  onTopic: (id: string) => void;
  evidence?: readonly string[];
  labels?: { readonly [phrase: string]: string };
  quotes?: { readonly [phrase: string]: string };
  /** This topic's screens so far in the tab: the steps reached, whether the fix was tried and refused. */
  journey?: { steps: readonly string[]; failed: boolean } | null;
  others?: readonly string[];
}

/**
 * One article in the panel, fix first: the title, the summary and the fix steps, with the page's own
 * wording beside what they name; then why this screen was recognised, the rest, and other topics.
 */
export function Topic({
  article,
  articles,
  tabId = null,
  onTopic,
  evidence = [],
  labels = {},
  quotes = {},
  journey = null,
  others = [],
}: TopicProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // What "Show me" did, said to screen readers too (the outline itself is silent on the page).
  const [shownStatus, setShownStatus] = useState('');
  const showMe = (label: string) => {
    if (tabId === null) return;
    void showOnPage(tabId, label).then((found) => setShownStatus(t(found ? 'panelShownOnPage' : 'panelNotOnPage', label)));
  };
  // Its words are in the person's language when it has a translation; otherwise English, and a note says so.
  if (!article) return null;
  // The first screen holds the title, the summary and the fix steps: everything else comes after.
  const { now, fix, rest } = fixFirst(article.body, { failed: journey?.failed === true });
  // Steps the screen has moved past: the furthest any reached step proves done (the rule's `progress`).
  const doneCount = Math.max(0, ...(journey?.steps ?? []).map((s) => article.progress?.[s] ?? 0));
  const spell = speller([...(article.phrases ?? []), ...article.screenTexts]);
  const sentences = evidenceSentences(evidence, { t, lang: i18n.lang, spell });
  // The page's own wording of what the article names or quotes, for every part of the article.
  const onScreen = {
    labels,
    say: (label: string) => t('panelOnYourScreen', label),
    lang: i18n.lang,
    quotes: { held: quotes, spell, english: new Set(article.screenTexts.map(normalize)) },
  };
  return (
    <article data-topic={article.id} lang={article.lang}>
      {article.fellBack && (
        <p class="notice" lang={i18n.lang}>
          {t('englishOnlyArticle')}
        </p>
      )}
      <h2>{article.title}</h2>
      <p class="summary">{article.summary}</p>
      {now.length > 0 && (
        <section class="now" aria-labelledby="now-kicker">
          <p id="now-kicker" class="now-kicker" lang={i18n.lang}>
            {t('panelNowApplies')}
          </p>
          <div class="body">
            <ArticleBody nodes={now} onTopic={onTopic} onScreen={onScreen} />
          </div>
        </section>
      )}
      <div class="body">
        <ArticleBody
          nodes={fix}
          onTopic={onTopic}
          onScreen={{
            ...onScreen,
            show: tabId === null ? undefined : { label: t('panelShowMe'), act: showMe },
            done: doneCount > 0 ? { count: doneCount, label: t('panelStepDone') } : undefined,
          }}
        />
        <p class="muted show-status" role="status" lang={i18n.lang}>
          {shownStatus}
        </p>
      </div>
      <div lang={i18n.lang}>
        <EvidenceList summary={t('panelWhy')} sentences={sentences} />
      </div>
      <div class="body">
        <ArticleBody nodes={rest} onTopic={onTopic} onScreen={onScreen} />
      </div>
      {article.pack && (
        <p class="muted pack-source" lang={i18n.lang}>
          {t(article.pack.origin === 'organisation' ? 'articleFromOrgPack' : 'articleFromPack', [article.pack.name, article.pack.version])}
        </p>
      )}
      <div lang={i18n.lang}>
        <TopicList heading={t('panelOtherLikely')} ids={others} articles={articles} onTopic={onTopic} id="panel-others" />
        <TopicList
          heading={t('panelRelated')}
          ids={article.related.filter((r) => !others.includes(r))}
          articles={articles}
          onTopic={onTopic}
        />
      </div>
    </article>
  );
}
