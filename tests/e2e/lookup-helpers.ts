/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The popup's UI as a page (a real popup cannot be driven headless); `tab` stands for the active tab. */
export async function openPopupPage(context: BrowserContext, extensionId: string, tab?: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html${tab ? `?tab=${tab}` : ''}`);
  // The popup's own lookup, not the box of its HTML or its first view (src/first-view), which it
  // replaces: tests act on the popup (popup-first-view.spec.ts looks at the first view itself).
  await page.locator('#popup-shell').waitFor({ state: 'detached' });
  await expect(page.getByRole('combobox')).toBeVisible();
  // Typing goes to the box only once it has focus (the popup gives it focus as it mounts).
  await expect(page.getByRole('combobox')).toBeFocused();
  return page;
}

/** Topic ids of the result list, top to bottom. */
export const resultTopics = (page: Page) => page.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic')));
