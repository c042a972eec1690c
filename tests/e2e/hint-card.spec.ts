/**
 * The hint card on a recognised screen, in the built extension: its button opens the side panel,
 * it is reachable by keyboard and out of the page's scripts' reach, a dismissal is remembered per
 * screen and tab; settings turn it off, live; over a long feed it leaves the dialog's buttons free.
 */
import { cardView, clickCardButton, inCard } from './card';
import { expect, hint, readFixture, test } from './fixtures';
import { dialogMarkup, FEED, SUSPICIOUS, SUSPICIOUS_PAGE } from './flow-pages';

test("the hint's button opens the side panel; the card is keyboard reachable and dismissal is remembered per screen and tab", async ({
  context,
  ext,
}) => {
  const { page, tabId } = await ext.openFixture(SUSPICIOUS_PAGE);
  await expect(hint(page)).toBeVisible();
  expect(await ext.openSidePanels()).toEqual([]);

  // Keyboard: Tab moves through the page's controls and then into the card.
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await cardView(page))?.focused === 'Show the fix';
  }
  expect(reached, 'Show the fix reachable with Tab').toBe(true);
  await page.keyboard.press('Enter'); // a real key press: the gesture sidePanel.open needs
  await expect.poll(() => ext.openSidePanels()).toEqual([expect.objectContaining({ windowId: expect.any(Number) })]);

  // A page script can neither read the card nor press its buttons: the shadow root is closed, and
  // synthetic clicks and keys at the card (here straight on its buttons, as only the browser could) are ignored.
  expect(await page.evaluate(() => document.querySelector('signpost-hint')!.shadowRoot)).toBeNull();
  expect(await page.evaluate(() => document.body.textContent)).not.toContain('Show the fix');
  await inCard(page, (root) => {
    for (const button of root.querySelectorAll('button')) button.click();
    root.querySelector('.card')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  await expect(hint(page)).toBeVisible();
  expect((await ext.tabState(tabId))?.dismissed ?? []).toEqual([]);

  // Dismiss: the card goes, and stays away on this screen in this tab, even after a reload.
  await clickCardButton(page, 'Dismiss this hint for this screen');
  await expect(hint(page)).toHaveCount(0);
  await expect.poll(async () => (await ext.tabState(tabId))?.dismissed).toEqual([SUSPICIOUS]);
  const since = (await ext.tabState(tabId))!.updatedAt;
  await page.reload();
  await ext.nextTabState(tabId, since);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  await expect(hint(page)).toHaveCount(0);
  expect((await ext.badge(tabId)).text).toBe('!'); // only the card is dismissed

  // Another tab on the same screen still gets its card.
  const other = await context.newPage();
  const fixture = readFixture(SUSPICIOUS_PAGE);
  await ext.serve(`${fixture.url}?tab=2`, fixture.html);
  await other.goto(`${fixture.url}?tab=2`);
  await expect(hint(other)).toBeVisible();
});

test('hints switched off in settings: no card, badge still set; back on: card returns without a reload', async ({ ext }) => {
  await ext.setSettings({ hints: false });
  const { page, tabId } = await ext.openFixture(SUSPICIOUS_PAGE);
  await expect.poll(async () => (await ext.badge(tabId)).text).toBe('!');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
  await expect(hint(page)).toHaveCount(0);
  await ext.setSettings({ hints: true });
  await expect(hint(page)).toBeVisible();
});

test('a site switched off in settings: no badge, no card', async ({ ext }) => {
  await ext.setSettings({ hints: true, sites: { instagram: false, x: true } });
  const { page, tabId } = await ext.openFixture(SUSPICIOUS_PAGE);
  expect((await ext.nextTabState(tabId, 0)).matches).toEqual([]);
  expect((await ext.badge(tabId)).text).toBe('');
  await expect(hint(page)).toHaveCount(0);
});

test('over a long feed, the card leaves the dialog’s buttons free, whatever the feed holds before it', async ({ context, ext }) => {
  // More of the feed's links than the card ever measures, all before the dialog in document order;
  // the dialog sits in the corner the card prefers (bottom right).
  const links = Array.from({ length: 400 }, (_, i) => `<a href="/p/${i}/">post ${i}</a>`).join(' ');
  await ext.serve('https://www.instagram.com/', FEED.replace('<main role="main">', `<main role="main"><div>${links}</div>`));
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/');
  const tabId = await ext.tabIdOf(page);
  const before = (await ext.nextTabState(tabId, 0)).updatedAt;
  await page.evaluate((markup) => {
    const layer = document.createElement('div');
    // Set from script: the served page's CSP refuses style attributes in its markup.
    Object.assign(layer.style, { position: 'fixed', right: '0', bottom: '0', width: '480px', height: '260px', background: '#fff' });
    layer.innerHTML = markup;
    document.body.append(layer);
  }, dialogMarkup());
  expect((await ext.nextTabState(tabId, before)).matches[0]?.id).toBe(SUSPICIOUS);
  await expect(hint(page)).toBeVisible();
  await expect(hint(page)).toHaveAttribute('class', /^(br|bl|tr|tl)$/);
  const covered = await page.evaluate(() => {
    const card = document.querySelector('signpost-hint')!.getBoundingClientRect();
    return [...document.querySelectorAll('[role="dialog"] [role="button"]')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.left < card.right && card.left < r.right && r.top < card.bottom && card.top < r.bottom;
      })
      .map((b) => b.textContent);
  });
  expect(covered).toEqual([]);
});
