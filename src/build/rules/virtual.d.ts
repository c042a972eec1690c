declare module 'virtual:signpost/match-table' {
  const table: import('../../engine/types').TableRule[];
  export default table;
}
declare module 'virtual:signpost/articles' {
  /** Every bundled article with its translations (joined from the per-language parts below). */
  const articles: import('../../rules/types').Article[];
  export default articles;
}
declare module 'virtual:signpost/article-meta' {
  /** What each bundled topic is besides its words, in the articles' order (src/rules/article-parts.ts). */
  const meta: import('../../rules/article-parts').ArticleMeta[];
  export default meta;
}
declare module 'virtual:signpost/article-texts-*' {
  /** One language's words of every bundled article written in it, by topic id. */
  const texts: import('../../rules/article-parts').ArticleTexts;
  export default texts;
}
declare module 'virtual:signpost/search-index' {
  /** The bundled articles' search index, as MiniSearch serialised it (src/search/prebuilt.ts). */
  const index: string;
  export default index;
}
declare module 'virtual:signpost/search-data-*' {
  /** The serialised index (the same module for every language). */
  export const index: string;
  /** Result rows and search-term words for one interface language (src/search/topics.ts). */
  const data: import('../../search/topics').SearchData;
  export default data;
}
declare module 'virtual:signpost/loaders' {
  /** Interface language (BCP 47) → its article texts, loaded on demand (a chunk each). */
  export const texts: Record<string, () => Promise<{ default: import('../../rules/article-parts').ArticleTexts }>>;
  /** Interface language → its search data and the index, loaded on demand. */
  export const search: Record<string, () => Promise<{ default: import('../../search/topics').SearchData; index: string }>>;
  /** The serialised index alone (the same for every language): the popup starts loading it before it knows the language. */
  export const index: () => Promise<{ default: string }>;
}
declare module 'virtual:signpost/short-fixes' {
  /** Language → topic id → the short steps of its fix (src/build/rules/short-fix.ts). Read only in the Firefox build. */
  const shortFixes: Record<string, Record<string, string[]>>;
  export default shortFixes;
}
declare module 'virtual:signpost/topic-cards' {
  /** Topic id → language → its title and summary (src/build/rules/topic-cards.ts), for the hint. */
  const cards: import('../../rules/types').TopicCards;
  export default cards;
}
