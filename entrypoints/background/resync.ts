import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../../src/messaging/types';
import { getSettings, watchSettings } from '../../src/settings/store';
import { MATCH_PATTERNS } from '../../src/settings/sites';
import { allTabStates, getTabState } from '../../src/storage/tab-state';
import { badgeFor, setBadge } from './badge';
import { serialise } from './tab-queue';
import { topicsReady } from '../../src/packs/topic-registry';

/**
 * Settings changed (hints or a site switched): ask every content script to report again, so that
 * badge, stored state and hint all follow the new settings through the one normal path.
 */
export function resyncOnSettingsChange(): void {
  watchSettings(async () => {
    const tabs = await browser.tabs.query({ url: MATCH_PATTERNS });
    const message: BackgroundMessage = { type: 'resync' };
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}

/**
 * On service-worker start: re-apply every stored tab's badge. Chrome keeps badges across a worker
 * restart, but an event page (Firefox) or a browser quirk may not: storage.session is the truth.
 */
export async function restoreBadges(): Promise<void> {
  await topicsReady(); // a pack topic's kind is known once the packs are loaded
  const tabs = await allTabStates();
  for (const tabId of tabs.keys()) {
    // Re-read inside the tab's queue: a report that woke the worker may have changed it meanwhile.
    void serialise(tabId, async () => {
      const [state, settings] = await Promise.all([getTabState(tabId), getSettings()]);
      await setBadge(tabId, badgeFor(state, settings));
    });
  }
}
