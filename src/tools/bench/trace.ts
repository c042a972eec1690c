import type { CDPSession } from '@playwright/test';

/**
 * Our content script's work, read from a Chromium trace: top-level slices whose script is ours.
 * A slice's length for its budget is its thread time less any garbage collection inside it: its wall
 * time also counts the moments this 2-core machine runs other threads (Chromium's, Playwright's)
 * instead, and a collection of the heap the page shares with us often lands in our task because the
 * page allocated; neither is our work. Both are kept beside it.
 */
export interface Slice {
  ts: number;
  /** Wall-clock length (ms): what the page waited, including any time the OS gave the thread to others. */
  dur: number;
  /** Thread time (ms) less garbage collection: the work itself. */
  cpu: number;
  /**
   * Garbage collection that ran inside the slice (ms of thread time). The page and the content script
   * share one V8 heap: collecting what a busy page allocated often lands at the start of whichever
   * task comes next, ours included. Not counted in `cpu`.
   */
  gc: number;
  /** The script's evaluation when a page loads (compile, module set-up), not a pass of its work. */
  startup: boolean;
  /** Which measurement it came from (named with the longest slice). */
  phase?: string;
}

export const tagged = (slices: Slice[], phase: string): Slice[] => slices.map((s) => ({ ...s, phase }));

/**
 * Records a trace around `fn`; returns our top-level slices (ms), merged where they nest, and those
 * of any other script whose URL `other` accepts (the floor's).
 */
export async function traceOurs<T>(
  cdp: CDPSession,
  extensionId: string,
  fn: () => Promise<T>,
  other: (url: string) => boolean = () => false,
): Promise<{ result: T; slices: Slice[]; others: Slice[] }> {
  type TraceEvent = { name: string; ph: string; ts: number; tid: number; dur?: number; tdur?: number; args?: { data?: { url?: string } } };
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await fn();
  } finally {
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const gcs = events.filter((e) => e.ph === 'X' && (e.name === 'MajorGC' || e.name === 'MinorGC'));
  const gcWithin = (e: TraceEvent) =>
    gcs
      .filter((g) => g.tid === e.tid && g.ts >= e.ts && g.ts + (g.dur ?? 0) <= e.ts + (e.dur ?? 0))
      .reduce((sum, g) => sum + (g.tdur ?? g.dur ?? 0), 0) / 1000;
  const slicesOf = (accept: (url: string) => boolean) => {
    const found = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
          accept(e.args?.data?.url ?? ''),
      )
      .map((e) => {
        const gc = gcWithin(e);
        return {
          ts: e.ts / 1000,
          dur: (e.dur ?? 0) / 1000,
          cpu: Math.max(0, (e.tdur ?? e.dur ?? 0) / 1000 - gc),
          gc,
          startup: e.name !== 'FunctionCall',
        };
      })
      .sort((a, b) => a.ts - b.ts);
    const slices: Slice[] = [];
    for (const s of found) {
      const last = slices.at(-1);
      if (last && s.ts < last.ts + last.dur) {
        last.dur = Math.max(last.dur, s.ts + s.dur - last.ts);
        last.cpu = Math.max(last.cpu, s.cpu);
        last.gc = Math.max(last.gc, s.gc);
        last.startup ||= s.startup;
      } else slices.push({ ...s });
    }
    return slices;
  };
  return {
    result: result!,
    slices: slicesOf((url) => url === `chrome-extension://${extensionId}/content-script.js`),
    others: slicesOf(other),
  };
}

/** Wall-clock total of slices (ms). */
export const wallTime = (slices: Slice[]): number => slices.reduce((s, x) => s + x.dur, 0);
/**
 * The main thread's time in our code, as slices measure it (thread time less garbage collection):
 * a load's wall-clock time on this 2-core machine also counts the moments the OS runs the browser's
 * other threads, Playwright or Node instead, and varied twofold from run to run for the same work.
 */
export const threadTime = (slices: Slice[]): number => slices.reduce((s, x) => s + x.cpu, 0);

/** The page's renderer main-thread task time so far (ms): script, style, layout, paint — what the page feels. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m: { name: string }) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}
