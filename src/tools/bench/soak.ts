/// <reference types="chrome" />
import type { CDPSession, Page, Worker } from '@playwright/test';
import { launchWithExtension, serveOffline } from '../browser';
import { DIALOG_TOPIC, hideDialog, showDialog, watchBackground } from './latency';
import { WITH, WITHOUT } from './live';
import { round } from './stats';
import { stormPageHtml } from './storms';
import type { Section } from './types';

/**
 * A long session: the equivalent of 30 minutes of feed scrolling — 100 000 items through a
 * 5 000-element feed, half as HTML batches, half a record per item, with our dialog shown and hidden
 * every 10 000 items (so the hint card and recognition are exercised too) — then everything the
 * content script holds is compared with before.
 *
 * Heap: the content script shares its V8 heap with the page, so its growth is the page's heap growth
 * (after forced collections) with the extension less the same run's growth without it. Observers and
 * timers: counted inside the content script's own JavaScript world, whose `MutationObserver`,
 * `setTimeout` and `requestAnimationFrame` the bench wraps after the script has started (DevTools can
 * evaluate in an extension's isolated world). Listeners: the renderer's count of JS event listeners.
 */
const ITEMS = Number(process.env.BENCH_SOAK_ITEMS ?? 100_000);
const CHUNK = 10_000;
const PER = 25;

const COUNT_IN_WORLD = `(() => {
  if (!globalThis.__soak) {
    const c = (globalThis.__soak = { observe: 0, disconnect: 0, set: 0, timers: new Set(), frames: new Set(), intervals: new Set() });
    const MO = MutationObserver.prototype, observe = MO.observe, disconnect = MO.disconnect;
    MO.observe = function (...a) { c.observe++; return observe.apply(this, a); };
    MO.disconnect = function (...a) { c.disconnect++; return disconnect.apply(this, a); };
    const st = setTimeout, ct = clearTimeout, si = setInterval, ci = clearInterval, raf = requestAnimationFrame, caf = cancelAnimationFrame;
    globalThis.setTimeout = (f, ms, ...a) => { c.set++; const id = st(() => { c.timers.delete(id); f(...a); }, ms); c.timers.add(id); return id; };
    globalThis.clearTimeout = (id) => { c.timers.delete(id); ct(id); };
    globalThis.setInterval = (f, ms, ...a) => { const id = si(f, ms, ...a); c.intervals.add(id); return id; };
    globalThis.clearInterval = (id) => { c.intervals.delete(id); ci(id); };
    globalThis.requestAnimationFrame = (f) => { c.set++; const id = raf((t) => { c.frames.delete(id); f(t); }); c.frames.add(id); return id; };
    globalThis.cancelAnimationFrame = (id) => { c.frames.delete(id); caf(id); };
  }
  const c = globalThis.__soak;
  return { observing: c.observe - c.disconnect, pending: c.timers.size + c.frames.size + c.intervals.size, set: c.set };
})()`;

interface State {
  heapKB: number;
  listeners: number;
  nodes: number;
  world: { observing: number; pending: number; set: number } | null;
}

async function state(cdp: CDPSession, worldId: number | null): Promise<State> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const world =
    worldId === null
      ? null
      : ((await cdp.send('Runtime.evaluate', { contextId: worldId, expression: COUNT_IN_WORLD, returnByValue: true })).result
          .value as State['world']);
  return { heapKB: heap.usedSize / 1024, listeners: counters.jsEventListeners, nodes: counters.nodes, world };
}

