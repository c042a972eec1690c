import { browser } from 'wxt/browser';

/**
 * `?tab=<id>` pins the popup or the side panel to one tab when opened as a page (tests, and the popup
 * opening a panel as a page); without it they follow the active tab. A positive integer, else none.
 */
export function pinnedTab(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The tab the popup speaks of: the pinned one, else the active tab of its window. */
export async function popupTab(): Promise<{ id?: number; windowId?: number } | undefined> {
  const pinned = pinnedTab(location.search);
  const [tab] = pinned !== null ? [await browser.tabs.get(pinned)] : await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
