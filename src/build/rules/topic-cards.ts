import { treeText } from '../../rules/markdown';
import { splitSections } from '../../rules/sections';
import type { Article, MdNode, TopicCards, TopicCardText } from '../../rules/types';

const MAX_FALLBACK = 200;

/** The first list item of "If that doesn't work", else its first paragraph, as plain text. */
function firstFallback(body: readonly MdNode[]): string | undefined {
  const nodes = splitSections(body).find((s) => s.key === 'Fallback')?.nodes ?? [];
  const first = (want: 'li' | 'p', list: readonly MdNode[]): MdNode | undefined => {
    for (const n of list) {
      if (typeof n === 'string') continue;
      if (n.t === want) return n;
      if (n.t === 'ul' || n.t === 'ol') {
        const inner = first(want, n.c);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  const point = first('li', nodes) ?? first('p', nodes);
  if (!point || typeof point === 'string') return undefined;
  const text = treeText([point]);
  return text.length > MAX_FALLBACK ? `${text.slice(0, MAX_FALLBACK - 1)}…` : text;
}

const card = (title: string, summary: string, body: readonly MdNode[]): TopicCardText => {
  const fallback = firstFallback(body);
  return { title, summary, ...(fallback && { fallback }) };
};

/** Build time: what the hint card says of each topic, for the background (`virtual:signpost/topic-cards`). */
export function topicCards(articles: readonly Article[]): TopicCards {
  return Object.fromEntries(
    articles.map((a) => [
      a.id,
      {
        en: card(a.title, a.summary, a.body),
        ...Object.fromEntries(Object.entries(a.translations ?? {}).map(([lang, t]) => [lang, card(t.title, t.summary, t.body)])),
      },
    ]),
  );
}
