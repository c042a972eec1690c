/**
 * The extension reloaded or updated while Instagram and X tabs are open. Chromium leaves the old
 * content scripts on those pages, orphaned (their extension context is gone) and injects none anew
 * until a page loads. Then: the old copies go quiet — no error on any page, nothing reaches the new
 * background, and after a few changes they stop running at all — and the next navigation of each
 * tab brings the new build, which recognises its screen again.
 *
 * The build is loaded again through DevTools (`Extensions.loadUnpacked` on its folder, as "Load
 * unpacked" or an update does): `runtime.reload()` leaves an extension loaded from the command line
 * unloaded in this Chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { clickCardButton } from './card';
import { expect, hint, test, type Fixture } from './fixtures';

const TABS = [
  'instagram/suspicious-login/dialog-en.html',
  'instagram/settings-locked/accounts-center-dialog-en.html',
  'x/invalid-code/modal-en.html',
  'x/email-swap/settings-email-en.html',
];

/** Every error a page shows, from any of its JavaScript worlds (the content script's included). */
async function watchErrors(page: Page, cdp: CDPSession): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    (e) => void (e.type === 'error' && errors.push(`console API: ${JSON.stringify(e.args.map((a) => a.value ?? a.description))}`)),
  );
  cdp.on('Log.entryAdded', (e) => void (e.entry.level === 'error' && errors.push(`log: ${e.entry.text}`)));
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** The content script's own JavaScript world on a page (DevTools lists it by the extension's name). */
async function ourWorld(cdp: CDPSession, extensionId: string): Promise<number> {
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.disable');
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('no content script world on the page');
  return world.id;
}

/** Calls into our content script, counted in a trace of the page's renderer, while `fn` runs. */
async function ourCalls(cdp: CDPSession, extensionId: string, frame: string, fn: () => Promise<void>): Promise<number> {
  type TraceEvent = { name: string; ph: string; args?: { data?: { url?: string; frame?: string } } };
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await fn();
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return events.filter(
    (e) =>
      e.name === 'FunctionCall' &&
      e.args?.data?.frame === frame &&
      e.args.data.url === `chrome-extension://${extensionId}/content-script.js`,
  ).length;
}

/** Page changes, each in a task of its own: a dialog-like node and feed items come and go. */
const churn = (page: Page, times: number) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const node = document.createElement('div');
      node.innerHTML = i % 2 ? '<article><span>post</span></article>' : '<div role="alert">Something changed</div>';
      document.body.append(node);
      await new Promise((r) => setTimeout(r, 5));
      node.remove();
      await new Promise((r) => setTimeout(r, 5));
    }
  }, times);

test.use({ browserArgs: ['--enable-unsafe-extension-debugging'] });

test('reloaded, then updated, with Instagram and X tabs open: old copies go quiet without an error, the next navigation brings recognition back', async ({
  context,
  ext,
  extensionId,
  extensionDir,
}) => {
  test.setTimeout(120_000);
  const tabs: { page: Page; tabId: number; fixture: Fixture; cdp: CDPSession; errors: string[] }[] = [];
  for (const file of TABS) {
    const opened = await ext.openFixture(file);
    const cdp = await context.newCDPSession(opened.page);
    tabs.push({ ...opened, cdp, errors: await watchErrors(opened.page, cdp) });
    await expect.poll(async () => (await ext.tabState(opened.tabId))?.matches[0]?.id, { message: file }).toBe(opened.fixture.expect);
  }
  // The error watch sees our own world: an error thrown there is caught (then forgotten).
  await tabs[0]!.cdp.send('Runtime.evaluate', {
    contextId: await ourWorld(tabs[0]!.cdp, extensionId),
    expression: 'setTimeout(() => { throw new Error("probe") })',
  });
  await expect.poll(() => tabs[0]!.errors.some((e) => e.includes('probe'))).toBe(true);
  tabs[0]!.errors.length = 0;

  const manifestFile = join(extensionDir, 'manifest.json');
  const manifest = readFileSync(manifestFile, 'utf8');
  try {
    for (const [step, version] of [
      ['reloaded', null],
      ['updated', `${JSON.parse(manifest).version}.1`],
    ] as const) {
      // An update is new files, then the same reload the browser does.
      if (version) writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(manifest), version }));
      const before = await (await ext.probe()).evaluate(() => chrome.runtime.getManifest().version);
      const devtools = await context.browser()!.newBrowserCDPSession();
      const { id } = (await devtools.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
      await devtools.detach();
      expect(id, `${step}: the same extension`).toBe(extensionId);
      // Back when an extension page of the new copy answers (the old probe page closed with it).
      const answers = async () => {
        try {
          const probe = await ext.probe();
          if (probe.url().startsWith('chrome-extension://')) await probe.reload();
          return await probe.evaluate(() => chrome.runtime.getManifest().version);
        } catch {
          return null;
        }
      };
      await expect.poll(answers, { message: `${step}: the extension is back`, timeout: 15_000 }).toBe(version ?? before);

      // The card an old copy showed, clicked before that copy noticed anything: it goes, quietly.
      const carded = tabs[0]!;
      await expect(hint(carded.page)).toBeVisible();
      await clickCardButton(carded.page, 'Show the fix');
      await expect(hint(carded.page)).toHaveCount(0);

      for (const tab of tabs) {
        const frame = tab.page.mainFrame();
        const frameId = ((await tab.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
        // The orphaned copy notices within a few changes, and stops; nothing reaches the background.
        await churn(tab.page, 20);
        expect(
          await ourCalls(tab.cdp, extensionId, frameId, () => churn(tab.page, 20)),
          `${step}: ${tab.fixture.file}: calls into the old copy`,
        ).toBe(0);
        expect(await ext.tabState(tab.tabId), `${step}: ${tab.fixture.file}: state from the old copy`).toBeUndefined();
        expect(tab.errors, `${step}: ${tab.fixture.file}: errors on the page`).toEqual([]);
        expect(frame.url()).toBe(tab.fixture.url);
        // The next navigation: the new build recognises the screen again.
        await tab.page.reload();
        await expect
          .poll(async () => (await ext.tabState(tab.tabId))?.matches[0]?.id, { message: `${step}: ${tab.fixture.file}` })
          .toBe(tab.fixture.expect);
      }
    }
  } finally {
    writeFileSync(manifestFile, manifest);
  }
});