async function session(page: Page, cdp: CDPSession, worker: Worker, origin: string): Promise<{ before: State; after: State }> {
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  const onContext = (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => void worlds.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  await page.goto(`${origin}/mass`);
  await page.waitForTimeout(500);
  const ours = origin === WITH;
  const waitFor = ours ? await watchBackground(worker, page) : null;
  const worldId = ours ? (worlds.findLast((w) => w.auxData?.type === 'isolated' && w.name === 'Signpost')?.id ?? null) : null;
  cdp.off('Runtime.executionContextCreated', onContext);
  if (ours && worldId === null) throw new Error('the content script’s world was not found');
  const dialog = async () => {
    const shown = await showDialog(page);
    if (waitFor) await waitFor(DIALOG_TOPIC, shown);
    else await page.waitForTimeout(50);
    const hidden = await hideDialog(page);
    if (waitFor) await waitFor(null, hidden);
  };
  const scroll = (kind: string, items: number) =>
    page.evaluate(
      ([k, n, per]) =>
        (window as unknown as { __scroll: (k: string, n: number, per: number) => Promise<void> }).__scroll(
          k as string,
          n as number,
          per as number,
        ),
      [kind, items, PER] as const,
    );
  // Warm up (first pass, first card), then count from there. The card is built once, on the first
  // hint, from the background's reply — which can come after the background's state is stored and
  // be dropped if the dialog is already gone: wait until it is on the page, so that its one-time
  // DOM and listeners are not counted as growth.
  await state(cdp, worldId);
  await scroll('html', (2 * CHUNK) / 4);
  const shown = await showDialog(page);
  if (waitFor) {
    await waitFor(DIALOG_TOPIC, shown);
    await page.waitForSelector('signpost-hint', { state: 'attached' });
  }
  const hidden = await hideDialog(page);
  if (waitFor) await waitFor(null, hidden);
  await page.waitForTimeout(1_000);
  const before = await state(cdp, worldId);
  for (let done = 0; done < ITEMS; done += CHUNK) {
    await scroll(done % (2 * CHUNK) === 0 ? 'html' : 'dom', CHUNK);
    await dialog();
  }
  await page.waitForTimeout(1_000);
  return { before, after: await state(cdp, worldId) };
}

export const soak: Section = {
  name: 'soak',
  async run() {
    const { context, worker } = await launchWithExtension();
    await serveOffline(context, (url) => (url.pathname === '/mass' ? { body: stormPageHtml() } : null));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.enable');
    try {
      const started = performance.now();
      const withUs = await session(page, cdp, worker, WITH);
      const without = await session(page, cdp, worker, WITHOUT);
      const grew = (s: { before: State; after: State }, k: 'heapKB' | 'listeners' | 'nodes') => s.after[k] - s.before[k];
      const heap = grew(withUs, 'heapKB') - grew(without, 'heapKB');
      const w = (s: State) => s.world!;
      const seconds = Math.round((performance.now() - started) / 1000);
      return [
        {
          key: 'soakHeapGrowthKB',
          label: `soak (${ITEMS.toLocaleString('en')} feed items, a dialog every ${CHUNK.toLocaleString('en')}): content script heap growth`,
          value: round(heap, 0),
          unit: 'KB',
          detail: `page heap after collection grew ${round(grew(withUs, 'heapKB'), 0)} KB with the extension, ${round(grew(without, 'heapKB'), 0)} KB without; DOM nodes alive ${grew(withUs, 'nodes')} with, ${grew(without, 'nodes')} without; ${seconds} s`,
        },
        {
          key: 'soakObserversGrowth',
          label: 'soak: content script observers added',
          value: w(withUs.after).observing - w(withUs.before).observing,
          unit: '',
          detail: 'MutationObserver.observe minus disconnect calls in its world',
        },
        {
          key: 'soakTimersGrowth',
          label: 'soak: content script timers and frames pending, growth',
          value: w(withUs.after).pending - w(withUs.before).pending,
          unit: '',
          detail: `pending before ${w(withUs.before).pending}, after ${w(withUs.after).pending} (1 s after the last change); ${w(withUs.after).set - w(withUs.before).set} timers and frames set meanwhile`,
        },
        {
          key: 'soakListenersGrowth',
          label: 'soak: JS event listeners, growth',
          value: grew(withUs, 'listeners') - grew(without, 'listeners'),
          unit: '',
          detail: `renderer count ${withUs.before.listeners} → ${withUs.after.listeners} with the extension, ${without.before.listeners} → ${without.after.listeners} without`,
        },
      ];
    } finally {
      await context.close();
    }
  },
};
