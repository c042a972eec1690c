import { INLINE_HIDDEN } from '../page/visibility';
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

/** What the observer watches (the bench's floor observes the same). */
export const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, attributeOldValue: true };

const MAX_QUEUE = 5_000;
/** Text read in one pass and tested at once (a few records of a feed, or a hundred one-item ones). */
const BATCH_TEXT = 16_384;
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
    if (want) observer.observe(root, OBSERVE_OPTIONS);
    else {
      observer.disconnect();
      queue = [];
      overflow = false;
    }
  };
  sync();

  // Of a style, the snapshot reads only whether it hides the element: pages animate styles every
  // frame, and a container's new opacity must not make us read its whole subtree.
  const shownOrHidden = (r: MutationRecord) => r.attributeName !== 'style' || hides(r.oldValue) !== hides((r.target as Element).getAttribute('style'));
  const hides = (style: string | null) => INLINE_HIDDEN.test(style ?? '');
  // Indexed: NodeList iterators cost more than the test.
  const someNotOurs = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) if (!isOurs(nodes[i]!)) return true;
    return false;
  };
  /**
   * What a pass reads of a record: true when it may matter whatever its text (a structure a live rule
   * looks for, more text than is worth testing, a removal while a screen is recognised), false when it
   * cannot, else the text that decides (gate.ts). A framework adds a feed's items a record each: their
   * texts are tested together (`drain`), one search per anchor word for many records, not for each.
   * Our own card never carries (its content is in a shadow root); <head> is left out by the caller.
   */
  const screen = (r: MutationRecord): boolean | string => {
    if (r.type === 'characterData') return gate.read([r.target]);
    // Shown, given a role, test id or label: does the element (its own labels included) or its subtree hold anything rules read?
    if (r.type === 'attributes') return shownOrHidden(r) && ((r.attributeName === 'lang' && r.target === root) || gate.read([r.target]));
    // While a screen is recognised every removal may end it; otherwise only one holding an exclusion can matter.
    if (recognised() && someNotOurs(r.removedNodes)) return true;
    const text = gate.read(r.addedNodes);
    if (text === true || !gate.removals) return text;
    const removed = gate.read(r.removedNodes);
    return removed === true || text + removed;
  };

  return {
    drain(deadline, now) {
      if (overflow) {
        overflow = false;
        queue = [];
        return 'relevant';
      }
      // Records only their text can make relevant, and those texts: tested together at the end of
      // the pass, or once they add up to BATCH_TEXT. A phrase whose words came in two records of one
      // pass counts too (a page may build a heading in steps); our own UI and <head> do not.
      let texts: [MutationRecord, string][] = [];
      let length = 0;
      const textMatters = (): boolean => {
        const batch = texts;
        texts = [];
        length = 0;
        // Whether a record is in our UI or <head> is asked only when the text holds a phrase at all.
        return gate.text(batch.map(([, t]) => t).join(' ')) && gate.text(batch.filter(([r]) => !isOurs(r.target)).map(([, t]) => t).join(' '));
      };
      let i = 0;
      for (; i < queue.length; i++) {
        const r = queue[i]!;
        const seen = screen(r);
        if (typeof seen === 'string' && seen !== '') {
          texts.push([r, seen]);
          length += seen.length;
        }
        if ((seen === true && !isOurs(r.target)) || (length > BATCH_TEXT && textMatters())) {
          // One relevant change means a fresh snapshot; the rest need no inspection.
          queue = [];
          return 'relevant';
        }
        // A record that was read (added nodes: a feed batch costs up to a few hundred µs, ms while the
        // code is still cold; an attribute or text change) may cost: look at the clock after each. One
        // that was not (a removal while nothing can exclude, a style that hides nothing) costs less
        // than the clock: a feed removes as many records as it adds.
        if ((seen || (i & 15) === 15) && now() > deadline) break;
      }
      if (textMatters()) {
        queue = [];
        return 'relevant';
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
