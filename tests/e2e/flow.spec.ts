import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clickCardButton } from './card';
import { expect, hint, readFixture, ROOT, test, type Ext } from './fixtures';
import { dialogMarkup, FEED, SUSPICIOUS, SUSPICIOUS_PAGE, X_NEW_LOCATION } from './flow-pages';

async function openFeed(ext: Ext, page: Page) {
  await ext.serve('https://www.instagram.com/', FEED);
  await page.goto('https://www.instagram.com/');
  const tabId = await ext.tabIdOf(page);
  const first = await ext.nextTabState(tabId, 0);
  expect(first.matches).toEqual([]);
  return tabId;
}

test('a dialog inserted after load is recognised; removing it clears the badge, the card and the panel', async ({ context, ext }) => {
  const page = await context.newPage();
  const tabId = await openFeed(ext, page);
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'none');

  const before = (await ext.tabState(tabId))!.updatedAt;
  await page.evaluate((markup) => {
    const layer = document.createElement('div');
    layer.id = 'layer';
    layer.innerHTML = markup; // the page's own code, as the site's React would do it
    document.body.append(layer);
  }, dialogMarkup());
  const state = await ext.nextTabState(tabId, before);
  expect(state.matches[0]?.id).toBe(SUSPICIOUS);
  expect((await ext.badge(tabId)).text).toBe('!');
  await expect(hint(page)).toBeVisible();
  await expect(panel.locator('main')).toHaveAttribute('data-topic', SUSPICIOUS);

  // "Why am I seeing this?" lists the evidence, folded, in plain words; the stored evidence keeps the engine's wording.
  const why = panel.locator('details.evidence');
  await expect(why).not.toHaveAttribute('open');
  await why.locator('summary').click();
  expect(state.matches[0]!.evidence.some((e) => e.startsWith('dialog text "'))).toBe(true);
  await expect(why.locator('li')).toContainText([/^A window on the page says “[^”]+”$/]);

  const shown = (await ext.tabState(tabId))!.updatedAt;
  await page.evaluate(() => document.getElementById('layer')!.remove());
  expect((await ext.nextTabState(tabId, shown)).matches).toEqual([]);
  expect((await ext.badge(tabId)).text).toBe('');
  await expect(hint(page)).toHaveCount(0);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'none');
  await expect(panel.getByRole('combobox')).toBeVisible();
});

test('a dialog hidden and shown again (attribute change only) is re-evaluated', async ({ context, ext }) => {
  const page = await context.newPage();
  const tabId = await openFeed(ext, page);
  let since = (await ext.tabState(tabId))!.updatedAt;
  await page.evaluate((markup) => {
    const layer = document.createElement('div');
    layer.id = 'layer';
    layer.hidden = true;
    layer.innerHTML = markup;
    document.body.append(layer);
  }, dialogMarkup());
  // Inserted hidden: nothing to report, so nothing is stored. Show it:
  await page.evaluate(() => (document.getElementById('layer')!.hidden = false));
  let state = await ext.nextTabState(tabId, since);
  expect(state.matches[0]?.id).toBe(SUSPICIOUS);
  since = state.updatedAt;
  await page.evaluate(() => (document.getElementById('layer')!.hidden = true));
  state = await ext.nextTabState(tabId, since);
  expect(state.matches).toEqual([]);
  // The same with an inline style (styles that do not hide, like an opacity, are not read).
  since = state.updatedAt;
  await page.evaluate(() => {
    const layer = document.getElementById('layer')!;
    layer.style.display = 'none';
    layer.hidden = false;
  });
  await page.waitForTimeout(100);
  await page.evaluate(() => (document.getElementById('layer')!.style.opacity = '0.9'));
  await page.evaluate(() => (document.getElementById('layer')!.style.display = 'block'));
  state = await ext.nextTabState(tabId, since);
  expect(state.matches[0]?.id).toBe(SUSPICIOUS);
  since = state.updatedAt;
  await page.evaluate(() => (document.getElementById('layer')!.style.display = 'none'));
  state = await ext.nextTabState(tabId, since);
  expect(state.matches).toEqual([]);
});

test('SPA navigation to another screen updates badge, card and panel', async ({ context, ext }) => {
  const page = await context.newPage();
  const tabId = await openFeed(ext, page);
  const panel = await ext.openPanelPage(tabId);
  const since = (await ext.tabState(tabId))!.updatedAt;
  // The site's router: pushState to the challenge URL, then render the challenge screen.
  const challenge = readFixture(SUSPICIOUS_PAGE);
  await page.evaluate(
    ({ url, body }) => {
      history.pushState({}, '', url);
      document.body.innerHTML = body;
    },
    { url: new URL(challenge.url).pathname, body: /<body>([\s\S]*)<\/body>/.exec(challenge.html)![1]! },
  );
  const state = await ext.nextTabState(tabId, since);
  expect(state.url).toBe(challenge.url);
  expect(state.matches[0]?.id).toBe(SUSPICIOUS);
  expect(state.matches[0]!.evidence).toContain('screen step "instagram/challenge-choose"');
  await expect(hint(page)).toBeVisible();
  await expect(panel.locator('main')).toHaveAttribute('data-topic', SUSPICIOUS);

  // Back to the feed (popstate; the site re-renders): screen gone.
  await page.evaluate(
    (feed) => {
      history.back();
      document.body.innerHTML = feed;
    },
    /<body>([\s\S]*)<\/body>/.exec(FEED)![1]!,
  );
  expect((await ext.nextTabState(tabId, state.updatedAt)).matches).toEqual([]);
  expect((await ext.badge(tabId)).text).toBe('');
});

