import type { Page } from '@playwright/test';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { openPopupPage } from './lookup-helpers';

// Each test launches its own browser and runs axe up to three times: slow on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const SCHEMES = ['light', 'dark'] as const;

/** A 320 px panel at 200 % zoom is a 160 CSS-px viewport: nothing may need sideways scrolling. */
async function readableAt200(page: Page, label: string) {
  await page.setViewportSize({ width: 160, height: 400 });
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${(e.textContent ?? '').slice(0, 30)}`)
      .slice(0, 5);
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
  expect(overflow, `${label}: horizontal overflow at 200 % zoom in 320 px: ${culprits.join(' | ')}`).toBeLessThanOrEqual(0);
}

for (const scheme of SCHEMES) {
  test(`popup (${scheme}): no axe violations with and without results; readable at 200 % in 320 px`, async ({
    context,
    extensionId,
    ext,
  }) => {
    const { tabId } = await ext.openFixture('instagram/suspicious-login/page-en.html');
    await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
    const popup = await openPopupPage(context, extensionId, tabId);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByRole('group', { name: 'Recognised on this tab' })).toBeVisible();
    await axe(popup, 'popup, empty query');
    await popup.keyboard.type('suspcious login');
    await expect(popup.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await axe(popup, 'popup, results');
    await popup.getByRole('combobox').fill('zzqxv');
    await expect(popup.getByRole('option')).toHaveCount(0);
    await axe(popup, 'popup, no results');
    await readableAt200(popup, 'popup');
  });

  test(`side panel with an article open (${scheme}, English and Spanish UI): no axe violations; readable at 200 % in 320 px`, async ({
    ext,
  }) => {
    const { tabId } = await ext.openFixture('instagram/suspicious-login/page-en.html');
    await expect.poll(() => ext.badge(tabId)).toMatchObject({ text: '!' });
    const panel = await ext.openPanelPage(tabId);
    await panel.setViewportSize({ width: 320, height: 700 });
    await panel.emulateMedia({ colorScheme: scheme });
    await expect(panel.locator('article[data-topic="instagram/suspicious-login"]')).toBeVisible();
    await axe(panel, 'side panel, article');
    await ext.setSettings({ uiLanguage: 'es' });
    await expect(panel.locator('article[data-topic="instagram/suspicious-login"]')).toHaveAttribute('lang', 'es');
    await axe(panel, 'side panel, article, Spanish UI');
    await readableAt200(panel, 'side panel');
  });

  test(`settings page (${scheme}): no axe violations; readable at 200 % in 320 px`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe(page, 'settings');
    await page.getByRole('checkbox', { name: 'Show a hint on the page when Signpost recognises a screen' }).uncheck();
    await expect(page.getByRole('status')).toHaveText('Saved.');
    await axe(page, 'settings, after a change');
    await readableAt200(page, 'settings');
  });
}

test('keyboard alone reaches every control of the popup and the settings page, with a visible focus ring', async ({
  context,
  extensionId,
}) => {
  for (const path of ['popup.html', 'options.html']) {
    const page = path === 'popup.html' ? await openPopupPage(context, extensionId) : await context.newPage();
    if (path === 'options.html') await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('main')).toBeVisible();
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el.matches('input[type="radio"]') ? (el.nextElementSibling as HTMLElement) : el);
        return {
          key: `${el.tagName}:${el.getAttribute('name') ?? ''}:${el.getAttribute('value') ?? ''}:${el.textContent?.trim().slice(0, 40) ?? ''}`,
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        };
      });
      if (!focus) continue;
      expect(focus.ring, `${path}: focus ring on ${focus.key}`).toBe(true);
      reached.add(focus.key);
    }
    const interactive = await page.evaluate(
      () => document.querySelectorAll('button:not([disabled]), a[href], input:not([type="radio"]), select').length,
    );
    // Radios are one tab stop per group: count the group once.
    const radioGroups = await page.evaluate(
      () => new Set([...document.querySelectorAll('input[type="radio"]')].map((r) => r.getAttribute('name'))).size,
    );
    expect(reached.size, `${path}: reached ${[...reached].join(' | ')}`).toBeGreaterThanOrEqual(interactive + radioGroups);
  }
});

/** The smallest font size of any visible text on the page, and the body's. */
function sizes(page: Page) {
  return page.evaluate(() => {
    let smallest = Infinity;
    let where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('.sr-only')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest) [smallest, where] = [size, `${el.localName}.${el.className}: ${node.textContent.trim().slice(0, 40)}`];
    }
    return { body: parseFloat(getComputedStyle(document.body).fontSize), smallest, where };
  });
}

test('readable sizes on every extension page: body text at least 14 px, nothing under 12 px', async ({ context, extensionId, ext }) => {
  const { tabId } = await ext.openFixture('instagram/suspicious-login/page-en.html');
  const pages: [string, Page][] = [];
  const popup = await openPopupPage(context, extensionId, tabId);
  await popup.keyboard.type('code');
  pages.push(['popup', popup]);
  pages.push(['side panel', await ext.openPanelPage(tabId)]);
  for (const path of ['options.html', 'replay.html']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    pages.push([path, page]);
  }
  for (const [label, page] of pages) {
    await expect(page.locator('body')).not.toBeEmpty();
    const found = await sizes(page);
    expect(found.body, `${label}: body font size`).toBeGreaterThanOrEqual(14);
    expect(found.smallest, `${label}: smallest text (${found.where})`).toBeGreaterThanOrEqual(12);
  }
});
