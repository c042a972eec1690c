import type { Page } from '@playwright/test';
import { FIRST_VIEW_MARK } from '../../src/first-view/handoff';
import { loadFixtures, shippedRules } from '../../src/screens/fixtures';
import { createSearch } from '../../src/search';
import { expect, test } from './fixtures';

/**
 * The popup's first view answers what is typed before the popup's own scripts load, then the popup
 * takes over. In every interface language it must list what the popup then lists, keep what was
 * typed, keep the topic recognised in the tab ahead, and never show two lists at once.
 */

interface Seen {
  typed: string | null;
  first: { topics: string[]; query: string } | null;
  both: boolean;
  /** The recognised topic's group went missing after the first view had shown it. */
  lostCurrent: boolean;
}

/** Installed before the page's scripts: types `query` into the box the moment it shows, and watches the handover. */
function recordPopup({ query, current }: { query: string; current: string | null }): void {
  const seen: Seen = { typed: null, first: null, both: false, lostCurrent: false };
  (window as unknown as { __popup: Seen }).__popup = seen;
  const type = () => {
    const box = document.activeElement;
    if (seen.typed === null && box instanceof HTMLInputElement && box.checkVisibility()) {
      seen.typed = query;
      if (query) {
        box.value = query;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: query }));
      }
    }
    if (seen.typed === null) requestAnimationFrame(type);
  };
  requestAnimationFrame(type);
  const shown = (root: Element | null) =>
    [...(root?.querySelectorAll('[role="option"]') ?? [])].map((o) => o.getAttribute('data-topic') ?? '');
  new MutationObserver(() => {
    const shell = document.getElementById('popup-shell');
    const app = document.getElementById('app');
    if (shell?.querySelector('[role="listbox"]') && app?.querySelector('[role="listbox"]')) seen.both = true;
    const firstTopics = shown(shell);
    if (!seen.first && firstTopics.length > 0)
      seen.first = {
        topics: firstTopics,
        query: shell!.querySelector<HTMLInputElement>('input[type="search"]')!.value,
      };
    if (
      seen.first &&
      current &&
      !document.querySelector(`[role="group"][aria-labelledby$="-group-current"] [data-topic="${current}"]`) &&
      !seen.first.query
    )
      seen.lostCurrent = true;
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

async function seenOn(page: Page): Promise<Seen> {
  return page.evaluate(() => (window as unknown as { __popup: Seen }).__popup);
}

const appTopics = (page: Page) =>
  page.locator('#app [role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic') ?? ''));

const LANGUAGES = [
  { setting: 'en', lang: 'en', query: 'backup code not working' },
  { setting: 'es', lang: 'es', query: 'el código de respaldo no funciona' },
  { setting: 'pt_BR', lang: 'pt-BR', query: 'código de backup não funciona' },
] as const;

const RECOGNISED = (() => {
  const fixture = loadFixtures().find((f) => f.expect === 'x/invalid-code' && f.lang.startsWith('en'));
  if (!fixture?.expect) throw new Error('no English fixture expects x/invalid-code');
  return { file: fixture.file, expect: fixture.expect };
})();

for (const { setting, lang, query } of LANGUAGES) {
  test(`interface in ${setting}: the first view answers a query typed as the box shows, and the popup keeps it and its results`, async ({
    context,
    ext,
    extensionId,
  }) => {
    await ext.setSettings({ uiLanguage: setting });
    const { tabId } = await ext.openFixture(RECOGNISED.file);
    await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(RECOGNISED.expect);
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(recordPopup, { query, current: RECOGNISED.expect });
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await page.locator('#popup-shell').waitFor({ state: 'detached' });
    await expect(page.locator('#app [role="option"]').first()).toBeVisible();
    const seen = await seenOn(page);
    expect(seen.first, 'the first view listed results').not.toBeNull();
    expect(seen.first!.query).toBe(query);
    await expect(page.getByRole('combobox')).toHaveValue(query);
    await expect(page.getByRole('combobox')).toBeFocused();
    expect(await appTopics(page)).toEqual(seen.first!.topics);
    expect(seen.both, 'two result lists at once').toBe(false);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const mark = await page.evaluate(
      (name) => (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail,
      FIRST_VIEW_MARK,
    );
    expect(mark).toEqual({ lang });
  });
}

test("empty box: the tab's recognised topic leads in the first view and stays there as the popup takes over", async ({
  context,
  ext,
  extensionId,
}) => {
  const { tabId } = await ext.openFixture(RECOGNISED.file);
  await expect.poll(async () => (await ext.tabState(tabId))?.matches[0]?.id).toBe(RECOGNISED.expect);
  const page = await context.newPage();
  await page.addInitScript(recordPopup, { query: '', current: RECOGNISED.expect });
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await page.locator('#popup-shell').waitFor({ state: 'detached' });
  await expect(page.locator('#app [role="option"]').first()).toHaveAttribute('data-topic', RECOGNISED.expect);
  const seen = await seenOn(page);
  expect(seen.first?.topics[0]).toBe(RECOGNISED.expect);
  expect(seen.lostCurrent, 'the recognised topic left the list for a moment').toBe(false);
  expect(await appTopics(page)).toEqual(seen.first!.topics);
});

test('the first view ranks as the search does: its first result for a query is the search’s', async ({ context, extensionId }) => {
  const query = 'backup code not working';
  const expected = createSearch(shippedRules().articles, 'en').search(query)[0]!.id;
  const page = await context.newPage();
  await page.addInitScript(recordPopup, { query, current: null });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('#popup-shell').waitFor({ state: 'detached' });
  await expect(page.locator('#app [role="option"]').first()).toHaveAttribute('data-topic', expected);
  expect((await seenOn(page)).first?.topics[0]).toBe(expected);
});
