import { INLINE_HIDDEN } from '../../src/page/visibility';
import type { Gate } from './gate';

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
/** Records in one pass, none relevant, that mark a churning page (our own card's few do not). */
const BUSY = 32;

export interface Watcher {
  /**
   * Did some queued change matter? Stops early at `deadline`, keeping the rest queued ('more').
   * 'busy': nothing mattered among many changes — the page is churning (a feed), look less often.
   */
  drain(deadline: number, now: () => number): 'relevant' | 'irrelevant' | 'busy' | 'more';
  /** Observes while the gate has live rules, not at all while it is idle (after each retarget). */
  sync(): void;
  disconnect(): void;
}

/**
 * `isOurs`: our own UI (the hint host), whose changes must never trigger recognition.
 * `gate` (gate.ts): which changed nodes could matter at all.
 * `recognised`: while a screen is recognised, any removal may end it, so every removal matters.
 */
export function watchDocument(root: Node, onQueued: () => void, isOurs: (node: Node) => boolean, gate: Gate, recognised: () => boolean): Watcher {
  let queue: MutationRecord[] = [];
  let overflow = false;
  const observer = new MutationObserver((records) => {
    if (queue.length + records.length > MAX_QUEUE) overflow = true;
    else queue.push(...records);
    onQueued();
  });
  let observing = false;
  const sync = () => {
    const want = !gate.idle;
    if (want === observing) return;
    observing = want;
    if (want) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, attributeOldValue: true });
    else {
      observer.disconnect();
      queue = [];
      overflow = false;
    }
  };
  sync();

  // Whether the change touches anything rules read, then (rarely reached) whether it is inside our own UI.
  const relevant = (r: MutationRecord): boolean => touchesRules(r) && !isOurs(r.target);
  const touchesRules = (r: MutationRecord): boolean => {
    if (r.type === 'characterData') return gate.text(r.target.nodeValue);
    // Shown, given a role, test id or label: does the element (its own labels included) or its subtree hold anything rules read?
    if (r.type === 'attributes') {
      // Of a style, the snapshot reads only whether it hides the element: pages animate styles every
      // frame, and a container's new opacity must not make us read its whole subtree.
      if (r.attributeName === 'style' && hides(r.oldValue) === hides((r.target as Element).getAttribute('style'))) return false;
      return gate.carries(r.target) || (r.attributeName === 'lang' && r.target === root);
    }
    // While a screen is recognised every removal may end it; otherwise only one holding an exclusion can matter.
    return someCarry(r.addedNodes, false) || ((recognised() || gate.removals) && someCarry(r.removedNodes, recognised()));
  };
  const hides = (style: string | null) => INLINE_HIDDEN.test(style ?? '');
  // The cheap-to-fail test first, over all of a record's nodes at once: most records of a feed carry
  // nothing and need no other check. Indexed loops: NodeList iterators cost more than the test.
  const someCarry = (nodes: NodeList, every: boolean): boolean => {
    if (nodes.length === 0 || !(every || gate.carriesAny(nodes))) return false;
    for (let i = 0; i < nodes.length; i++) if ((every || gate.carries(nodes[i]!)) && !isOurs(nodes[i]!)) return true;
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
        const r = queue[i]!;
        if (relevant(r)) {
          // One relevant change means a fresh snapshot; the rest need no inspection.
          queue = [];
          return 'relevant';
        }
        // A record that added nodes costs up to a few hundred µs to read (a feed batch; ms while the
        // code is still cold), and so may an attribute or text change: look at the clock after each.
        // A removal is not read at all unless some live rule has exclusions (a recognised screen makes
        // it relevant, above): a feed removes as many records as it adds, and the clock costs more.
        if ((r.type !== 'childList' || r.addedNodes.length > 0 || gate.removals || (i & 15) === 15) && now() > deadline) break;
      }
      queue = queue.slice(i + 1);
      return queue.length > 0 ? 'more' : i >= BUSY ? 'busy' : 'irrelevant';
    },
    sync,
    disconnect() {
      observer.disconnect();
      observing = false;
      queue = [];
    },
  };
}
