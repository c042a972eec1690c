import type { Page } from '@playwright/test';
import { shippedRules } from '../../src/screens/fixtures';
import { clickCardButton } from './card';
import { expect, hint, test } from './fixtures';

// Each test launches its own browser; on a busy two-core machine that alone can take 10 s.
test.describe.configure({ timeout: 60_000 });

const FIXTURE = 'instagram/suspicious-login/page-en.html';
/** The suspicious-login topic's name in the settings list, in English and in Portuguese (from the shipped translation). */
const SUSPICIOUS = shippedRules().articles.find((a) => a.id === 'instagram/suspicious-login')!;
const SUSPICIOUS_PT = SUSPICIOUS.translations!['pt-BR']!.title;

const openSettings = async (page: Page, extensionId: string) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
};

const stored = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);

test('switching hints off in settings removes the in-page card at once, and on brings it back, without a reload', async ({
  context,
  extensionId,
  ext,
}) => {
  const { page } = await ext.openFixture(FIXTURE);
  // Control: with the defaults the card shows on this fixture (so the test below can fail).
  await expect(hint(page)).toBeVisible();

  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  const checkbox = settings.getByRole('checkbox', { name: 'Show a hint on the page when Signpost recognises a screen' });
  await expect(checkbox).toBeChecked();
  await checkbox.uncheck();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  expect(await stored(settings)).toMatchObject({ hints: false });

  await expect(hint(page)).toHaveCount(0);
  // A fresh page load of the same screen gets no card either; the badge still lights.
  await page.reload();
  const tabId = await ext.tabIdOf(page);
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
  await expect(hint(page)).toHaveCount(0);

  await checkbox.check();
  await expect(hint(page)).toBeVisible();
});

test('the settings page shows and saves every field; reset brings back the defaults', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await page.getByRole('checkbox', { name: 'X (x.com, twitter.com)' }).uncheck();
  await page.getByLabel('Language of the interface').selectOption('pt_BR');
  // The page itself follows the new language at once.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurações do Signpost');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  // Topics are named in the page's language too.
  await page.getByRole('checkbox', { name: SUSPICIOUS_PT }).check();
  await expect
    .poll(() => stored(page))
    .toMatchObject({
      hints: true,
      sites: { instagram: true, x: false },
      uiLanguage: 'pt_BR',
      mutedTopics: ['instagram/suspicious-login'],
    });

  // Survives a reload (it was saved, not just shown).
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'X (x.com, twitter.com)' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: SUSPICIOUS_PT })).toBeChecked();

  // Reset asks first; Cancel changes nothing.
  await page.getByRole('button', { name: 'Restaurar padrões' }).click();
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(page.getByRole('checkbox', { name: SUSPICIOUS_PT })).toBeChecked();
  await page.getByRole('button', { name: 'Restaurar padrões' }).click();
  await page.getByRole('group').getByRole('button', { name: 'Restaurar padrões' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signpost settings');
  await expect(page.getByRole('status')).toContainText('Every setting is back to its default.');
  await expect(page.getByRole('checkbox', { name: 'X (x.com, twitter.com)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: SUSPICIOUS.title })).not.toBeChecked();
  await expect(page.getByLabel('Language of the interface')).toHaveValue('auto');
  // …and can be undone: everything as it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurações do Signpost');
  await expect
    .poll(() => stored(page))
    .toMatchObject({ sites: { instagram: true, x: false }, uiLanguage: 'pt_BR', mutedTopics: ['instagram/suspicious-login'] });
  // The muted topics can be filtered by their title.
  await page.getByLabel('Encontrar um tema').fill('suspeit');
  await expect(page.getByRole('checkbox', { name: SUSPICIOUS_PT })).toBeVisible();
  await expect(page.locator('input[name="muted"]')).toHaveCount(1);
});

test('a corrupt stored settings object loads as defaults for the broken fields only', async ({ context, extensionId, ext }) => {
  await ext.setSettings({ hints: 'yes please', sites: { instagram: false }, uiLanguage: 'klingon', mutedTopics: 42 });
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await expect(page.getByRole('checkbox', { name: 'Show a hint on the page when Signpost recognises a screen' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Instagram (instagram.com)' })).not.toBeChecked();
  await expect(page.getByLabel('Language of the interface')).toHaveValue('auto');
});

test('a muted topic shows no card and lights no badge; the panel says so and unmutes it; the badge names the topic', async ({
  context,
  extensionId,
  ext,
}) => {
  const { page, tabId } = await ext.openFixture(FIXTURE);
  await expect(hint(page)).toBeVisible();
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
  const probe = await ext.probe();
  expect(await probe.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toBe(`Signpost — ${SUSPICIOUS.title}`);
  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  const mute = settings.getByRole('checkbox', { name: SUSPICIOUS.title });
  await mute.check();
  await expect(hint(page)).toHaveCount(0);
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '' });
  // The panel still shows the article, says the topic is muted, and can unmute it.
  const panel = await ext.openPanelPage(tabId);
  await expect(panel.getByText('You muted this topic')).toBeVisible();
  await panel.getByRole('button', { name: 'Unmute' }).click();
  await expect(mute).not.toBeChecked();
  await expect(hint(page)).toBeVisible();
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
});

test('the card can mute its topic: the card and badge go, the setting shows it muted, and another tab of the topic gets no card', async ({
  context,
  extensionId,
  ext,
}) => {
  const { page, tabId } = await ext.openFixture(FIXTURE);
  await expect(hint(page)).toBeVisible();
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
  await clickCardButton(page, "Don't show for this topic");
  await expect(hint(page)).toHaveCount(0);
  await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '' });

  const settings = await context.newPage();
  await openSettings(settings, extensionId);
  await expect(settings.getByRole('checkbox', { name: SUSPICIOUS.title })).toBeChecked();
  expect((await stored(settings))?.mutedTopics).toEqual(['instagram/suspicious-login']);

  // Muted, not dismissed: a fresh tab on the same screen gets no card either.
  await page.close();
  const again = await ext.openFixture(FIXTURE);
  await expect.poll(() => ext.tabState(again.tabId).then((s) => s?.matches[0]?.id)).toBe('instagram/suspicious-login');
  await expect(hint(again.page)).toHaveCount(0);
});
