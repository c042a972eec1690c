import { browser } from 'wxt/browser';
import { isAllowedUrl } from '../../src/settings/sites';
import { removeTabState } from '../../src/storage/tab-state';
import { clearScreen } from './screen';

/** Forget closed tabs; clear the screen of tabs that navigate away from the allowed hosts. */
export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.url === undefined) return;
    // `tab.url` is only visible for hosts we have access to: absent means the tab left them. On an
    // allowed host the new document's content script reports (its first report is always sent).
    if (!isAllowedUrl(tab.url)) void clearScreen(tabId);
  });
}
