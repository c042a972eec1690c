import type { ScreenReply, ScreenReport } from '../../src/messaging/types';
import shortFixes from 'virtual:signpost/short-fixes';
import { browser } from 'wxt/browser';
import { hintLabels, sidebarShortcut } from '../../src/hint/payload';
import { HINT_CSS } from '../../src/hint/styles';
import { bundledI18n } from '../../src/i18n/catalogs';
import { getSettings } from '../../src/settings/store';
import { policyInForce } from '../../src/settings/policy/managed';
import { siteOfHost } from '../../src/settings/sites';
import { followed } from './journey';
import { redactCut } from '../../src/report/redact';
import { MAX_STORED_HEADING } from '../../src/messaging/types';
import { recordAction } from '../../src/report/actions';
import { recordRecognition } from '../../src/report/timeline';
import { emptyTabState, getTabState, setTabState } from '../../src/storage/tab-state';
import { badgeFor, setBadge } from './badge';
import { serialise } from './tab-queue';
import { ruleOf, topicCard } from '../../src/packs/topic-registry';
import { heldPhrases, labelsByPhrase, MAX_LABEL } from '../../src/engine/labels';

/**
 * A tab's content script says its screen changed: store it (storage.session, so a stopped service
 * worker loses nothing), set or clear that tab's badge, and tell the page whether to show the hint.
 * A report from a site switched off in settings counts as "nothing recognised".
 */
export function onScreenReport(tabId: number, report: ScreenReport): Promise<ScreenReply> {
  return serialise(tabId, async () => {
    // Independent reads at once: each storage call is a round trip to the browser, and a report's
    // latency is the sum of the ones made one after another.
    const [settings, stored] = await Promise.all([getSettings(), getTabState(tabId)]);
    const site = siteOfHost(new URL(report.url).hostname);
    const on = !!site && settings.sites[site];
    const matches = on ? report.matches : [];
    // Redacted, then cut, before it is stored: a heading may name the account's email or phone.
    const unknown =
      on && matches.length === 0 && report.unknown ? { heading: redactCut(report.unknown.heading, MAX_STORED_HEADING) } : null;
    const state = stored ?? emptyTabState();
    // Redacted before they are stored, like the heading; keyed by every phrase of the condition that saw them.
    const seen = Object.fromEntries(
      Object.entries(on ? (report.labels ?? {}) : {}).map(([phrase, label]) => [phrase, redactCut(label, MAX_LABEL)]),
    );
    const onScreen = matches[0] ? labelsByPhrase(ruleOf(matches[0].id), seen) : {};
    const quotes = matches[0] ? heldPhrases(ruleOf(matches[0].id), matches[0].evidence) : {};
    const top = matches[0];
    // Badge first: whoever sees the new state (the panel, a test) then also sees the new badge.
    await setBadge(tabId, badgeFor({ matches, unknown }, settings));
    const step = on ? (report.step ?? null) : null;
    const error = on && report.error === true;
    const follow = followed(state, { top: top?.id, step, error, url: report.url, at: Date.now() }, settings.askHelped);
    await setTabState(tabId, {
      ...state,
      url: report.url,
      matches,
      unknown,
      labels: onScreen,
      quotes,
      step,
      error,
      ...follow,
      updatedAt: Date.now(),
    });
    void recordRecognition(tabId, report.url, matches, unknown, Date.now(), step); // diagnostics timeline (redacted on write)
    const showHint = top !== undefined && settings.hints && !settings.mutedTopics.includes(top.id) && !state.dismissed.includes(top.id);
    if (!showHint) return { hint: null };
    void recordAction('background', 'hint-shown', tabId, top.id);
    // The card in the person's language: the setting, or the browser's own when it is automatic.
    const i18n = bundledI18n(settings.uiLanguage);
    const card = topicCard(top.id, i18n.lang);
    const lang = card?.lang ?? 'en';
    // Firefox cannot open the sidebar from the card: it shows the fix's first steps instead. A
    // compile-time branch, so Chrome's background carries neither the steps nor the manifest read.
    const firefox = import.meta.env.BROWSER === 'firefox';
    // Cached after the first report: the settings read above already waited for it.
    const canMute = !(await policyInForce()).locked.includes('mutedTopics');
    const labels = hintLabels(i18n.t, firefox ? sidebarShortcut(browser.runtime.getManifest()) : null, canMute);
    const steps = firefox ? { steps: shortFixes[lang]?.[top.id] ?? shortFixes.en?.[top.id] ?? [] } : {};
    // The fix was tried and refused: the card leads with what to do now, as the panel does.
    const refused = follow.journey?.failed === true && card?.fallback !== undefined;
    const summary = refused ? card!.fallback! : (card?.summary ?? '');
    return {
      hint: {
        topic: top.id,
        lang,
        title: card?.title ?? top.id,
        summary,
        labels: refused ? { ...labels, recognised: i18n.t('hintRefused') } : labels,
        ...steps,
        css: HINT_CSS,
      },
    };
  });
}

/** Remembers the dismissal for this topic in this tab, so the card stays away on this screen. */
export function onDismiss(tabId: number, topic: string): Promise<void> {
  return serialise(tabId, async () => {
    const state = (await getTabState(tabId)) ?? emptyTabState();
    if (!state.dismissed.includes(topic)) await setTabState(tabId, { ...state, dismissed: [...state.dismissed, topic] });
    void recordAction('background', 'hint-dismissed', tabId, topic);
  });
}

/** The tab left the allowed hosts (or was reset): forget its screen, keep its dismissals. */
export function clearScreen(tabId: number): Promise<void> {
  return serialise(tabId, async () => {
    // Most navigations anywhere in the browser land here: tabs Signpost never saw cost one read.
    const state = await getTabState(tabId);
    if (!state || (state.matches.length === 0 && !state.unknown)) return;
    await setBadge(tabId, null);
    await setTabState(tabId, { ...state, matches: [], unknown: null, updatedAt: Date.now() });
    void recordRecognition(tabId, state.url, []);
  });
}
