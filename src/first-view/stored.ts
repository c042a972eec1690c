/**
 * The ids of the topics recognised in a stored tab state (src/storage/tab-state.ts), best first, read
 * as far as the first views need and unparsed: no schema loads before they paint. The page's own
 * parse follows and decides; a state it would refuse is removed at start by the storage check.
 */
export function recognisedIds(state: unknown): string[] {
  const matches = (state as { matches?: unknown } | null | undefined)?.matches;
  if (!Array.isArray(matches)) return [];
  return matches.flatMap((m) => {
    const id = (m as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}
