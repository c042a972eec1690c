import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { Article } from '../rules/types';
import { BOOST, fuzziness, notNoise, words } from './fields';
import type { ArticleSearch, Browse, Hit, Platform, PlatformFilter } from './index';
import type { SearchData, SearchTopic } from './topics';
import { PLATFORMS } from '../rules/platforms';
import { editDistance, PLATFORM_ALIASES, PLATFORM_NAMES, stem, stopWords } from './words';

/**
 * A query holding a topic's search terms (every word of one but stop words, in any order, typos
 * allowed) multiplies the topic's score by 1 + TERM_BONUS × the number of query words those terms
 * account for: "instagram wont accept my code" is the invalid-code topic's "won't accept my code",
 * not a bag of words that also fits "find your code".
 */
const TERM_BONUS = 0.5;
/** …and once more by 1 + WHOLE_QUERY_BONUS when they account for all of it ("can't log in", "no puedo entrar"). */
const WHOLE_QUERY_BONUS = 0.5;
/**
 * A platform named in the query ("twitter", "IG", "x") multiplies its own topics' scores and, less, the
 * general ones (they cover both platforms); the other platform's topics are kept, lower.
 */
const PLATFORM_FACTOR = { same: 1.6, general: 1.25, other: 0.5 } as const;
const KIND_ORDER: Record<Article['kind'], number> = { blocking: 0, warning: 1, info: 2 };

/**
 * Queries over `index` (every topic of `data`, however the index was made: built from the articles,
 * or loaded as the build serialised it): ranking, the platform filter and the empty-query view.
 */
export function rankedSearch(index: MiniSearch<Article>, data: SearchData): ArticleSearch {
  const byId = new Map<string, SearchTopic>(data.topics.map((t) => [t.id, t]));
  const hits = new Map<string, Hit>(
    data.topics.map(({ id, platform, title, summary, lang }) => [id, { id, platform, title, summary, lang }]),
  );
  const stop = stopWords(data.lang);
  const { vocabulary, termWords } = data;
  const stems = vocabulary.map(stem);

  // "Most common" without any usage data: topics with a screen people get stuck on (blocking), then
  // warnings, then how-tos; ties keep the file order, which follows the catalogue within a platform.
  const common = [...data.topics].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  function search(query: string, filter: PlatformFilter = 'all', limit = 20): Hit[] {
    const all = words(query);
    const last = all.length - 1;
    // Platform names say where, not what: they weigh topics instead of matching words.
    const named = new Set<Platform>();
    const rest: string[] = [];
    all.forEach((w, i) => {
      const platform = platformOf(w, i === last);
      if (platform) named.add(platform);
      else if (notNoise(w)) rest.push(w);
    });
    // Stop words out, unless nothing else is left ("the", "de").
    const meaningful = rest.filter((w) => !stop.has(w));
    if (meaningful.length === 0 && named.size > 0) {
      // Only a platform's name ("twitter", "x.com", "el instagram"): that platform's topics, most common first.
      return common
        .filter((a) => named.has(a.platform) && (filter === 'all' || a.platform === filter))
        .slice(0, limit)
        .map((a) => hits.get(a.id)!);
    }
    if (rest.length === 0) return [];
    const queryWords = meaningful.length > 0 ? meaningful : rest;
    // The word being typed: the query's last, unless it was a platform's name or a stop word.
    const typing = queryWords.at(-1) === all[last] ? all[last] : undefined;
    const lastWord = queryWords.length - 1;
    const results: SearchResult[] = index.search(queryWords.join(' '), {
      tokenize: (text) => text.split(' '), // already tokens
      boost: { ...BOOST },
      combineWith: 'OR',
      // As-you-type: the word being typed may be unfinished; the ones before it are whole words.
      prefix: (_term, i) => i === lastWord && typing !== undefined,
      fuzzy: (term) => (fuzziness(term) === 0 ? false : fuzziness(term)),
      maxFuzzy: 2,
      weights: { fuzzy: 0.45, prefix: 0.6 },
      filter: filter === 'all' ? undefined : (r) => byId.get(String(r.id))?.platform === filter,
    });
    const matcher = termMatcher(vocabulary, stems, queryWords, typing);
    const ranked = results
      .map((r) => {
        const id = String(r.id);
        const topic = byId.get(id);
        let score = r.score;
        if (topic && named.size > 0)
          score *= named.has(topic.platform)
            ? PLATFORM_FACTOR.same
            : topic.platform === 'general'
              ? PLATFORM_FACTOR.general
              : PLATFORM_FACTOR.other;
        const covered = coveredBy(termWords[id] ?? [], matcher);
        const whole = covered === queryWords.length && covered >= 2 ? 1 + WHOLE_QUERY_BONUS : 1;
        return { id, score: score * (1 + TERM_BONUS * covered) * whole };
      })
      .sort((a, b) => b.score - a.score);
    const out: Hit[] = [];
    for (const r of ranked) {
      const hit = hits.get(r.id);
      if (hit) out.push(hit);
      if (out.length >= limit) break;
    }
    return out;
  }

  function browse({
    filter = 'all',
    current = [],
    perPlatform = 4,
  }: {
    filter?: PlatformFilter;
    current?: readonly string[];
    perPlatform?: number;
  } = {}): Browse {
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
      hits: common
        .filter((a) => a.platform === platform && !shown.has(a.id))
        .slice(0, cap)
        .map((a) => hits.get(a.id)!),
    }));
    return { current: currentHits, groups: groups.filter((g) => g.hits.length > 0) };
  }

  return { search, browse, get: (id) => hits.get(id) };
}

