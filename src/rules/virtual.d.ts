declare module 'virtual:signpost/match-table' {
  const table: import('../engine/types').TableRule[];
  export default table;
}
declare module 'virtual:signpost/articles' {
  const articles: import('./types').Article[];
  export default articles;
}
declare module 'virtual:signpost/short-fixes' {
  /** Topic id → the short steps of its fix (src/rules/short-fix.ts). Read only in the Firefox build. */
  const shortFixes: Record<string, string[]>;
  export default shortFixes;
}