test('the real side panel follows the active tab and its screen, live', async ({ ext }) => {
  const a = await ext.openFixture(SUSPICIOUS_PAGE);
  const b = await ext.openFixture(X_NEW_LOCATION);
  await a.page.bringToFront();
  await clickCardButton(a.page, 'Show the fix'); // real click: opens the panel
  await expect.poll(() => ext.openSidePanels()).toHaveLength(1);
  const shown = () =>
    ext.inSidePanel(
      `document.querySelector('main')?.getAttribute('data-topic') ?? document.querySelector('main')?.getAttribute('data-state') ?? null`,
    );
  await expect.poll(shown).toBe(SUSPICIOUS);
  await b.page.bringToFront(); // the user switches tabs
  await expect.poll(shown).toBe('x/new-login-location');
  await b.page.evaluate(() => document.querySelector('[role="dialog"]')?.remove()); // the screen goes
  await expect.poll(shown).toBe('none');
  await a.page.bringToFront();
  await expect.poll(shown).toBe(SUSPICIOUS);
});

test('two tabs on different screens keep separate state; stopping the service worker loses nothing', async ({ ext }) => {
  const a = await ext.openFixture(SUSPICIOUS_PAGE);
  const b = await ext.openFixture(X_NEW_LOCATION);
  await expect.poll(async () => (await ext.tabState(a.tabId))?.matches[0]?.id).toBe(SUSPICIOUS);
  await expect.poll(async () => (await ext.tabState(b.tabId))?.matches[0]?.id).toBe('x/new-login-location');
  const badgeA = await ext.badge(a.tabId);
  const badgeB = await ext.badge(b.tabId);
  expect(badgeA.text).toBe('!');
  expect(badgeB.text).not.toBe('');
  const panelA = await ext.openPanelPage(a.tabId);
  const panelB = await ext.openPanelPage(b.tabId);
  await expect(panelA.locator('main')).toHaveAttribute('data-topic', SUSPICIOUS);
  await expect(panelB.locator('main')).toHaveAttribute('data-topic', 'x/new-login-location');

  await ext.stopServiceWorker();
  // While it is stopped: badges and stored state are intact, and a fresh panel renders from storage.
  expect(await ext.badge(a.tabId)).toEqual(badgeA);
  expect(await ext.badge(b.tabId)).toEqual(badgeB);
  expect((await ext.tabState(a.tabId))?.matches[0]?.id).toBe(SUSPICIOUS);
  expect(await ext.serviceWorkerRunning(), 'read while stopped').toBe(false);
  await panelA.reload();
  await expect(panelA.locator('main')).toHaveAttribute('data-topic', SUSPICIOUS);

  // The next report wakes it; it carries on from the stored state (tab B untouched).
  const since = (await ext.tabState(a.tabId))!.updatedAt;
  await a.page.evaluate(() => document.querySelector('main')!.remove());
  expect((await ext.nextTabState(a.tabId, since)).matches).toEqual([]);
  expect(await ext.serviceWorkerRunning(), 'running again').toBe(true);
  expect((await ext.badge(a.tabId)).text).toBe('');
  expect(await ext.badge(b.tabId)).toEqual(badgeB);
  await expect(panelA.locator('main')).toHaveAttribute('data-state', 'none');
  await expect(panelB.locator('main')).toHaveAttribute('data-topic', 'x/new-login-location');
});

test('messages from anything but our content script, or malformed, are dropped and counted', async ({ ext }) => {
  const probe = await ext.probe();
  // An extension page is not a content script: even a well-formed report is refused.
  await probe.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'screen', url: 'https://www.instagram.com/', matches: [] }).catch(() => undefined),
  );
  await expect.poll(() => ext.dropped()).toEqual({ total: 1, byReason: { sender: 1 } });
});

test('README screenshots: the hint on the page and the side panel', async ({ ext }) => {
  const dir = join(ROOT, 'tests/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  const { page, tabId } = await ext.openFixture(SUSPICIOUS_PAGE);
  await expect(hint(page)).toBeVisible();
  await page.screenshot({ path: join(dir, 'hint.png') });
  const panel = await ext.openPanelPage(tabId);
  await panel.setViewportSize({ width: 400, height: 800 }); // the panel's usual size: its first screen
  await expect(panel.locator('main')).toHaveAttribute('data-topic', SUSPICIOUS);
  await panel.locator('details.evidence summary').click();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: join(dir, 'sidepanel.png') });
});
