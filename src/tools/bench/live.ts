/// <reference types="chrome" />
import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension, serveOffline } from '../browser';
import { FLOOR_ORIGIN, floorExtension } from './floor';
import { churnLatencies, quietLatencies } from './latency';
import { feedPageHtml } from './pages';
import { median, quantile, round } from './stats';
import { measureStorms, stormPageHtml } from './storms';
import { tagged, threadTime, traceOurs, wallTime, type Slice } from './trace';
import type { Figure, Section } from './types';

/**
 * The built extension in system Chromium, in the foreground tab (animation frames run), pages
 * served offline. The same page is served at a host the content script runs on, at one only the
 * floor extension runs on (floor.ts) and at one no extension runs on (bench.invalid), in the same
 * browser, alternating: everything but the content script is equal. Our time is read from a
 * Chromium trace (trace.ts); long tasks are counted in wall time.
 */
export const WITH = 'https://www.instagram.com';
export const WITHOUT = 'https://bench.invalid';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const INSERTIONS = Number(process.env.BENCH_INSERTIONS ?? 60);
// A page load's cost varies twofold from run to run on this machine (compile caches, what else the
// browser runs meanwhile): more runs, so that the median settles.
export const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 15);

/** The bench's pages, by path (served at every origin). */
export const PAGES = new Map<string, string>([
  ['/feed-2k', feedPageHtml(2_000, 'instagram')],
  ['/feed-5k', feedPageHtml(5_000, 'x')],
  ['/mass', stormPageHtml()],
  [
    '/challenge/bench/',
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title></head><body><div id="root"><main role="main"><article><span>Morning run along the river</span></article></main></div></body></html>',
  ],
]);

/** Our main-thread time from navigation until the page has settled, `runs` times per page. */
export async function loadCosts(
  page: Page,
  cdp: CDPSession,
  extensionId: string,
  runs: number,
  slices: Slice[],
  prefix = '',
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [path, label, key] of [
    ['/feed-2k', 'Instagram-feed-sized (2 000 elements)', 'loadCost2kMs'],
    ['/feed-5k', 'X-timeline-sized (5 000 elements)', 'loadCostMs'],
  ] as const) {
    const costs: number[] = [];
    const walls: number[] = [];
    for (let r = 0; r < runs; r++) {
      const run = await traceOurs(cdp, extensionId, async () => {
        await page.goto(`${WITH}${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(500);
      });
      costs.push(threadTime(run.slices));
      walls.push(wallTime(run.slices));
      slices.push(...tagged(run.slices, `${prefix}load ${path} run ${r + 1}`));
    }
    const k = prefix ? `bigTable${key[0]!.toUpperCase()}${key.slice(1)}` : key;
    figures.push({
      key: k,
      label: `${prefix}load cost, ${label} (thread time)`,
      value: round(median(costs), 2),
      unit: 'ms',
      detail: `median of ${runs}; runs ${costs.map((c) => c.toFixed(1)).join(', ')}; wall clock: median ${round(median(walls), 2)} ms, runs ${walls.map((c) => c.toFixed(1)).join(', ')}`,
    });
  }
  return figures;
}

/** Long tasks and the longest work slices over everything measured. */
export function sliceFigures(all: Slice[], keys: { longTasks: string; maxSlice: string }, over: string): Figure[] {
  const work = all.filter((s) => !s.startup);
  const longest = [...work].sort((a, b) => b.cpu - a.cpu);
  const startup = all.filter((s) => s.startup);
  return [
    {
      key: keys.longTasks,
      label: `long tasks (≥ 50 ms) of the extension, ${over}`,
      value: all.filter((s) => s.dur >= 50).length,
      unit: 'tasks',
      detail: 'start-up included',
    },
    {
      key: keys.maxSlice,
      label: `longest extension work slice, ${over} (thread time)`,
      value: round(longest[0]?.cpu ?? 0, 2),
      unit: 'ms',
      detail: `${work.length} slices; p99 ${round(
        quantile(
          work.map((s) => s.cpu),
          0.99,
        ),
        2,
      )} ms; longest five: ${longest
        .slice(0, 5)
        .map((s) => `${round(s.cpu, 1)} ms (${s.phase})`)
        .join(', ')}; wall clock: longest ${round(Math.max(0, ...work.map((s) => s.dur)), 1)} ms, p99 ${round(
        quantile(
          work.map((s) => s.dur),
          0.99,
        ),
        2,
      )} ms; garbage collection of the shared heap inside ${work.filter((s) => s.gc > 0).length} slices, longest ${round(Math.max(0, ...work.map((s) => s.gc)), 1)} ms, not counted`,
    },
    {
      key: '',
      label: `content script start-up per page (script evaluation), ${over}`,
      value: round(median(startup.map((s) => s.dur)), 2),
      unit: 'ms',
      detail: `median of ${startup.length}; longest ${round(Math.max(0, ...startup.map((s) => s.dur)), 1)} ms (the first page after the browser starts)`,
    },
  ];
}

export const latencyFigure = (key: string, label: string, ms: number[]): Figure => ({
  key,
  label,
  value: round(quantile(ms, 0.95), 1),
  unit: 'ms',
  detail: `p50 ${round(median(ms), 1)} ms, max ${round(Math.max(...ms), 1)} ms over ${ms.length} showings`,
});

export const live: Section = {
  name: 'live',
  async run() {
    const { context, worker, extensionId } = await launchWithExtension({ also: [floorExtension()] });
    await serveOffline(context, (url) => {
      const body = PAGES.get(url.pathname);
      return body === undefined ? null : { body };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const figures: Figure[] = [];
    const slices: Slice[] = [];
    try {
      // 1. Mass DOM updates, both storms, with / floor / without.
      const storms = await measureStorms(page, cdp, extensionId, { with: WITH, floor: FLOOR_ORIGIN, without: WITHOUT }, ROUNDS, '/mass');
      const visibility = await page.evaluate(() => document.visibilityState);
      figures.push(...storms.figures.map((f) => (f.key.endsWith('TaskRatio') ? { ...f, detail: `${f.detail}; tab ${visibility}` } : f)));
      slices.push(...storms.slices);
      // 2. Load cost.
      figures.push(...(await loadCosts(page, cdp, extensionId, LOAD_RUNS, slices)));
      // 3. Detection latency on a page at rest: a known dialog shown → the background stores the topic.
      await page.goto(`${WITH}/challenge/bench/`);
      const quiet = await traceOurs(cdp, extensionId, () => quietLatencies(page, worker, INSERTIONS));
      slices.push(...tagged(quiet.slices, 'latency at rest'));
      figures.push(
        latencyFigure('latencyBackgroundP95Ms', 'detection latency at rest: dialog shown → background state, p95', quiet.result),
      );
      // 4. The same on the feed while it churns, half of the showings in each storm.
      await page.goto(`${WITH}/mass`);
      const churn = await traceOurs(cdp, extensionId, async () => [
        ...(await churnLatencies(page, worker, 'html', INSERTIONS / 2)),
        ...(await churnLatencies(page, worker, 'dom', INSERTIONS / 2)),
      ]);
      slices.push(...tagged(churn.slices, 'latency under churn'));
      figures.push(
        latencyFigure('latencyChurnP95Ms', 'detection latency during a storm: dialog shown → background state, p95', churn.result),
      );
      figures.push(...sliceFigures(slices, { longTasks: 'longTasks', maxSlice: 'maxSliceMs' }, 'during 1–4'));
    } finally {
      await context.close();
    }
    return figures;
  },
};
