import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packTopicsOf } from '../../src/packs/derived';
import { importPackFile } from '../../src/packs/import';
import { effectiveArticles } from '../../src/packs/effective';
import { packArticle } from '../../src/packs/pack-articles';
import { serializedIndex } from '../../src/build/rules/virtual-articles';
import { createSearch, PLATFORMS, type ArticleSearch, type PlatformFilter } from '../../src/search';
import { loadIndex, loadSearch, searchOver } from '../../src/search/prebuilt';
import { searchData } from '../../src/search/topics';
import { FIXTURES_DIR, shippedRules } from './helpers';
import { QUERIES } from './search-relevance.queries';

// The pages search the index the build serialised, loaded by MiniSearch; results must be those of
// indexing the articles at open, query for query.
const { articles } = shippedRules();
const INDEX = serializedIndex(articles);
const FILTERS: PlatformFilter[] = ['all', ...PLATFORMS];
const LANGUAGES = Object.keys(QUERIES) as (keyof typeof QUERIES)[];
const ALL_QUERIES = LANGUAGES.flatMap((l) => QUERIES[l].map((q) => q.q));

/** Everything a page can ask of a search, for these queries. */
function answers(search: ArticleSearch, queries: readonly string[]) {
  return {
    results: queries.map((q) => FILTERS.map((f) => search.search(q, f, 50))),
    browse: FILTERS.map((filter) => search.browse({ filter, current: ['x/invalid-code', 'general/sms-not-delivered'] })),
    get: articles.map((a) => search.get(a.id)),
  };
}

describe('search over the index serialised at build time', () => {
  it('the serialised index is text MiniSearch reads back (JSON), not an object passed along', () => {
    expect(typeof INDEX).toBe('string');
    expect(JSON.parse(INDEX)).toMatchObject({ documentCount: articles.length, serializationVersion: 2 });
  });

  it.each(LANGUAGES)(
    '%s: every relevance query of every language, every filter, the empty box and hits are as indexing at open',
    async (lang) => {
      const data = JSON.parse(JSON.stringify(searchData(articles, lang))) as ReturnType<typeof searchData>; // as the module ships it
      expect(answers(await loadSearch(INDEX, data), ALL_QUERIES)).toStrictEqual(answers(createSearch(articles, lang), ALL_QUERIES));
    },
  );

  it('loaded in slices (loadJSONAsync), the index answers the same', async () => {
    const data = searchData(articles, 'pt-BR');
    const queries = QUERIES['pt-BR'].map((q) => q.q);
    expect(answers(await searchOver(await loadIndex(INDEX), data), queries)).toStrictEqual(
      answers(createSearch(articles, 'pt-BR'), queries),
    );
  });
});

describe('rule pack topics indexed on top of the loaded index', () => {
  const pack = readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'));
  const outcome = importPackFile('acme.json', pack, new Set(articles.map((a) => a.id)));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const topics = packTopicsOf(
    outcome.pack.rules.map((rule) => ({
      rule,
      pack: { name: 'Acme IT', version: '1', origin: 'imported' as const, rules: outcome.pack.rules },
    })),
  );
  const packs = topics.map(packArticle);
  const merged = effectiveArticles(articles, packs);
  const queries = [
    'too many devices',
    'acme',
    'sessions cerby',
    'suspicious login',
    'suspicious login attempt acme procedure',
    'codigo de recuperacion',
    'backup code not working',
    'twitter',
    'instagram',
  ];

  it('a pack adds a topic and replaces a bundled one: found, ranked and titled as when everything is indexed at open', async () => {
    expect(topics.map((t) => t.id)).toEqual(expect.arrayContaining(['instagram/acme-device-limit', 'instagram/suspicious-login']));
    for (const lang of ['en', 'es']) {
      const loaded = await loadSearch(INDEX, searchData(articles, lang), packs);
      const atOpen = createSearch(merged, lang);
      const ids = (s: ArticleSearch) => queries.map((q) => s.search(q, 'all', 50).map((h) => h.id));
      expect(ids(loaded)).toEqual(ids(atOpen));
      expect(loaded.browse()).toStrictEqual(atOpen.browse());
      expect(loaded.get('instagram/suspicious-login')).toStrictEqual(atOpen.get('instagram/suspicious-login'));
    }
    const loaded = await loadSearch(INDEX, searchData(articles, 'en'), packs);
    expect(loaded.search('too many devices')[0]?.id).toBe('instagram/acme-device-limit');
    // The bundled words of the replaced topic are gone with it: only the pack's are searched.
    expect(loaded.get('instagram/suspicious-login')?.title).toBe('Suspicious login attempt (Acme procedure)');
  });
});
