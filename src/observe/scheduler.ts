/** What the scheduler needs from WXT's ctx: timers that die with the content script. */
export interface TimerHost {
  requestAnimationFrame(cb: FrameRequestCallback): number;
  setTimeout(cb: () => void, ms: number): number;
}

export interface SchedulerOptions {
  /** Animation frames never fire in background tabs; this timer runs the pass there instead. */
  fallbackMs: number;
  /**
   * Work per pass before yielding to the page (ms). Under the 4 ms budget for a slice
   * (bench/budgets.json) by the most one step of work can overrun it: a query over a big page.
   */
  sliceMs: number;
  /** After a pass that cost more than a slice, wait this many times its cost before the next one. */
  backoffFactor: number;
  /** After `calm()` (a pass that found only many changes no rule reads), the next pass waits this long. */
  calmMs: number;
  now: () => number;
}

export const DEFAULT_SCHEDULER: SchedulerOptions = { fallbackMs: 100, sliceMs: 2.5, backoffFactor: 4, calmMs: 32, now: () => performance.now() };

/**
 * Runs `pass` at most once per animation frame, however often `request` is called. `pass` gets a
 * deadline and returns true when it stopped early with work left (it is then scheduled again).
 * A pass that overran its slice pushes the next one back, so a mutation storm on a heavy page costs
 * the page a bounded share of its main thread rather than every frame. A page busy with changes no
 * rule reads (a feed) is looked at every `calmMs` rather than every frame: one pass then covers a
 * few frames' worth of changes, which halves what the passes themselves cost.
 */
export function createScheduler(host: TimerHost, pass: (deadline: number) => boolean, options: SchedulerOptions = DEFAULT_SCHEDULER) {
  let token = 0;
  let pending = false;
  let notBefore = 0;

  const fire = (mine: number) => {
    // Both the frame and the timer fire each request: the first runs it, the other sees a stale token.
    if (mine !== token || !pending) return;
    pending = false;
    token++;
    const start = options.now();
    const more = pass(start + options.sliceMs);
    const cost = options.now() - start;
    if (cost > options.sliceMs) notBefore = options.now() + cost * options.backoffFactor;
    if (more) request();
  };

  function request(): void {
    if (pending) return;
    pending = true;
    const mine = ++token;
    const wait = notBefore - options.now();
    if (wait > 0) {
      host.setTimeout(() => fire(mine), wait);
      return;
    }
    host.requestAnimationFrame(() => fire(mine));
    host.setTimeout(() => fire(mine), options.fallbackMs);
  }

  /** The pass just made found nothing that matters: space the next one out. */
  function calm(): void {
    notBefore = Math.max(notBefore, options.now() + options.calmMs);
  }

  return { request, calm };
}
