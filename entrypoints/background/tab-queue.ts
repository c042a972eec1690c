// Per-tab state is read-modify-write on storage.session; two messages from one tab in quick
// succession (a report then a dismiss) must not interleave, or one write is lost.
const chains = new Map<number, Promise<unknown>>();

export function serialise<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const prev = chains.get(tabId) ?? Promise.resolve();
  const next = prev.then(task, task);
  const settled = next.catch(() => undefined);
  chains.set(tabId, settled);
  void settled.then(() => {
    if (chains.get(tabId) === settled) chains.delete(tabId);
  });
  return next;
}
