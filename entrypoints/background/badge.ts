import { browser } from 'wxt/browser';
import { bundledI18n } from '../../src/i18n/catalogs';
import type { Settings } from '../../src/settings/schema';
import type { TabState } from '../../src/storage/tab-state';
import { BADGE, type BadgeKind } from './badge-style';
import { topicCard, topicKind } from '../../src/packs/topic-registry';

/** What a tab's toolbar button shows: the badge's kind, and the tooltip that says why. */
export interface Badge {
  kind: BadgeKind;
  title: string;
}

/**
 * What a tab's badge shows for its state: the top topic's kind, unless the person muted that topic;
 * a neutral "?" on a security step no topic knows (unless switched off in settings); otherwise
 * nothing. The tooltip names the topic ("Signpost — Suspicious login attempt") or says the screen is
 * not known yet, in the interface language.
 */
export function badgeFor(
  state: Pick<TabState, 'matches' | 'unknown'> | null,
  settings: Pick<Settings, 'unknownBadge' | 'mutedTopics' | 'uiLanguage'>,
): Badge | null {
  const top = state?.matches[0];
  const { t, lang } = bundledI18n(settings.uiLanguage);
  if (top) {
    if (settings.mutedTopics.includes(top.id)) return null;
    return { kind: topicKind(top.id) ?? 'info', title: t('badgeTitleTopic', topicCard(top.id, lang)?.title ?? top.id) };
  }
  return state?.unknown && settings.unknownBadge ? { kind: 'unknown', title: t('badgeTitleUnknown') } : null;
}

/** Shows the badge on one tab only, or clears it (null). Never throws: the tab may be gone. */
export async function setBadge(tabId: number, badge: Badge | null): Promise<void> {
  try {
    if (badge === null) {
      // An empty title is the extension's name again.
      await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: '' })]);
      return;
    }
    // Sent together (the browser applies them in order): one round trip of latency, not three.
    await Promise.all([
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE[badge.kind].color }),
      browser.action.setBadgeText({ tabId, text: BADGE[badge.kind].text }),
      browser.action.setTitle({ tabId, title: badge.title }),
    ]);
  } catch {
    // "No tab with id": closed between the report and now. Nothing to show it on.
  }
}
