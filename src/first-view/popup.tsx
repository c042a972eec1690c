import MiniSearch from 'minisearch';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../i18n/context';
import { browserLocale, createI18n, type I18n, type Locale, type Messages } from '../i18n';
import { carriedFrom } from '../lookup/carry';
import { popupTab } from '../lookup/pinned-tab';
import { PopupBody, type Target } from '../lookup/PopupBody';
import type { Article } from '../rules/types';
import { INDEX_OPTIONS } from '../search/fields';
import { rankedSearch } from '../search/rank';
import { PACK_TOPICS_KEY, POLICY_COPY_KEY, SETTINGS_KEY, tabKey } from '../storage/keys';
import { SEARCH_FILE, type FirstViewSearchFile } from './files';
import { FIRST_VIEW_MARK, POPUP_SHELL_ID } from './handoff';
import { uiLanguageOf } from './language';
import { runFirstView } from './run';
import { recognisedIds } from './stored';
import { offerSearch } from '../search/handoff';

/**
 * The popup's first view: the search, answering what is typed, before the popup's own scripts
 * load. Those (Preact app, schemas, the search's chunks) show the first result about 170 ms after
 * the popup opens. This script reads the language setting, whether rule packs add topics (then it
 * stays out: their topics are indexed by the popup), the tab the popup was opened on and what was
 * recognised there; loads the bundled search from one file the popup's HTML preloads; and draws the
 * popup (src/lookup/PopupBody.tsx) in place of the box of its HTML, with what was typed there.
 * Then the popup starts (run.ts), takes over the search (src/search/handoff.ts) and what the person has
 * done (src/lookup/carry.ts), and replaces it in the same commit.
 */
export const startPopupFirstView = (): void => runFirstView(paint);

async function paint(stillFirst: () => boolean): Promise<boolean> {
  const [settings, local, { target, current }, file] = await Promise.all([
    browser.storage.sync.get(SETTINGS_KEY),
    browser.storage.local.get([POLICY_COPY_KEY, PACK_TOPICS_KEY]),
    theTab(),
    loadSearchFile(),
  ]);
  const packs = local[PACK_TOPICS_KEY];
  if (!file || (Array.isArray(packs) && packs.length > 0)) return false;
  const i18n = await i18nFor(uiLanguageOf(settings[SETTINGS_KEY], local[POLICY_COPY_KEY]));
  const rows = file.rows[i18n.lang];
  if (!rows) return false;
  const search = rankedSearch(file.index, rows);
  const shell = document.getElementById(POPUP_SHELL_ID);
  if (!shell || !stillFirst()) return false;
  // What was typed into the box of the HTML so far; the first view's box replaces it in this task.
  const carried = carriedFrom(shell);
  // Before the render: the language decides hyphenation, so setting it after would lay the popup out twice.
  document.documentElement.lang = i18n.lang;
  shell.replaceChildren();
  render(
    <I18nContext.Provider value={i18n}>
      <PopupBody search={search} current={current} target={target} carried={carried} />
    </I18nContext.Provider>,
    shell,
  );
  offerSearch({ lang: i18n.lang, search, current });
  document.title = i18n.t('popupTitle');
  performance.mark(FIRST_VIEW_MARK, { detail: { lang: i18n.lang } });
  return true;
}

/** The bundled index, loaded as soon as its file is here (the reads beside it answer meanwhile), and the rows. */
async function loadSearchFile(): Promise<{ index: MiniSearch<Article>; rows: FirstViewSearchFile['rows'] } | null> {
  const response = await fetch(browser.runtime.getURL(`/${SEARCH_FILE}` as '/'));
  if (!response.ok) return null;
  const file = (await response.json()) as FirstViewSearchFile;
  return { index: MiniSearch.loadJS<Article>(file.index, INDEX_OPTIONS), rows: file.rows };
}

/**
 * The tab the popup was opened on and the topics recognised in it, best first, from its stored
 * state (read as far as needed: no schema here).
 */
async function theTab(): Promise<{ target: Target; current: string[] }> {
  const tab = await popupTab();
  const target = { tabId: tab?.id, windowId: tab?.windowId };
  if (tab?.id === undefined) return { target, current: [] };
  const key = tabKey(tab.id);
  const current = recognisedIds((await browser.storage.session.get(key))[key]);
  return { target, current };
}

/** The strings for a language setting: the browser's own, or the chosen locale's catalogue from the package. */
async function i18nFor(setting: ReturnType<typeof uiLanguageOf>): Promise<I18n> {
  if (setting === 'auto' || setting === browserLocale()) return createI18n('auto');
  const response = await fetch(browser.runtime.getURL(`/_locales/${setting}/messages.json` as '/'));
  if (!response.ok) throw new Error(`no catalogue for ${setting}`);
  return createI18n(setting, { [setting]: (await response.json()) as Messages } as Partial<Record<Locale, Messages>>);
}
