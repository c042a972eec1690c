import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_VIEW_MESSAGES, firstViewPath, SEARCH_FILE, type FirstViewFile, type FirstViewSearchFile } from '../first-view/files';
import { APP_START_ID, FIRST_VIEW_ID, POPUP_SHELL_ID } from '../first-view/handoff';
import { articleMeta, articleTexts, shownArticles } from '../rules/article-parts';
import type { Article } from '../rules/types';
import { searchData } from '../search/topics';
import { readCatalog } from './rules/locales';
import { serializedIndex } from './rules/virtual-articles';
import type { RulesApi } from './rules/vite-plugin';

/** The page's own scripts as Vite writes them into its HTML: the entry module and its preloads. */
const ENTRY = /<script type="module"(?: crossorigin)? src="[^"]+"><\/script>/g;
const PRELOAD = /<link rel="modulepreload"(?: crossorigin)? href="[^"]+">/g;

interface Page {
  /** The page's HTML as the build names it (its source path). */
  page: string;
  /** The first view's script, as the package serves it. */
  script: string;
}

/**
 * Build time: the first views of the side panel and the popup (src/first-view). Into each page's
 * HTML: its own scripts parked in `<template id="app-start">` (its first view starts them once it
 * has painted: loading them beside it delayed the side panel's paint by about 20 ms) and the first
 * view's script; for the popup, a preload of the search file. Beside the pages: for the side panel,
 * one file per interface language and bundled topic, the article as that language shows it (its
 * translation, else English with the note) and the interface strings around it; for the popup, the
 * search (src/first-view/files.ts).
 */
export function firstViews({
  panel,
  popup,
  localesDir = resolve('public/_locales'),
}: {
  panel: Page;
  popup: Page;
  localesDir?: string;
}): Plugin {
  let rules: RulesApi | undefined;
  return {
    name: 'signpost-first-view',
    enforce: 'post',
    configResolved(config) {
      rules = config.plugins.find((p) => p.name === 'signpost-rules')?.api as RulesApi | undefined;
    },
    generateBundle(_, bundle) {
      const panelHtml = bundle[panel.page];
      const popupHtml = bundle[popup.page];
      if (panelHtml?.type !== 'asset' || popupHtml?.type !== 'asset') return;
      if (!rules) this.error('signpost-first-view needs the signpost-rules plugin in the same build');
      panelHtml.source = parkScripts(String(panelHtml.source), { script: panel.script, paintsInto: FIRST_VIEW_ID }, (message) =>
        this.error(`${panel.page}: ${message}`),
      );
      popupHtml.source = parkScripts(
        String(popupHtml.source),
        { script: popup.script, paintsInto: POPUP_SHELL_ID, preload: `/${SEARCH_FILE}` },
        (message) => this.error(`${popup.page}: ${message}`),
      );
      const { articles } = rules.compiled();
      for (const [fileName, file] of firstViewFiles(articles, rules.languages, localesDir))
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(file) });
      this.emitFile({ type: 'asset', fileName: SEARCH_FILE, source: JSON.stringify(searchFile(articles, rules.languages)) });
    },
  };
}

/** The page with its scripts in the template and the first view's script (and its preload) in their place. */
export function parkScripts(
  source: string,
  { script, paintsInto, preload }: { script: string; paintsInto: string; preload?: string },
  fail: (message: string) => never,
): string {
  if (!source.includes(`id="${paintsInto}"`)) fail(`no element with id="${paintsInto}" for the first view to paint into`);
  const entries = source.match(ENTRY) ?? [];
  if (entries.length !== 1) fail(`expected one module script, found ${entries.length}`);
  const parked = [...entries, ...(source.match(PRELOAD) ?? [])];
  const rest = source.replace(ENTRY, '').replace(PRELOAD, '');
  const fetched = preload ? `<link rel="preload" as="fetch" crossorigin href="${preload}">\n` : '';
  return rest.replace(
    '</head>',
    `${fetched}<script src="${script}" defer></script>\n<template id="${APP_START_ID}">${parked.join('')}</template>\n</head>`,
  );
}

/** The popup's search file: the bundled index, and each language's result rows. */
export function searchFile(articles: readonly Article[], languages: readonly string[]): FirstViewSearchFile {
  return {
    index: JSON.parse(serializedIndex(articles)) as FirstViewSearchFile['index'],
    rows: Object.fromEntries(languages.map((lang) => [lang, searchData(articles, lang)])),
  };
}

/** Every first-view file: path in the package → contents. */
export function firstViewFiles(articles: readonly Article[], languages: readonly string[], localesDir: string): Map<string, FirstViewFile> {
  const meta = articleMeta(articles);
  const english = articleTexts(articles, 'en');
  const files = new Map<string, FirstViewFile>();
  for (const lang of languages) {
    const ui = interfaceStrings(localesDir, lang);
    for (const { id, lang: wordsIn, fellBack, title, summary, body } of shownArticles(meta, lang, articleTexts(articles, lang), english)) {
      const path = firstViewPath(lang, id);
      if (!path) throw new Error(`first view: topic id "${id}" cannot name a file`);
      files.set(path, { ui, article: { id, lang: wordsIn, fellBack, title, summary, body } });
    }
  }
  return files;
}

/** The first view's strings in `lang`, from its catalogue (plain words: none of them takes a substitution). */
function interfaceStrings(localesDir: string, lang: string): FirstViewFile['ui'] {
  const messages = readCatalog(localesDir, lang) ?? {};
  const ui = {} as FirstViewFile['ui'];
  for (const key of FIRST_VIEW_MESSAGES) {
    const text = messages[key]?.message;
    if (typeof text !== 'string' || text.length === 0) throw new Error(`first view: ${lang} has no message "${key}"`);
    if (text.includes('$'))
      throw new Error(`first view: message "${key}" in ${lang} takes substitutions, which the first view cannot make`);
    ui[key] = text;
  }
  return ui;
}
