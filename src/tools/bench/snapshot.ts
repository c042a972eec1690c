import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '../browser';
import { feedPageHtml } from './pages';
import { median, round } from './stats';
import type { Figure, Section } from './types';

/** The snapshot extractor bundled as the content script bundles it, to run inside a real page. */
async function snapshotBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { takeSnapshot } from './src/page/snapshot'; (globalThis as any).__takeSnapshot = takeSnapshot;",
      resolveDir: resolve(import.meta.dirname, '../../..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

/** Snapshot cost in Chromium on a 2 000- and a 65 000-element page (the latter bounded by the node cap). */
export const snapshot: Section = {
  name: 'snapshot',
  async run() {
    const code = await snapshotBundle();
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const figures: Figure[] = [];
    try {
      for (const [key, elements] of [
        ['snapshot2kMs', 2_000],
        ['snapshot65kMs', 65_000],
      ] as const) {
        const page = await browser.newPage();
        await page.setContent(feedPageHtml(elements, 'instagram'));
        await page.addScriptTag({ content: code });
        const result = await page.evaluate(() => {
          const take = (globalThis as unknown as { __takeSnapshot: (d: Document, u: string) => { truncated: boolean } }).__takeSnapshot;
          const times: number[] = [];
          let truncated = false;
          for (let i = 0; i < 200; i++) {
            const t = performance.now();
            truncated = take(document, location.href).truncated;
            times.push(performance.now() - t);
          }
          return { times, truncated, count: document.getElementsByTagName('*').length };
        });
        figures.push({
          key,
          label: `snapshot of a ${result.count.toLocaleString('en')}-element page`,
          value: round(median(result.times.slice(100)), 2),
          unit: 'ms',
          detail: result.truncated ? 'stopped at the node cap' : 'whole page',
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    return figures;
  },
};