/**
 * The platform a query word names: an alias ("ig", "twitter", "x"), a misspelt name ("twiter",
 * "instagarm"), or — for the word being typed — the start of a name ("twit", "instag").
 */
function platformOf(word: string, typing: boolean): Platform | undefined {
  const alias = PLATFORM_ALIASES[word];
  if (alias) return alias;
  if (word.length < 4) return undefined;
  for (const [name, platform] of Object.entries(PLATFORM_NAMES)) {
    if (typing && name.startsWith(word)) return platform;
    if (word.length >= 6 && editDistance(word, name, fuzziness(word)) <= fuzziness(word)) return platform;
  }
  return undefined;
}

/**
 * Which query word (its index) a search term's word (its number in `vocabulary`) is: the same word or
 * the same stem ("codes", "working"), a typo of it (the index's fuzziness), or — for the word being
 * typed — its beginning. -1 when none. Each word is worked out once per query: terms share words.
 */
function termMatcher(
  vocabulary: readonly string[],
  stems: readonly string[],
  queryWords: readonly string[],
  typing: string | undefined,
): (id: number) => number {
  const at = new Int16Array(vocabulary.length).fill(UNKNOWN);
  const queryStems = queryWords.map(stem);
  const last = queryWords.length - 1;
  return (id) => {
    if (at[id] !== UNKNOWN) return at[id]!;
    const word = vocabulary[id]!;
    let i = queryStems.indexOf(stems[id]!);
    if (i < 0 && typing !== undefined && typing.length >= 2 && word.startsWith(typing)) i = last;
    if (i < 0 && word.length >= 4) i = queryWords.findIndex((q) => fuzziness(q) > 0 && editDistance(q, word, fuzziness(q)) <= fuzziness(q));
    at[id] = i;
    return i;
  };
}
const UNKNOWN = -2;

/**
 * How much of the query a topic's search terms account for: each query word counts for the best
 * term holding it, by the share of that term the query holds. A term counts when the query holds all
 * of it, or all but one word of a term of three or more ("backup code not working" in "backup code
 * doesn't work", 3/4 each); a single shared word ("code") is the index's business, not a term's.
 */
function coveredBy(terms: readonly number[][], matcher: (id: number) => number): number {
  const credit = new Map<number, number>();
  for (const term of terms) {
    const found = term.map(matcher).filter((i) => i >= 0);
    if (found.length < term.length && (term.length < 3 || found.length < term.length - 1)) continue;
    const share = found.length / term.length;
    for (const i of found) credit.set(i, Math.max(credit.get(i) ?? 0, share));
  }
  let sum = 0;
  for (const c of credit.values()) sum += c;
  return sum;
}
