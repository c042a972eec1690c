import MiniSearch from 'minisearch';
import type { Article } from '../rules/types';
import { PLATFORMS, type Platform } from '../rules/platforms';
import { INDEX_OPTIONS } from './fields';
import { rankedSearch } from './rank';
import { searchData } from './topics';

export { PLATFORMS, type Platform };
export { fuzziness, terms } from './fields';
/** The popup's platform filter: one platform, or every article. */
export type PlatformFilter = Platform | 'all';

/** What a result list shows: enough to render a row without touching the article body. */
export interface Hit {
  id: string;
  platform: Platform;
  title: string;
  summary: string;
  /** The language title and summary are in (the person's, or English when the article has no translation). */
  lang: string;
}

export interface BrowseGroup {
  platform: Platform;
  hits: Hit[];
}

/** The empty-query view: the tab's recognised topics first, then the common topics of each platform. */
export interface Browse {
  current: Hit[];
  groups: BrowseGroup[];
}

export interface ArticleSearch {
  /** Best first. A blank query returns []: call `browse` for the empty-query view. */
  search(query: string, filter?: PlatformFilter, limit?: number): Hit[];
  browse(options?: { filter?: PlatformFilter; current?: readonly string[]; perPlatform?: number }): Browse;
  get(id: string): Hit | undefined;
}

/**
 * `lang`: the person's language (BCP 47). Results show titles and summaries in it where a translation
 * exists; the index holds every language, so a query in Spanish, Portuguese or English finds the article.
 * Indexes `articles` now: the extension's pages load the index the build made instead (prebuilt.ts),
 * and get the same results.
 */
export function createSearch(articles: readonly Article[], lang = 'en'): ArticleSearch {
  const index = new MiniSearch<Article>(INDEX_OPTIONS);
  index.addAll(articles as Article[]);
  return rankedSearch(index, searchData(articles, lang));
}
