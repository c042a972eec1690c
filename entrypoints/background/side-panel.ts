import { browser } from 'wxt/browser';

/**
 * Opens the side panel on a tab. Must be called synchronously inside the handler of a user gesture
 * (a relayed hint click, a command, a popup click): Chrome refuses it otherwise.
 * Firefox has no `sidePanel`, and its `sidebarAction.open()` refuses relayed page clicks: no-op there.
 */
export function openSidePanel(tabId: number): void {
  if (!browser.sidePanel) return;
  browser.sidePanel.open({ tabId }).catch((error: unknown) => console.warn('Signpost: side panel did not open', error));
}
