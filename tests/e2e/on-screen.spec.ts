import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeLightAndDark } from './axe';
import { expect, ROOT, test } from './fixtures';

// The article meets the screen: a fix step's bold label, shown as the recognised page shows it.
test("on a Spanish challenge the first step shows the page's own label beside the article's", async ({ ext }) => {
  const { page, tabId } = await ext.openFixture('instagram/suspicious-login/page-es.html');
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe('instagram/suspicious-login');
  const panel = await ext.openPanelPage(tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  const first = panel.locator('article .body ol li').first();
  await expect(first.locator('strong')).toHaveText('Send Security Code');
  await expect(first.locator('.on-screen-label')).toHaveText(' · on your screen: “Enviar código de seguridad”');
  await axeLightAndDark(panel, 'panel with the on-screen label and Show me');
  await panel.emulateMedia({ colorScheme: 'light' });
  // Show me: the page's control outlined — inert: what is under the outline is still the control.
  await first.getByRole('button', { name: 'Show me' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Outlined on the page' })).toHaveText(/“Enviar código de seguridad”/);
  const outline = page.locator('signpost-outline');
  await expect(outline).toHaveCount(1);
  expect(await outline.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  const under = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Enviar código de seguridad')!;
    const r = button.getBoundingClientRect();
    return {
      hit: document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === button,
      focused: document.activeElement === button,
    };
  });
  expect(under).toEqual({ hit: true, focused: false });
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(outline).toHaveCount(0);

  const dir = join(ROOT, 'tests/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.screenshot({ path: join(dir, `on-screen-label-${scheme}.png`) });
  }

  // Only there: a label the page shows as the article writes it gets nothing beside it.
  await page.close(); // the English fixture is served at the same address
  const english = await ext.openFixture('instagram/suspicious-login/page-en.html');
  await expect.poll(async () => (await ext.tabState(english.tabId))?.matches[0]?.id).toBe('instagram/suspicious-login');
  const panelEn = await ext.openPanelPage(english.tabId);
  await expect(panelEn.locator('article .body ol li').first().locator('strong')).toHaveText('Send Security Code');
  await expect(panelEn.locator('.on-screen-label')).toHaveCount(0);
});

test('a quoted platform message shows as the page words it; on X\'s "Check your email" step the first step is the sent code', async ({
  ext,
}) => {
  const refused = await ext.openFixture('instagram/suspicious-login/code-rejected-es.html');
  await expect.poll(async () => (await ext.tabState(refused.tabId))?.matches[0]?.id).toBe('instagram/suspicious-login');
  await ext.setSettings({ uiLanguage: 'es' });
  const panel = await ext.openPanelPage(refused.tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  // The Spanish article quotes the English message; the page's own Spanish wording is beside it.
  await expect(
    panel.locator('.on-screen-label').filter({ hasText: 'Revisa el código que te enviamos e inténtalo de nuevo' }).first(),
  ).toBeVisible();
  await panel.screenshot({ path: join(ROOT, 'tests/e2e/screenshots/on-screen-quote-es.png') });

  await ext.setSettings({ uiLanguage: 'en' });
  const x = await ext.openFixture('x/new-login-location/page-code-en.html');
  await expect.poll(async () => (await ext.tabState(x.tabId))?.matches[0]?.id).toBe('x/new-login-location');
  const xPanel = await ext.openPanelPage(x.tabId);
  await expect(xPanel.locator('article .body ol li').first()).toContainText('sent a verification code');
});
