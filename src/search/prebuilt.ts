import MiniSearch from 'minisearch';
import type { Article } from '../rules/types';
import { INDEX_OPTIONS } from './fields';
import type { ArticleSearch } from './index';
import { rankedSearch } from './rank';
import { searchData, type SearchData, type SearchTopic } from './topics';

/**
 * The search as the extension's pages get it: the index the build made of the bundled articles in
 * every language (serialised by MiniSearch, src/build/rules/virtual-articles.ts), loaded with MiniSearch's
 * own loader instead of indexing every article each time the popup or side panel opens. A rule
 * pack's topics are few: they are indexed at open, on top.
 */

/** The serialised index, loaded in slices: the page may render between them (MiniSearch.loadJSONAsync). */
export function loadIndex(json: string): Promise<MiniSearch<Article>> {
  return MiniSearch.loadJSONAsync<Article>(json, INDEX_OPTIONS);
}

/** The same, at once (MiniSearch.loadJSON). */
export const loadSearch = (json: string, data: SearchData, packs: readonly Article[] = []): Promise<ArticleSearch> =>
  searchOver(MiniSearch.loadJSON<Article>(json, INDEX_OPTIONS), data, packs);

/** One pass over the whole index, no pause: only a few topics were discarded. */
const AT_ONCE = { batchSize: Number.MAX_SAFE_INTEGER };

/**
 * The search over a loaded bundled `index` and its `data` (one interface language), with `packs`
 * (rule packs' topics, as full articles) indexed on top: a pack topic with a bundled topic's id
 * replaces it, as everywhere else (src/packs/pack-articles.ts). Given packs, the index becomes this
 * search's own: load another for the next. Ranks as `createSearch` over the same articles; only
 * results of equal score may come in another order when packs were added.
 */
export async function searchOver(index: MiniSearch<Article>, data: SearchData, packs: readonly Article[] = []): Promise<ArticleSearch> {
  if (packs.length === 0) return rankedSearch(index, data);
  const replaced = packs.filter((pack) => index.has(pack.id));
  for (const pack of replaced) index.discard(pack.id);
  // A discarded topic's words stay in the index until it is vacuumed, and count in every word's
  // rarity until then: vacuumed, the scores are those of an index made without it.
  if (replaced.length > 0) await index.vacuum(AT_ONCE);
  index.addAll(packs as Article[]);
  const added = searchData(packs, data.lang, data);
  // The topics in the order of merged articles: by id (effectiveArticles, src/packs/effective.ts), a pack's in place of a bundled one.
  const topics = new Map<string, SearchTopic>(data.topics.map((t) => [t.id, t]));
  for (const t of added.topics) topics.set(t.id, t);
  return rankedSearch(index, {
    lang: data.lang,
    topics: [...topics.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    vocabulary: added.vocabulary,
    termWords: { ...data.termWords, ...added.termWords },
  });
}
