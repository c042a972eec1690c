/**
 * Zero network. Every spec is checked by the harness's recorder (network-recorder.ts: outboundRequest,
 * asserted in fixtures.ts when each test's browser closes). This spec proves the recorder catches
 * each way the extension could reach the network — the service worker, an extension page, a content
 * script's fetch — and then drives every extension context once with the check on.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FIXTURES_DIR, readFixture, test } from './fixtures';

test.describe('recorder catches requests', () => {
  test.use({ allowNetwork: true });

  test('from the service worker, an extension page and a page-world fetch', async ({ context, ext, networkLog }) => {
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(() => fetch('https://example.org/from-worker').catch(() => undefined));
    const page = await ext.probe();
    await page.evaluate(() => fetch('https://example.org/from-popup').catch(() => undefined));
    const fixture = await ext.openFixture(firstFixture());
    // Same origin (the page's strict CSP would refuse another): a fetch to the site is a leak too.
    await fixture.page.evaluate(() => fetch('/from-content').catch(() => undefined));
    await expect.poll(() => networkLog.length).toBe(3);
    expect(networkLog.join('\n')).toMatch(/service worker → GET https:\/\/example\.org\/from-worker/);
    expect(networkLog.join('\n')).toMatch(/popup\.html → GET https:\/\/example\.org\/from-popup/);
    expect(networkLog.join('\n')).toMatch(/page https:\/\/[^ ]+ \(fetch\) → GET https:\/\/[^ ]+\/from-content/);
  });
});

test('every extension context, driven once, makes no request', async ({ context, ext, extensionId, networkLog }) => {
  const { page, tabId } = await ext.openFixture(firstFixture());
  await expect.poll(async () => (await ext.badge(tabId)).text).not.toBe('');
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.locator('h1, h2').first()).toBeVisible();
  for (const name of ['popup', 'options', 'replay']) {
    const p = await context.newPage();
    await p.goto(`chrome-extension://${extensionId}/${name}.html`);
    await p.waitForLoadState('load');
  }
  await page.reload();
  await expect.poll(async () => (await ext.badge(tabId)).text).not.toBe('');
  expect(networkLog).toEqual([]);
});

/** One positive fixture (a screen the extension recognises). */
function firstFixture(): string {
  const files = (readdirSync(FIXTURES_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  const positive = files.find((f) => readFixture(join(FIXTURES_DIR, f)).expect !== null);
  if (!positive) throw new Error('no positive fixture');
  return positive;
}
