declare module 'virtual:signpost/match-table' {
  const table: import('../engine/types').TableRule[];
  export default table;
}
declare module 'virtual:signpost/articles' {
  const articles: import('./types').Article[];
  export default articles;
}
declare module 'virtual:signpost/short-fixes' {
  /** Language → topic id → the short steps of its fix (src/rules/short-fix.ts). Read only in the Firefox build. */
  const shortFixes: Record<string, Record<string, string[]>>;
  export default shortFixes;
}
declare module 'virtual:signpost/topic-cards' {
  /** Topic id → language → its title and summary (src/rules/topic-cards.ts), for the hint. */
  const cards: import('./topic-cards').TopicCards;
  export default cards;
}
