import { useEffect, useState } from 'preact/hooks';
import type { Match } from '../../src/engine/types';
import { ArticleBody } from '../../src/ui/ArticleBody';
import { articleById } from '../../src/ui/articles';
import { EvidenceList } from '../../src/ui/EvidenceList';
import { TopicList } from '../../src/ui/TopicList';
import { TopicSearch } from '../../src/ui/TopicSearch';
import { STRINGS } from './strings';
import { useShownTab, useTabState } from './use-tab';

export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const tabId = useShownTab(pinnedTab);
  const state = useTabState(tabId);
  // A topic the person opened from a link; cleared whenever the tab or its screen changes.
  const [opened, setOpened] = useState<string | null>(null);
  const top: Match | undefined = state?.matches[0];
  useEffect(() => setOpened(null), [tabId, top?.id]);

  if (state === undefined) return <p class="muted">{STRINGS.loading}</p>;
  if (opened) {
    return (
      <main>
        <button type="button" class="link back" onClick={() => setOpened(null)}>
          {STRINGS.back}
        </button>
        <Topic id={opened} onTopic={setOpened} />
      </main>
    );
  }
  if (!top) {
    return (
      <main data-state="none">
        <p class="nothing">{STRINGS.nothing}</p>
        <p class="muted">{STRINGS.nothingHelp}</p>
        <TopicSearch label={STRINGS.searchLabel} placeholder={STRINGS.searchPlaceholder} noResults={STRINGS.noResults} onTopic={setOpened} />
      </main>
    );
  }
  return (
    <main data-state="recognised" data-topic={top.id}>
      <p class="kicker">{STRINGS.recognised}</p>
      <Topic id={top.id} onTopic={setOpened} evidence={top.evidence} others={state!.matches.slice(1).map((m) => m.id)} />
    </main>
  );
}

function Topic({ id, onTopic, evidence = [], others = [] }: { id: string; onTopic: (id: string) => void; evidence?: readonly string[]; others?: readonly string[] }) {
  const article = articleById(id);
  if (!article) return null;
  return (
    <article data-topic={id}>
      <h2>{article.title}</h2>
      <p class="summary">{article.summary}</p>
      <EvidenceList summary={STRINGS.why} evidence={evidence} />
      <div class="body">
        <ArticleBody nodes={article.body} onTopic={onTopic} />
      </div>
      <TopicList heading={STRINGS.otherLikely} ids={others} onTopic={onTopic} />
      <TopicList heading={STRINGS.related} ids={article.related.filter((r) => !others.includes(r))} onTopic={onTopic} />
    </article>
  );
}
