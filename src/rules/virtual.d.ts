declare module 'virtual:signpost/match-table' {
  const table: import('../engine/types').TableRule[];
  export default table;
}
declare module 'virtual:signpost/articles' {
  const articles: import('./types').Article[];
  export default articles;
}
