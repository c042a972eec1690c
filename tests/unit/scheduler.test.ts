import { describe, expect, it } from 'vitest';
import {
  BACKOFF,
  CALM_AFTER,
  CALM_MS,
  createScheduler,
  INLINE_MS,
  SETTLE_MS,
  SLICE_MS,
  type PassResult,
} from '../../src/observe/scheduler';

/** A clock and timers under the test's control; each pass costs `cost` ms and finds `results` in turn ('same' after). */
function setUp(results: PassResult['kind'][] = [], cost = 1, deadlines: number[] = []) {
  let now = 0;
  const timers: { at: number; cb: () => void }[] = [];
  const passes: number[] = [];
  const s = createScheduler(
    { setTimeout: (cb, ms) => timers.push({ at: now + ms, cb }) },
    (deadline) => {
      deadlines.push(deadline);
      passes.push(now);
      now += cost;
      return { kind: results.shift() ?? 'same' };
    },
    () => now,
  );
  /** Moves the clock on, running the timers that fall due. */
  const advance = (ms: number) => {
    const end = now + ms;
    for (let t = timers.sort((a, b) => a.at - b.at)[0]; t && t.at <= end; t = timers.sort((a, b) => a.at - b.at)[0]) {
      timers.shift();
      now = Math.max(now, t.at);
      t.cb();
    }
    now = Math.max(now, end);
  };
  return { s, passes, timers, advance, now: () => now };
}

describe('content pipeline scheduler', () => {
  it('runs a pass at once when the page was at rest', () => {
    const { s, passes, timers } = setUp();
    s.request();
    expect(passes).toEqual([0]);
    expect(timers).toHaveLength(0);
  });

  it('runs the pass in a task of its own, next, when the asking task already spent its share', () => {
    const deadlines: number[] = [];
    const { s, passes, timers, advance } = setUp([], 1, deadlines);
    advance(5);
    s.request(5 - INLINE_MS); // the observer read a big batch first
    expect(passes).toEqual([]);
    expect(timers.map((t) => t.at)).toEqual([5]);
    advance(0);
    expect(passes).toEqual([5]);
    // A task that did little first still gets its pass at once, within what is left of its slice.
    advance(10 * CALM_MS);
    const at = 5 + 1 + 10 * CALM_MS;
    s.request(at - INLINE_MS / 2);
    expect(passes).toEqual([5, at]);
    expect(deadlines.at(-1)).toBe(at - INLINE_MS / 2 + SLICE_MS);
  });

  it('runs one pass after a frame’s rest however often it is asked meanwhile', () => {
    const { s, passes, advance } = setUp(['reported']);
    s.request();
    for (let i = 0; i < 50; i++) s.request();
    advance(SETTLE_MS);
    expect(passes).toEqual([0, 1 + SETTLE_MS]);
  });

  it('rests longer once several passes in a row found nothing new (a churning page), and starts afresh after a pause', () => {
    const { s, passes, advance, now } = setUp([], 1);
    // Asked every millisecond, as on a page that churns.
    for (let t = 0; t < 400; t++) {
      s.request();
      advance(1);
    }
    const gaps = passes.slice(1).map((p, i) => p - passes[i]!);
    // A frame's rest (after a 1 ms pass) until CALM_AFTER passes found nothing, then the calm one.
    expect(gaps.slice(0, CALM_AFTER - 1)).toEqual(Array(CALM_AFTER - 1).fill(1 + SETTLE_MS));
    expect(new Set(gaps.slice(CALM_AFTER - 1))).toEqual(new Set([1 + CALM_MS]));
    // At rest for longer than that: the next change is looked at at once.
    advance(10 * CALM_MS);
    s.request();
    expect(passes.at(-1)).toBe(now() - 1);
  });

  it('goes on with a look that stopped at its deadline in a task of its own, without a rest; a change meanwhile gets a look after it', () => {
    const deadlines: number[] = [];
    const { s, passes, timers, advance } = setUp(['more', 'more', 'reported', 'same'], 1, deadlines);
    s.request();
    expect(deadlines).toEqual([SLICE_MS]);
    expect(timers.map((t) => t.at)).toEqual([1]);
    s.request(); // a change while the look goes on
    advance(0);
    expect(passes).toEqual([0, 1]);
    advance(1);
    expect(passes).toEqual([0, 1, 2]);
    // The look is over: the change gets its own, after the usual rest.
    advance(SETTLE_MS);
    expect(passes).toEqual([0, 1, 2, 3 + SETTLE_MS]);
  });

  it('does not look twice for changes that came during a rest', () => {
    const { s, passes, advance } = setUp(['reported', 'same', 'same']);
    s.request();
    s.request();
    s.request();
    advance(10 * CALM_MS);
    expect(passes).toHaveLength(2);
  });

  it('backs off after a pass that overran its slice, by a multiple of its cost', () => {
    const cost = 4 * SLICE_MS;
    const { s, passes, advance } = setUp(['reported', 'reported'], cost);
    s.request();
    s.request();
    advance(cost * BACKOFF - 1);
    expect(passes).toEqual([0]);
    advance(1);
    expect(passes).toEqual([0, cost + cost * BACKOFF]);
  });
});
