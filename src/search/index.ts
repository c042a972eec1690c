import MiniSearch, { type SearchResult } from 'minisearch';
import { normalize } from '../engine/normalize';
import { allLanguages, textIn } from '../rules/article-text';
import type { Article } from '../rules/types';

import { PLATFORMS, type Platform } from '../rules/platforms';

export { PLATFORMS, type Platform };
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

// Where a word is found says how much it tells: a title or the screen's own words beat body text.
// The id's slug ("invalid-code") is a curated name for the topic, kept even when the title is reworded.
const BOOST = { title: 4, slug: 3, screenTexts: 2.5, summary: 2, plain: 1 } as const;
const KIND_ORDER: Record<Article['kind'], number> = { blocking: 0, warning: 1, info: 2 };

/** Same folding as the engine (case, diacritics, apostrophes), split into words; drops 1-letter noise. */
export function terms(text: string): string[] {
  const folded = normalize(text);
  return folded === '' ? [] : folded.split(' ').filter((w) => w.length > 1 || /\d/.test(w));
}

/**
 * One edit for words of 4–7 letters, two from 8 ("suspcious" → "suspicious"); short words must be
 * exact, or "code" would find "mode" and "node".
 */
export function fuzziness(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * `lang`: the person's language (BCP 47). Results show titles and summaries in it where a translation
 * exists; the index holds every language, so a query in Spanish, Portuguese or English finds the article.
 */
export function createSearch(articles: readonly Article[], lang = 'en'): ArticleSearch {
  const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
  const hits = new Map<string, Hit>(articles.map((a) => [a.id, toHit(a, lang)]));
  const index = new MiniSearch<Article>({
    fields: ['title', 'slug', 'summary', 'plain', 'screenTexts'],
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'slug') return doc.id.slice(doc.id.indexOf('/') + 1).replace(/-/g, ' ');
      if (field === 'title' || field === 'summary' || field === 'plain') return allLanguages(doc, field);
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' \n ') : String(value ?? '');
    },
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
  });
  index.addAll(articles as Article[]);

  // "Most common" without any usage data: topics with a screen people get stuck on (blocking), then
  // warnings, then how-tos; ties keep the file order, which follows the catalogue within a platform.
  const common = [...articles].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  function search(query: string, filter: PlatformFilter = 'all', limit = 20): Hit[] {
    const words = terms(query);
    if (words.length === 0) return [];
    const last = words.length - 1;
    const results: SearchResult[] = index.search(words.join(' '), {
      boost: { ...BOOST },
      combineWith: 'OR',
      // As-you-type: the word being typed may be unfinished; the ones before it are whole words.
      prefix: (_term, i) => i === last,
      fuzzy: (term) => (fuzziness(term) === 0 ? false : fuzziness(term)),
      maxFuzzy: 2,
      weights: { fuzzy: 0.45, prefix: 0.6 },
      filter: filter === 'all' ? undefined : (r) => byId.get(String(r.id))?.platform === filter,
    });
    const out: Hit[] = [];
    for (const r of results) {
      const hit = hits.get(String(r.id));
      if (hit) out.push(hit);
      if (out.length >= limit) break;
    }
    return out;
  }

  function browse({ filter = 'all', current = [], perPlatform = 4 }: { filter?: PlatformFilter; current?: readonly string[]; perPlatform?: number } = {}): Browse {
    const shown = new Set<string>();
    const currentHits: Hit[] = [];
    for (const id of current) {
      const hit = hits.get(id);
      if (!hit || shown.has(id) || (filter !== 'all' && hit.platform !== filter)) continue;
      shown.add(id);
      currentHits.push(hit);
    }
    const platforms = filter === 'all' ? PLATFORMS : [filter];
    // One platform chosen: list all of it (the person is browsing); all: the head of each platform.
    const cap = filter === 'all' ? perPlatform : Infinity;
    const groups = platforms.map((platform) => ({
      platform,
      hits: common.filter((a) => a.platform === platform && !shown.has(a.id)).slice(0, cap).map((a) => hits.get(a.id)!),
    }));
    return { current: currentHits, groups: groups.filter((g) => g.hits.length > 0) };
  }

  return { search, browse, get: (id) => hits.get(id) };
}

function toHit(a: Article, lang: string): Hit {
  const shown = textIn(a, lang);
  return { id: a.id, platform: a.platform, title: shown.title, summary: shown.summary, lang: shown.lang };
}
