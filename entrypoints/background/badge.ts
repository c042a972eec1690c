import { browser } from 'wxt/browser';
import type { Kind } from '../../src/engine/types';
import { BADGE } from './badge-style';

/** Shows the badge for `kind` on one tab only, or clears it (null). Never throws: the tab may be gone. */
export async function setBadge(tabId: number, kind: Kind | null): Promise<void> {
  try {
    if (kind === null) {
      await browser.action.setBadgeText({ tabId, text: '' });
      return;
    }
    // Sent together (the browser applies them in order): one round trip of latency, not two.
    await Promise.all([
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE[kind].color }),
      browser.action.setBadgeText({ tabId, text: BADGE[kind].text }),
    ]);
  } catch {
    // "No tab with id": closed between the report and now. Nothing to show it on.
  }
}
