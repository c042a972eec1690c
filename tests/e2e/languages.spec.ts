import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { shippedRules } from '../../src/screens/fixtures';
import { cardView } from './card';
import { expect, hint, ROOT, test } from './fixtures';
import { openPopupPage } from './lookup-helpers';

/**
 * The person's language: with the interface language set to Spanish or Portuguese, a recognised
 * Instagram screen shows the card and the article in that language; switching back to English
 * changes the panel and the open card live; search in the popup takes a misspelt query in that
 * language. Expected words come from the shipped translations, not from this file.
 */
const SCREEN = 'instagram/suspicious-login/page-en.html';
const TOPIC = 'instagram/suspicious-login';
const article = shippedRules().articles.find((a) => a.id === TOPIC)!;

test.describe.configure({ timeout: 60_000 });

for (const [setting, lang] of [
  ['es', 'es'],
  ['pt_BR', 'pt-BR'],
] as const) {
  test(`interface in ${lang}: the card and the article in ${lang}; back to English live`, async ({ ext }) => {
    const words = article.translations![lang]!;
    await ext.setSettings({ hints: true, sites: { instagram: true, x: true }, uiLanguage: setting, mutedTopics: [] });
    const { page, tabId } = await ext.openFixture(SCREEN);
    await expect(hint(page)).toBeVisible();
    await expect.poll(() => cardView(page).then((c) => c?.title)).toBe(words.title);
    expect(await cardView(page)).toMatchObject({ summary: words.summary, titleLang: lang });
    expect((await cardView(page))!.buttons).not.toContain('Show the fix');

    const panel = await ext.openPanelPage(tabId);
    const shown = panel.locator(`article[data-topic="${TOPIC}"]`);
    await expect(shown).toHaveAttribute('lang', lang);
    await expect(shown.locator('h2').first()).toHaveText(words.title);
    await expect(shown.locator('.summary')).toHaveText(words.summary);
    await expect(panel.locator('.notice')).toHaveCount(0); // translated: no "shown in English" note

    // Back to English: the panel at once, and the open card with the next reply (settings resync).
    await ext.setSettings({ uiLanguage: 'en' });
    await expect(shown).toHaveAttribute('lang', 'en');
    await expect(shown.locator('h2').first()).toHaveText(article.title);
    await expect.poll(() => cardView(page).then((c) => c?.title)).toBe(article.title);
    expect((await cardView(page))!.buttons[0]).toBe('Show the fix');
  });
}

test('Spanish panel: axe clean; README screenshot', async ({ ext }) => {
  await ext.setSettings({ hints: true, sites: { instagram: true, x: true }, uiLanguage: 'es', mutedTopics: [] });
  const { tabId } = await ext.openFixture(SCREEN);
  const panel = await ext.openPanelPage(tabId);
  await panel.setViewportSize({ width: 400, height: 800 });
  await expect(panel.locator(`article[data-topic="${TOPIC}"]`)).toHaveAttribute('lang', 'es');
  const { violations } = await new AxeBuilder({ page: panel })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const dir = join(ROOT, 'tests/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  await panel.screenshot({ path: join(dir, 'sidepanel-es.png') });
});

test('popup in Spanish: a misspelt Spanish query finds the right topic first, shown in Spanish', async ({ context, ext, extensionId }) => {
  await ext.setSettings({ uiLanguage: 'es' });
  const popup = await openPopupPage(context, extensionId);
  await popup.getByRole('combobox').fill('intento de inicio de sesion sospechozo');
  const first = popup.getByRole('option').first();
  await expect(first).toHaveAttribute('data-topic', TOPIC);
  await expect(first.locator('.lookup-title')).toContainText(article.translations!.es!.title);
});
