import type { TimerHost } from './lifetime';

/** After a pass that found something new, the next may follow this soon (a screen drawn in steps). */
export const SETTLE_MS = 16;
/** After CALM_AFTER passes in a row that found nothing new, the page churns: the next waits this long. */
export const CALM_MS = 64;
export const CALM_AFTER = 3;
/** A pass that cost more than a slice (ms) pushes the next back by BACKOFF times its cost. */
export const SLICE_MS = 2.5;
export const BACKOFF = 4;

/** What a pass found: something new (reported), or the same as before. */
export type PassResult = { kind: 'reported' } | { kind: 'same' };

/**
 * Runs `pass` when asked: at once when the page has been at rest (a screen is reported in the same
 * task that drew it), else once the rest that follows the last pass is over — however often it is
 * asked meanwhile. The rest is a frame after a pass that found something, longer once several in a
 * row found nothing (the page churns), and longer still after a pass that cost more than a slice, so
 * that a churning page spends a bounded share of its main thread on us.
 */
export function createScheduler(host: Pick<TimerHost, 'setTimeout'>, pass: () => PassResult, now: () => number = () => performance.now()) {
  let pending = false;
  let notBefore = -Infinity;
  let unchanged = 0;

  const run = () => {
    pending = false;
    const start = now();
    // A page at rest for a while starts afresh: its next change is a new screen, not churn.
    if (start - notBefore > CALM_MS) unchanged = 0;
    const result = pass();
    const end = now();
    const cost = end - start;
    unchanged = result.kind === 'same' ? unchanged + 1 : 0;
    const rest = unchanged >= CALM_AFTER ? CALM_MS : SETTLE_MS;
    notBefore = end + Math.max(rest, cost > SLICE_MS ? cost * BACKOFF : 0);
  };

  return {
    /** A change that may matter, a navigation, a resync: look, now or after the rest. */
    request(): void {
      if (pending) return;
      const wait = notBefore - now();
      if (wait <= 0) return run();
      pending = true;
      host.setTimeout(run, wait);
    },
  };
}
