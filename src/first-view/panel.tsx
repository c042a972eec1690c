import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLocale, langOfLocale } from '../i18n';
import { placeFromHash } from '../lookup/history';
import { pinnedTab } from '../lookup/pinned-tab';
import { parseRequest } from '../lookup/request';
import { LOOKUP_REQUEST_KEY, PACK_TOPICS_KEY, POLICY_COPY_KEY, SETTINGS_KEY, tabKey } from '../storage/keys';
import { firstViewPath, type FirstViewFile } from './files';
import { FirstView } from './FirstView';
import { FIRST_VIEW_ID, FIRST_VIEW_MARK } from './handoff';
import { uiLanguageOf } from './language';
import { runFirstView } from './run';
import { recognisedIds } from './stored';

/**
 * The side panel's first view: the article a person opened the panel for, painted before the
 * panel's own scripts load. Those (Preact app, schemas, catalogues: a dozen modules) take about
 * 100 ms to show anything; this script reads what the panel would show — the topic asked for from
 * the popup, at `#topic=`, or recognised in the tab; the language setting; whether a rule pack
 * replaces the topic — fetches that one topic's file in that language and paints it. Then the
 * panel starts (run.ts), and takes over in the same frame it paints (handoff.ts).
 */
export const startPanelFirstView = (): void => runFirstView(paint);

interface Shown {
  topic: string;
  recognised: boolean;
  failed: boolean;
}

/** Paints the first view if it can tell what the panel will show, while `stillFirst()`. */
async function paint(stillFirst: () => boolean): Promise<boolean> {
  // Most people follow the browser's language: an article at `#topic=` starts loading in it at once,
  // beside the reads that confirm it (a fetch here takes as long as the reads).
  const browserLang = langOfLocale(browserLocale());
  const hashed = placeFromHash(location.hash);
  if (hashed !== null) void fileOf(browserLang, hashed);
  const [settings, local, shown] = await Promise.all([
    browser.storage.sync.get(SETTINGS_KEY),
    browser.storage.local.get([POLICY_COPY_KEY, PACK_TOPICS_KEY]),
    whatToShow(),
  ]);
  if (!shown || packReplaces(local[PACK_TOPICS_KEY], shown.topic)) return false;
  const setting = uiLanguageOf(settings[SETTINGS_KEY], local[POLICY_COPY_KEY]);
  const uiLang = setting === 'auto' ? browserLang : langOfLocale(setting);
  const file = await fileOf(uiLang, shown.topic);
  if (!file) return false;
  const target = document.getElementById(FIRST_VIEW_ID);
  if (!target || !stillFirst()) return false;
  document.documentElement.lang = uiLang;
  document.title = file.ui.extName;
  // A link to another topic: the panel opens at the address it finds when it starts.
  const onTopic = (id: string) => void (location.hash = `topic=${encodeURIComponent(id)}`);
  target.replaceChildren();
  render(<FirstView file={file} uiLang={uiLang} recognised={shown.recognised} failed={shown.failed} onTopic={onTopic} />, target);
  // When it painted, and what: for the bench and the tests, which cannot see it once the panel has taken over.
  performance.mark(FIRST_VIEW_MARK, { detail: { topic: shown.topic, lang: file.article.lang } });
  return true;
}

const files = new Map<string, Promise<FirstViewFile | null>>();

/** The first-view file of `topic` in `lang`, fetched once; null if there is none (not a bundled topic). */
function fileOf(lang: string, topic: string): Promise<FirstViewFile | null> {
  const path = firstViewPath(lang, topic);
  if (!path) return Promise.resolve(null);
  let file = files.get(path);
  if (!file) {
    file = fetch(browser.runtime.getURL(`/${path}` as '/')).then(
      (response) => (response.ok ? (response.json() as Promise<FirstViewFile>) : null),
      () => null,
    );
    files.set(path, file);
  }
  return file;
}

/**
 * What the panel (entrypoints/sidepanel/App.tsx) shows first, in its order: an article asked for
 * from the popup, else the one at `#topic=`, else the top topic recognised in its tab (`?tab=` or
 * the active tab of its window).
 */
async function whatToShow(): Promise<Shown | null> {
  const pinnedId = pinnedTab(location.search);
  const hashed = placeFromHash(location.hash);
  // The tab is looked up only when the panel may show what was recognised in it. Then every key of
  // storage.session is read beside that lookup (the tab's state is among them): asking for the
  // tab's key once the tab is known would cost one more round trip.
  const followsTab = hashed === null && pinnedId === null;
  const [session, active] = await Promise.all([
    browser.storage.session.get(followsTab ? null : pinnedId === null ? LOOKUP_REQUEST_KEY : [LOOKUP_REQUEST_KEY, tabKey(pinnedId)]),
    followsTab ? browser.tabs.query({ active: true, currentWindow: true }) : null,
  ]);
  const place = parseRequest(session[LOOKUP_REQUEST_KEY])?.topic ?? hashed;
  if (place !== null) return { topic: place, recognised: false, failed: false };
  const tabId = active ? active[0]?.id : pinnedId;
  return tabId === undefined || tabId === null ? null : recognisedIn(session[tabKey(tabId)]);
}

/** The stored tab state's top topic, and whether its fix was tried and refused (`journey.failed`). */
function recognisedIn(state: unknown): Shown | null {
  const [top] = recognisedIds(state);
  if (top === undefined) return null;
  const journey = (state as { journey?: { topic?: unknown; failed?: unknown } | null }).journey;
  return { topic: top, recognised: true, failed: journey?.topic === top && journey.failed === true };
}

/** Does a rule pack's topic take this id's place (src/packs/effective.ts)? Its article is the pack's, not the file's. */
function packReplaces(packTopics: unknown, id: string): boolean {
  return Array.isArray(packTopics) && packTopics.some((t) => (t as { id?: unknown } | null)?.id === id);
}
