import type { ArticleSearch } from './index';

/**
 * The popup's first view loads the bundled search (index and rows) to answer what is typed before
 * the popup's own scripts run; it hands that search over rather than have the popup load it again.
 * The two are separate bundles of the same source, so the search is passed through the page's
 * global object: an `ArticleSearch` made from the same code, in one language, without rule packs
 * (with packs there is no first view).
 */
const KEY = '__signpostFirstViewSearch';

interface Offered {
  lang: string;
  search: ArticleSearch;
  /** The topics recognised in the popup's tab, best first: what its results were ranked with. */
  current: readonly string[];
}

type WithOffer = { [KEY]?: Offered };

export function offerSearch(offered: Offered): void {
  (globalThis as WithOffer)[KEY] = offered;
}

/** The first view's search in `lang` (BCP 47), if it made one. */
export function offeredSearch(lang: string): ArticleSearch | null {
  const offered = (globalThis as WithOffer)[KEY];
  return offered?.lang === lang ? offered.search : null;
}

/** The topics recognised in the tab as the first view read them (none if it made no search). */
export const offeredCurrent = (): readonly string[] => (globalThis as WithOffer)[KEY]?.current ?? [];

/** Did the first view make a search (in any language)? */
export const searchOffered = (): boolean => (globalThis as WithOffer)[KEY] !== undefined;
