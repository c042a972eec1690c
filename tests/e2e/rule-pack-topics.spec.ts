/**
 * What an organisation rule pack's topics do on pages, in the built extension: a pack topic
 * overriding a bundled one shows in the hint, the side panel and the popup's search; a new pack topic
 * is recognised on an Instagram page (the content script reads `packTable`) and its article shows in
 * the side panel.
 */
import { cardView } from './card';
import { expect, test } from './fixtures';
import { DEVICE_PAGE, DEVICE_TOPIC, importExample, openSettings } from './rule-pack-settings';

test.describe.configure({ timeout: 60_000 });

test('a pack topic overriding a bundled one: the hint and the side panel show the pack article', async ({ context, extensionId, ext }) => {
  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  await importExample(settings);

  const { page, tabId } = await ext.openFixture('instagram/suspicious-login/page-en.html');
  await expect.poll(() => cardView(page).then((c) => c?.title)).toBe('Suspicious login attempt (Acme procedure)');
  const panel = await ext.openPanelPage(tabId);
  const article = panel.locator('article[data-topic="instagram/suspicious-login"]');
  await expect(article.getByRole('heading', { level: 2, name: 'Suspicious login attempt (Acme procedure)' })).toBeVisible();
  await expect(article).toContainText('Open the Acme Social shared inbox in Cerby');
  await expect(article).toContainText('From the rule pack “Acme IT” (1.2.0).');
  // Related topics include the pack's own new topic.
  await expect(article.getByRole('button', { name: 'Too many devices on the shared account' })).toBeVisible();

  // The popup's search finds the pack's new topic.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('combobox').fill('too many devices');
  await expect(popup.getByRole('option').first()).toContainText('Too many devices on the shared account');
  await popup.close();

  // Switched off: the bundled article is back, live.
  await settings.getByRole('checkbox', { name: 'Use “Acme IT”' }).uncheck();
  await expect(article.getByRole('heading', { level: 2, name: 'Suspicious login attempt', exact: true })).toBeVisible();
});

test('a new pack topic is recognised on an Instagram page and its article shows in the side panel', async ({
  context,
  extensionId,
  ext,
}) => {
  // The content script merges `packTable` into its rules (`watchEffectiveTable`, src/packs/effective.ts).
  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  await importExample(settings);

  const url = 'https://www.instagram.com/accounts/login/?acme=device-limit';
  await ext.serve(url, DEVICE_PAGE);
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await ext.tabIdOf(page);
  await expect
    .poll(async () => (await ext.tabState(tabId))?.matches[0]?.id, {
      message: 'the content script recognises the pack topic (reads packTable)',
    })
    .toBe(DEVICE_TOPIC);
  expect((await ext.badge(tabId)).text).toBe('!');
  await expect.poll(() => cardView(page).then((c) => c?.title)).toBe('Too many devices on the shared account');

  const panel = await ext.openPanelPage(tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-topic', DEVICE_TOPIC);
  const article = panel.locator(`article[data-topic="${DEVICE_TOPIC}"]`);
  await expect(article.getByRole('heading', { level: 2, name: 'Too many devices on the shared account' })).toBeVisible();
  await expect(article).toContainText('Choose Sessions → Sign out oldest.');
});
