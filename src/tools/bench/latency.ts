/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import type { StormKind } from './storms';

const ROOT = resolve(import.meta.dirname, '../../..');
/** A known screen over a page: Instagram's suspicious-login dialog, as its fixture shows it. */
export const DIALOG = readFileSync(resolve(ROOT, 'tests/fixtures/instagram/suspicious-login/dialog-en.html'), 'utf8').match(
  /<body>([\s\S]*)<\/body>/,
)![1]!;
export const DIALOG_TOPIC = 'instagram/suspicious-login';

type Seen = { at: number; topic: string | null };

/**
 * Records, in the service worker, when the background stores each new state of the tab `page` shows
 * (storage.session `tab:<id>`), with the top topic. Returns a wait for a given topic after a time.
 * Times are epoch milliseconds from each side's own clock (performance.timeOrigin + now).
 */
export async function watchBackground(worker: Worker, page: Page): Promise<(topic: string | null, since: number) => Promise<number>> {
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
  if (tabId === undefined) throw new Error(`no tab shows ${page.url()}`);
  await worker.evaluate((id) => {
    const g = globalThis as unknown as { __seen: Seen[]; __seenFor?: number };
    g.__seen = [];
    if (g.__seenFor !== undefined) {
      g.__seenFor = id;
      return;
    }
    g.__seenFor = id;
    chrome.storage.session.onChanged.addListener((changes) => {
      const change = changes[`tab:${g.__seenFor}`];
      if (!change) return;
      const matches = (change.newValue as { matches?: { id: string }[] } | undefined)?.matches ?? [];
      g.__seen.push({ at: performance.timeOrigin + performance.now(), topic: matches[0]?.id ?? null });
    });
  }, tabId);
  return async (topic, since) => {
    for (let i = 0; i < 500; i++) {
      const hit = await worker.evaluate(
        ([t, s]) => (globalThis as unknown as { __seen: Seen[] }).__seen.find((x) => x.topic === t && x.at >= (s as number))?.at ?? null,
        [topic, since] as const,
      );
      if (hit !== null) return hit;
      await page.waitForTimeout(10);
    }
    throw new Error(`the background never recorded ${topic ?? 'no topic'}`);
  };
}

/** Shows the dialog (appended to the body, as a portal is); returns when, by the page's clock. */
export const showDialog = (page: Page): Promise<number> =>
  page.evaluate((html) => {
    const host = document.createElement('div');
    host.id = 'bench-dialog';
    host.innerHTML = html;
    const t = performance.timeOrigin + performance.now();
    document.body.append(host);
    return t;
  }, DIALOG);

export const hideDialog = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const t = performance.timeOrigin + performance.now();
    document.getElementById('bench-dialog')!.remove();
    return t;
  });

/** `times` dialogs shown and hidden on a page at rest: ms from each showing to the background's state. */
export async function quietLatencies(page: Page, worker: Worker, times: number): Promise<number[]> {
  const waitFor = await watchBackground(worker, page);
  await page.waitForTimeout(300);
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const at = await showDialog(page);
    out.push((await waitFor(DIALOG_TOPIC, at)) - at);
    await waitFor(null, await hideDialog(page));
  }
  return out;
}

/**
 * The same while the storm page churns (its `__startStorm`): each showing lands at a different
 * moment of the storm's 16 ms cycle (a pause of 0–150 ms between hiding and showing).
 */
export async function churnLatencies(page: Page, worker: Worker, kind: StormKind, times: number): Promise<number[]> {
  const waitFor = await watchBackground(worker, page);
  await page.waitForTimeout(300);
  await page.evaluate((k) => (window as unknown as { __startStorm: (k: string) => void }).__startStorm(k), kind);
  const out: number[] = [];
  try {
    await page.waitForTimeout(200);
    for (let i = 0; i < times; i++) {
      const at = await showDialog(page);
      out.push((await waitFor(DIALOG_TOPIC, at)) - at);
      await waitFor(null, await hideDialog(page));
      await page.waitForTimeout((i * 37) % 150);
    }
  } finally {
    await page.evaluate(() => (window as unknown as { __stopStorm: () => unknown }).__stopStorm());
  }
  return out;
}
