import { index as indexModule, search as languageModules } from 'virtual:signpost/loaders';
import { useEffect, useState } from 'preact/hooks';
import type MiniSearch from 'minisearch';
import type { Article } from '../rules/types';
import type { ArticleSearch } from '../search';
import { offeredSearch, searchOffered } from '../search/handoff';
import { usePackArticles } from './pack-topics';

/**
 * The search the popup and side panel look up articles with: the index the build made, loaded with
 * MiniSearch's own loader (src/search/prebuilt.ts), titled in the person's language, the packs'
 * topics indexed on top. Its chunks (the library, the index, the language's rows) are not part of
 * the page: the side panel asks for them once its article is shown; the popup, whose box is in its
 * HTML before any script runs, starts loading them the moment its script does (`startSearch`).
 */
const code = () => import('../search/prebuilt');
let pristine: Promise<MiniSearch<Article>> | null = null;

const rowsIn = (lang: string) => (languageModules[lang] ?? languageModules.en!)();

/** Fetches the search's code and `lang`'s rows, and loads the bundled index: all a first query waits for. */
export function startSearch(lang: string): void {
  if (searchOffered()) return; // the popup's first view made it already
  void rowsIn(lang);
  void preloadSearchIndex();
}

/** Loads the bundled index (once). */
function preloadSearchIndex(): Promise<MiniSearch<Article>> {
  pristine ??= Promise.all([code(), indexModule()]).then(([{ loadIndex }, json]) => loadIndex(json.default));
  return pristine;
}

async function makeSearch(lang: string, packs: readonly Article[]): Promise<ArticleSearch> {
  const [{ loadIndex, searchOver }, data] = await Promise.all([code(), rowsIn(lang)]);
  // Packs are added to the index they are searched with: they get an index of their own, the
  // bundled one stays as loaded for the next search (another language, packs gone).
  const index = packs.length === 0 ? await preloadSearchIndex() : await loadIndex(data.index);
  return searchOver(index, data.default, packs);
}

/** Null until loaded, and while `wanted` is false; made again when packs change. */
export function useLookupSearch(lang: string, wanted = true): ArticleSearch | null {
  const packs = usePackArticles();
  // The popup's first view already answers with the bundled search in this language: taken over.
  const [search, setSearch] = useState<ArticleSearch | null>(() => (wanted ? offeredSearch(lang) : null));
  useEffect(() => {
    if (!wanted) return;
    // The first view's search is the bundled one: it stands while the packs are read, and after
    // them while there are none.
    const offered = offeredSearch(lang);
    if (offered && (packs === null || packs.length === 0)) return setSearch(offered);
    void preloadSearchIndex(); // now, while the packs are still being read
    if (packs === null) return;
    let live = true;
    void makeSearch(lang, packs).then((s) => live && setSearch(s));
    return () => void (live = false);
  }, [lang, packs, wanted]);
  return search;
}
