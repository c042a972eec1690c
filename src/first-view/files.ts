import type MiniSearch from 'minisearch';
import type { MessageKey } from '../i18n';
import type { MdNode } from '../rules/types';
import type { SearchData } from '../search/topics';

/**
 * What the build (src/build/first-view.ts) writes beside the extension's pages for their first views,
 * and where: the contract between the two. The side panel's first view reads one small JSON file per
 * (interface language, topic): the article as that language shows it, and the few interface
 * strings around it.
 */

/** The interface strings the first view shows, by message key: the build copies each language's words. */
export const FIRST_VIEW_MESSAGES = [
  'extName',
  'navLabel',
  'panelSettings',
  'panelRecognised',
  'panelNotYourScreen',
  'panelOtherTopicsAndSearch',
  'panelNowApplies',
  'englishOnlyArticle',
] as const satisfies readonly MessageKey[];
export type FirstViewMessage = (typeof FIRST_VIEW_MESSAGES)[number];

/** One topic as one interface language shows it (the side panel's `ShownArticle`, words only). */
export interface FirstViewArticle {
  id: string;
  /** The language of the words: the interface's, or English where the topic has no translation. */
  lang: string;
  fellBack: boolean;
  title: string;
  summary: string;
  body: MdNode[];
}

export interface FirstViewFile {
  ui: Record<FirstViewMessage, string>;
  article: FirstViewArticle;
}

/** A bundled topic id: `platform/slug`, lower-case letters, digits and hyphens (a path, read safely). */
const TOPIC_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** Where the file of `topicId` in interface language `lang` (BCP 47) is in the package; null: not a topic id. */
export function firstViewPath(lang: string, topicId: string): string | null {
  return TOPIC_ID.test(topicId) ? `first-view/${lang}/${topicId}.json` : null;
}

/**
 * The popup's first view reads one file, the same in every language: the bundled search index (as
 * MiniSearch serialises it) and each interface language's result rows. The popup's HTML preloads it.
 */
export const SEARCH_FILE = 'first-view/search.json';

export interface FirstViewSearchFile {
  /** `MiniSearch#toJSON()` of the bundled articles (every language), for `MiniSearch.loadJS`. */
  index: Parameters<typeof MiniSearch.loadJS>[0];
  /** By interface language (BCP 47). */
  rows: Record<string, SearchData>;
}
