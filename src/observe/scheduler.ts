import type { TimerHost } from './lifetime';

/** After a pass that found something new, the next may follow this soon (a screen drawn in steps). */
export const SETTLE_MS = 16;
/** After CALM_AFTER passes in a row that found nothing new, the page churns: the next waits this long. */
export const CALM_MS = 64;
export const CALM_AFTER = 3;
/** A pass that cost more than a slice (ms) pushes the next back by BACKOFF times its cost. */
export const SLICE_MS = 2.5;
export const BACKOFF = 4;
/**
 * A pass runs inside the task that asked for it only if that task has spent less than this (ms) so
 * far — the observer's own reading of a big batch counts — so that the two together stay one short
 * slice; otherwise it runs in a task of its own, next.
 */
export const INLINE_MS = 1;

/** What a pass found: something new (reported), the same as before, or not done yet (more: go on soon). */
export type PassResult = { kind: 'reported' } | { kind: 'same' } | { kind: 'more' };

/**
 * Runs `pass` when asked: at once when the page has been at rest (a screen is reported in the same
 * task that drew it), else once the rest that follows the last pass is over — however often it is
 * asked meanwhile. The rest is a frame after a pass that found something, longer once several in a
 * row found nothing (the page churns), and longer still after a pass that cost more than a slice, so
 * that a churning page spends a bounded share of its main thread on us. A pass that stopped at its
 * deadline (`more`) goes on in a task of its own; a change meanwhile gets a pass after it.
 */
export function createScheduler(
  host: Pick<TimerHost, 'setTimeout'>,
  pass: (deadline: number) => PassResult,
  now: () => number = () => performance.now(),
) {
  let pending = false;
  let going = false;
  let again = false;
  let notBefore = -Infinity;
  let unchanged = 0;

  /** `taskStart`: when the task running this pass began, if it did work of its own first (its slice is shared). */
  const run = (taskStart?: number) => {
    pending = false;
    const start = now();
    // A page at rest for a while starts afresh: its next change is a new screen, not churn.
    if (!going && start - notBefore > CALM_MS) unchanged = 0;
    const result = pass(Math.min(start, taskStart ?? start) + SLICE_MS);
    const end = now();
    going = result.kind === 'more';
    if (going) {
      pending = true;
      host.setTimeout(() => run(), 0);
      return;
    }
    const cost = end - start;
    unchanged = result.kind === 'same' ? unchanged + 1 : 0;
    const rest = unchanged >= CALM_AFTER ? CALM_MS : SETTLE_MS;
    notBefore = end + Math.max(rest, cost > SLICE_MS ? cost * BACKOFF : 0);
    if (again) {
      again = false;
      request();
    }
  };

  /**
   * A change that may matter, a navigation, a resync: look, now or after the rest. `taskStart`: when
   * the asking task began (the observer's callback), if it did work of its own before asking.
   */
  function request(taskStart?: number): void {
    if (pending) {
      again ||= going;
      return;
    }
    const t = now();
    const wait = notBefore - t;
    if (wait <= 0 && (taskStart === undefined || t - taskStart < INLINE_MS)) {
      run(taskStart);
      return;
    }
    pending = true;
    host.setTimeout(() => run(), Math.max(wait, 0));
  }

  return { request };
}
