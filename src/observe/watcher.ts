import { classify, type ChangeContext, type Verdict } from './changes';

/**
 * The one MutationObserver, at document scope: it observes while the scope has live rules, not at
 * all while it is idle, and tells `onChange` as soon as a delivered batch may matter (changes.ts).
 */

// Only attributes that src/page reads: visibility (hidden, aria-hidden, open, style), roles and the
// input metadata rules match on. `class` is deliberately absent: snapshots never read it, and it
// is what busy pages change most.
export const WATCHED_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'open',
  'style',
  'role',
  'aria-modal',
  'aria-live',
  'aria-label',
  'placeholder',
  'data-testid',
  'type',
  'name',
  'autocomplete',
  'inputmode',
  'href',
  'lang',
];

/** What the observer watches (the bench's floor observes the same). */
export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
  attributeOldValue: true,
};

export interface Watcher {
  /** Observes while the scope has live rules, not at all while it is idle (after each change of scope). */
  sync(): void;
  disconnect(): void;
}

/**
 * `context()`: the scope and what the last pass read, asked at each delivery. `guard`: wraps the
 * observer's callback so that it stops with the content script (lifetime.ts).
 */
export function watchDocument(
  doc: Document,
  context: () => ChangeContext,
  onChange: (verdict: Verdict) => void,
  guard: (cb: (records: MutationRecord[]) => void) => (records: MutationRecord[]) => void,
): Watcher {
  const observer = new MutationObserver(
    guard((records) => {
      const verdict = classify(records, context());
      if (verdict.kind === 'look') onChange(verdict);
    }),
  );
  let observing = false;
  let ended = false;
  const watcher: Watcher = {
    sync() {
      const want = !ended && context().scope.kind !== 'idle';
      if (want === observing) return;
      observing = want;
      if (want) observer.observe(doc.documentElement, OBSERVE_OPTIONS);
      else observer.disconnect();
    },
    /** For good: the content script has ended. */
    disconnect() {
      ended = true;
      observer.disconnect();
      observing = false;
    },
  };
  watcher.sync();
  return watcher;
}
