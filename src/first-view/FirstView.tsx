import { ArticleBody } from '../ui/ArticleBody';
import { fixFirst } from '../ui/fix-first';
import { PanelNav, WayOut } from '../ui/panel-frame';
import type { FirstViewFile } from './files';

/**
 * The top of the side panel's screen as the panel will paint it (entrypoints/sidepanel/App.tsx and
 * Topic.tsx): the frame, and the article's title, summary and fix steps — what a person reads first.
 * Its buttons are disabled until the panel's own replace them; a link to another topic goes to it.
 */
export function FirstView({
  file: { ui, article },
  uiLang,
  recognised,
  failed,
  onTopic,
}: {
  file: FirstViewFile;
  /** The interface language (BCP 47), for the strings around the article. */
  uiLang: string;
  /** A screen recognised in the tab (else an article opened by address or from the popup). */
  recognised: boolean;
  /** The fix was tried and refused: "If that doesn't work" comes first. */
  failed: boolean;
  onTopic: (id: string) => void;
}) {
  const { now, fix } = fixFirst(article.body, { failed });
  return (
    <main data-state={recognised ? 'recognised' : 'article'} data-topic={recognised ? article.id : undefined}>
      <PanelNav label={ui.navLabel} title={ui.extName} settings={ui.panelSettings} />
      {recognised && (
        <>
          <p class="kicker">{ui.panelRecognised}</p>
          <WayOut question={ui.panelNotYourScreen} action={ui.panelOtherTopicsAndSearch} />
        </>
      )}
      <article data-topic={article.id} lang={article.lang}>
        {article.fellBack && (
          <p class="notice" lang={uiLang}>
            {ui.englishOnlyArticle}
          </p>
        )}
        <h2>{article.title}</h2>
        <p class="summary">{article.summary}</p>
        {now.length > 0 && (
          <section class="now" aria-labelledby="now-kicker">
            <p id="now-kicker" class="now-kicker" lang={uiLang}>
              {ui.panelNowApplies}
            </p>
            <div class="body">
              <ArticleBody nodes={now} onTopic={onTopic} />
            </div>
          </section>
        )}
        <div class="body">
          <ArticleBody nodes={fix} onTopic={onTopic} />
        </div>
      </article>
    </main>
  );
}
