import { browser } from 'wxt/browser';
import type { TabState } from '../../src/storage/tab-state';
import { BADGE, type BadgeKind } from './badge-style';
import { topicKind } from './topics';

/**
 * What a tab's badge shows for its state: the top topic's kind; a neutral "?" on a security step no
 * topic knows (unless switched off in settings); otherwise nothing.
 */
export function badgeFor(state: Pick<TabState, 'matches' | 'unknown'> | null, showUnknown: boolean): BadgeKind | null {
  const top = state?.matches[0];
  if (top) return topicKind(top.id) ?? 'info';
  return state?.unknown && showUnknown ? 'unknown' : null;
}

/** Shows the badge for `kind` on one tab only, or clears it (null). Never throws: the tab may be gone. */
export async function setBadge(tabId: number, kind: BadgeKind | null): Promise<void> {
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
