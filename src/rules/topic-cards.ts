import type { Article } from './types';

/** What the hint card says of a topic in one language: its title and one-line summary (the first thing to do). */
export interface TopicCardText {
  title: string;
  summary: string;
}

/** Topic id → language → card text: English always, and each translation. Build time. */
export type TopicCards = Record<string, Record<string, TopicCardText>>;

export function topicCards(articles: readonly Article[]): TopicCards {
  return Object.fromEntries(
    articles.map((a) => [a.id, { en: { title: a.title, summary: a.summary }, ...Object.fromEntries(Object.entries(a.translations ?? {}).map(([lang, t]) => [lang, { title: t.title, summary: t.summary }])) }]),
  );
}
