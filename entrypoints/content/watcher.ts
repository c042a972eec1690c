/**
 * The one MutationObserver. Its callback only queues records; `drain` later decides, within a time
 * slice, whether any of them could change what the snapshot sees.
 */

// Only attributes that src/page reads: visibility (hidden, aria-hidden, open, style), roles and the
// input metadata rules match on. `class` is deliberately absent: snapshots never read it, and it
// is what busy pages change most.
export const WATCHED_ATTRIBUTES = [
  'hidden', 'aria-hidden', 'open', 'style', 'role', 'aria-modal', 'aria-live', 'aria-label',
  'placeholder', 'data-testid', 'type', 'name', 'autocomplete', 'inputmode', 'href', 'lang',
];

const MAX_QUEUE = 5_000;

export interface Watcher {
  /** True when some queued change may matter. Stops early at `deadline`, keeping the rest queued. */
  drain(deadline: number, now: () => number): 'relevant' | 'irrelevant' | 'more';
  disconnect(): void;
}

/** `isOurs`: our own UI (the hint host), whose changes must never trigger recognition. */
export function watchDocument(root: Node, onQueued: () => void, isOurs: (node: Node) => boolean): Watcher {
  let queue: MutationRecord[] = [];
  let overflow = false;
  const observer = new MutationObserver((records) => {
    if (queue.length + records.length > MAX_QUEUE) overflow = true;
    else queue.push(...records);
    onQueued();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });

  const relevant = (r: MutationRecord): boolean => {
    if (isOurs(r.target)) return false;
    if (r.type !== 'childList') return true;
    for (const n of r.addedNodes) if (!isOurs(n)) return true;
    for (const n of r.removedNodes) if (!isOurs(n)) return true;
    return false;
  };

  return {
    drain(deadline, now) {
      if (overflow) {
        overflow = false;
        queue = [];
        return 'relevant';
      }
      let i = 0;
      for (; i < queue.length; i++) {
        if (relevant(queue[i]!)) {
          // One relevant change means a fresh snapshot; the rest need no inspection.
          queue = [];
          return 'relevant';
        }
        if ((i & 63) === 63 && now() > deadline) break;
      }
      queue = queue.slice(i + 1);
      return queue.length > 0 ? 'more' : 'irrelevant';
    },
    disconnect() {
      observer.disconnect();
      queue = [];
    },
  };
}
