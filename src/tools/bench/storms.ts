import type { CDPSession, Page } from '@playwright/test';
import { feedItemDom, feedItemHtml, feedPageHtml } from './pages';
import { median, round } from './stats';
import { tagged, taskMs, threadTime, traceOurs, wallTime, type Slice } from './trace';
import type { Figure } from './types';

/**
 * Mass DOM updates on a ~5 000-element feed: every 16 ms a batch of 20 items (~300 elements) goes in
 * at the bottom and as many leave from the top, for 3 s (~3 700 items). Two ways a page adds them:
 *   html — one `insertAdjacentHTML` per batch (one mutation record for 20 items), the cheapest a page can do;
 *   dom  — as a framework does: each item built detached with createElement / appendChild and added
 *          alone (one record per item).
 * The page's own `__startStorm` / `__stopStorm` also let a storm run while something else is measured.
 */
export type StormKind = 'html' | 'dom';
export const STORMS: { kind: StormKind; label: string }[] = [
  { kind: 'html', label: 'insertAdjacentHTML feed' },
  { kind: 'dom', label: 'framework-style feed (createElement / appendChild, a record per item)' },
];
const STORM_MS = 3_000;

const STORM_SCRIPT = `
(() => {
  // Functions below come from the bench's own TypeScript; its compiler may name inner functions.
  var __name = (f) => f;
  const item = ${feedItemHtml.toString()};
  const build = ${feedItemDom.toString()};
  let n = 100000, timer = 0, stats = null;
  /** \`count\` new items at the bottom, as many old ones gone from the top. */
  const churn = (kind, count) => {
    const feed = document.getElementById('feed');
    if (kind === 'html') {
      let html = '';
      for (let i = 0; i < count; i++) html += item(n++, 'instagram');
      feed.insertAdjacentHTML('beforeend', html);
    } else for (let i = 0; i < count; i++) feed.appendChild(build(document, n++));
    for (let i = 0; i < count; i++) feed.firstElementChild.remove();
  };
  const tick = (kind) => {
    const start = performance.now();
    churn(kind, 20);
    stats.busy += performance.now() - start;
    stats.batches++;
  };
  window.__startStorm = (kind) => {
    stats = { batches: 0, busy: 0 };
    const loop = () => { tick(kind); timer = setTimeout(loop, 16); };
    loop();
  };
  window.__stopStorm = () => { clearTimeout(timer); return stats; };
  window.__storm = (kind, ms) => new Promise((done) => {
    __startStorm(kind);
    setTimeout(() => { const s = __stopStorm(); setTimeout(() => done(s), 300); }, ms);
  });
  // Long sessions: \`items\` through the page, \`per\` at a time, as fast as timers allow.
  window.__scroll = (kind, items, per) => new Promise((done) => {
    let left = items;
    const loop = () => { churn(kind, per); left -= per; if (left > 0) setTimeout(loop, 0); else done(); };
    loop();
  });
})();`;

/** The storm page: a 5 000-element Instagram-like feed that can run either storm. */
export const stormPageHtml = (): string => feedPageHtml(5_000, 'instagram').replace('</body>', `<script>${STORM_SCRIPT}</script></body>`);

export interface Origins {
  /** A host the content script runs on. */
  with: string;
  /** A host only the floor extension runs on: a MutationObserver with an empty callback. */
  floor: string;
  /** A host no extension runs on. */
  without: string;
}

/**
 * Runs both storms `rounds` times at each origin, alternating (the order rotates each round), in one
 * browser: everything but the content script is equal. Budgeted: the page's main-thread task time
 * with / without, per round, median. The floor (observing alone) is measured the same way beside it.
 */
export async function measureStorms(
  page: Page,
  cdp: CDPSession,
  extensionId: string,
  at: Origins,
  rounds: number,
  path: string,
): Promise<{ figures: Figure[]; slices: Slice[] }> {
  const figures: Figure[] = [];
  const slices: Slice[] = [];
  for (const { kind, label } of STORMS) {
    const ratios: number[] = [];
    const floors: number[] = [];
    const pageOwn: number[] = [];
    const ours: number[] = [];
    const oursThread: number[] = [];
    const shares: number[] = [];
    const floorOwn: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = [at.with, at.floor, at.without];
      for (let i = 0; i < r % 3; i++) order.push(order.shift()!);
      const task: Record<string, number> = {};
      const busy: Record<string, number> = {};
      for (const origin of order) {
        await page.goto(`${origin}${path}`);
        await page.waitForTimeout(300);
        const before = await taskMs(cdp);
        const run = await traceOurs(
          cdp,
          extensionId,
          () =>
            page.evaluate(
              ([k, ms]) =>
                (window as unknown as { __storm: (k: string, ms: number) => Promise<{ busy: number }> }).__storm(k as string, ms as number),
              [kind, STORM_MS] as const,
            ),
          (url) => url.endsWith('/floor.js'),
        );
        task[origin] = (await taskMs(cdp)) - before;
        busy[origin] = run.result.busy;
        if (origin === at.with) {
          ours.push(wallTime(run.slices));
          oursThread.push(threadTime(run.slices));
          shares.push(wallTime(run.slices) / task[origin]!);
          slices.push(...tagged(run.slices, `${kind} storm round ${r + 1}`));
        }
        if (origin === at.floor) floorOwn.push(wallTime(run.others));
      }
      ratios.push(task[at.with]! / task[at.without]!);
      floors.push(task[at.floor]! / task[at.without]!);
      pageOwn.push(busy[at.with]! / busy[at.without]!);
    }
    const list = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(', ');
    const Kind = kind === 'html' ? 'Html' : 'Dom';
    figures.push(
      {
        key: `storm${Kind}TaskRatio`,
        label: `${kind} storm (${label}): page main-thread task time, with / without`,
        value: round(median(ratios), 3),
        unit: '×',
        detail: `median of ${rounds} alternating rounds (${list(ratios)})`,
      },
      {
        key: '',
        label: `${kind} storm: floor (a content script observing with an empty callback), with / without`,
        value: round(median(floors), 3),
        unit: '×',
        detail: `same rounds (${list(floors)})`,
      },
      {
        key: '',
        label: `${kind} storm: the page's own DOM code, with / without`,
        value: round(median(pageOwn), 3),
        unit: '×',
        detail: `timed by the page around its updates (${list(pageOwn)})`,
      },
      {
        key: `storm${Kind}OwnMs`,
        label: `${kind} storm: the extension's own main-thread time per 3 s storm`,
        value: round(median(ours), 1),
        unit: 'ms',
        detail: `wall clock of its slices; thread time ${round(median(oursThread), 1)} ms; ${round(median(shares) * 100, 1)} % of the page's task time; rounds ${ours.map((x) => x.toFixed(0)).join(', ')}; the floor's empty callback: ${round(median(floorOwn), 1)} ms`,
      },
    );
  }
  return { figures, slices };
}
