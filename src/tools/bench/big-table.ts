/// <reference types="chrome" />
import { launchWithExtension, serveOffline } from '../browser';
import { biggestPack } from './big-pack';
import { quietLatencies } from './latency';
import { latencyFigure, LOAD_RUNS, loadCosts, PAGES, sliceFigures, WITH } from './live';
import { tagged, traceOurs, type Slice } from './trace';
import type { Section } from './types';

/**
 * The biggest match table: the bundled rules plus the largest pack the format allows (big-pack.ts),
 * stored where the settings page stores an import, so that the background validates it and hands the
 * content script its compiled rules as it would. Then, on the feed-sized pages: load cost, work
 * slices and long tasks, and a dialog shown over the 5 000-element page.
 */
export const bigTable: Section = {
  name: 'big-table',
  async run() {
    const pack = biggestPack();
    const { context, worker, extensionId } = await launchWithExtension();
    await serveOffline(context, (url) => {
      const body = PAGES.get(url.pathname);
      return body === undefined ? null : { body };
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    try {
      await worker.evaluate(async (json) => {
        const data = JSON.parse(json) as { name: string; version: string };
        await chrome.storage.local.set({
          rulePacks: [{ name: data.name, version: data.version, enabled: true, importedAt: Date.now(), source: 'json', data }],
        });
      }, pack.json);
      const stored = async () =>
        worker.evaluate(async () => ((await chrome.storage.local.get('packTable')).packTable as unknown[] | undefined)?.length ?? 0);
      for (let i = 0; (await stored()) < pack.rules; i++) {
        if (i > 300) throw new Error('the background never wrote the pack’s rules');
        await page.waitForTimeout(100);
      }
      const slices: Slice[] = [];
      const prefix = `biggest table (+${pack.rules} pack rules, ${(pack.json.length / 1024 / 1024).toFixed(2)} MB): `;
      const figures = await loadCosts(page, cdp, extensionId, Math.ceil(LOAD_RUNS / 2), slices, prefix);
      await page.goto(`${WITH}/feed-5k`);
      const shown = await traceOurs(cdp, extensionId, () => quietLatencies(page, worker, 20));
      slices.push(...tagged(shown.slices, 'biggest table: dialog over the 5 000-element page'));
      figures.push(latencyFigure('', `${prefix}dialog over the 5 000-element page → background state, p95`, shown.result));
      figures.push(...sliceFigures(slices, { longTasks: 'bigTableLongTasks', maxSlice: 'bigTableMaxSliceMs' }, 'biggest table'));
      return figures;
    } finally {
      await context.close();
    }
  },
};
