import { describe, expect, it } from 'vitest';
import { createSearch, PLATFORMS } from '../../src/search';
import { shippedRules } from './helpers';
import { QUERIES, type RelevanceQuery } from './search-relevance.queries';

// The bundled articles, searched as the popup and the side panel do: one index per person's language.
const { articles } = shippedRules();
const LANGUAGES = Object.keys(QUERIES) as (keyof typeof QUERIES)[];
const FIRST_AT_LEAST = 0.9;

const accepted = (q: RelevanceQuery) => (typeof q.expect === 'string' ? [q.expect] : [...q.expect]);

describe('search relevance: what people type finds what they need', () => {
  it('the query lists are big enough, name real topics, and say why they accept two', () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const lang of LANGUAGES) {
      const queries = QUERIES[lang];
      expect(queries.length, lang).toBeGreaterThanOrEqual(60);
      expect(new Set(queries.map((q) => q.q.toLowerCase())).size, `${lang}: a query is listed twice`).toBe(queries.length);
      for (const q of queries) {
        for (const id of accepted(q)) expect(ids.has(id), `${lang} "${q.q}": unknown topic ${id}`).toBe(true);
        if (typeof q.expect !== 'string') expect(q.why, `${lang} "${q.q}" accepts several topics: say why`).toBeTruthy();
      }
    }
  });

  it.each(LANGUAGES)('%s: at least 90%% find the expected topic first, and all within the first three', (lang) => {
    const search = createSearch(articles, lang);
    const queries = QUERIES[lang];
    const misses: string[] = [];
    let first = 0;
    let top3 = 0;
    for (const q of queries) {
      const ids = search.search(q.q).map((h) => h.id);
      const want = accepted(q);
      const rank = ids.findIndex((id) => want.includes(id));
      if (rank === 0) first++;
      if (rank >= 0 && rank < 3) top3++;
      if (rank !== 0)
        misses.push(
          `  "${q.q}": wanted ${want.join(' or ')}, ${rank < 0 ? 'not found' : `#${rank + 1}`}; got ${ids.slice(0, 3).join(', ') || 'nothing'}`,
        );
    }
    const report = `${lang}: first ${first}/${queries.length} (${((100 * first) / queries.length).toFixed(1)}%), top 3 ${top3}/${queries.length}\nmisses:\n${misses.join('\n')}`;
    expect(first / queries.length, report).toBeGreaterThanOrEqual(FIRST_AT_LEAST);
    expect(top3, report).toBe(queries.length);
  });
});

describe('search: the bad results the issue reported', () => {
  const en = createSearch(articles, 'en');
  const es = createSearch(articles, 'es');
  const top = (s: typeof en, q: string) => s.search(q)[0]?.id;

  it('a refused code on Instagram is the invalid-code article, not "find your code"', () => {
    expect(top(en, 'instagram wont accept my code')).toBe('instagram/invalid-code');
  });

  it('"can\'t log in" and "no puedo entrar" lead with getting back into the account, not managed phone numbers', () => {
    expect(top(en, 'cant log in')).toBe('general/account-recovery');
    expect(top(en, "can't log in")).toBe('general/account-recovery');
    expect(top(es, 'no puedo entrar')).toBe('general/account-recovery');
  });

  it('"x code" leads with an X article', () => {
    expect(en.search('x code')[0]?.platform).toBe('x');
  });

  it('"codigo de backup" leads with the refused backup code, not "Backup codes exposed"', () => {
    // See search-queries.es.ts: a bare "backup code" comes from a login step asking for one.
    expect(top(es, 'codigo de backup')).toBe('general/recovery-code-rejected');
  });
});

describe('search: platform names', () => {
  const search = createSearch(articles, 'en');
  it.each([
    ['twitter', 'x'],
    ['X', 'x'],
    ['x.com', 'x'],
    ['Instagram', 'instagram'],
    ['IG', 'instagram'],
    ['insta', 'instagram'],
    ['instagarm', 'instagram'],
  ] as const)('"%s" alone lists the %s articles', (query, platform) => {
    const hits = search.search(query);
    expect(hits.map((h) => h.id).sort()).toEqual(
      articles
        .filter((a) => a.platform === platform)
        .map((a) => a.id)
        .sort(),
    );
  });

  it("a platform named with a problem puts that platform's article above the other's", () => {
    const ids = (q: string) => search.search(q).map((h) => h.id);
    for (const [q, mine, theirs] of [
      ['twitter code incorrect', 'x/invalid-code', 'instagram/invalid-code'],
      ['ig code incorrect', 'instagram/invalid-code', 'x/invalid-code'],
    ])
      expect(ids(q!).indexOf(mine!), q).toBeLessThan(ids(q!).indexOf(theirs!));
  });

  it('the platform filter still rules: a platform name of another platform finds nothing', () => {
    expect(search.search('twitter', 'instagram')).toEqual([]);
    expect(search.search('x code', 'instagram').every((h) => h.platform === 'instagram')).toBe(true);
  });

  it('a platform name being typed counts ("twit", "instag")', () => {
    expect(search.search('twit')[0]?.platform).toBe('x');
    expect(search.search('instag')[0]?.platform).toBe('instagram');
  });
});

describe('search terms in the rule files', () => {
  it('every topic has search terms in English and in each of its translations', () => {
    for (const a of articles) {
      expect(a.search?.length ?? 0, `${a.id}: no search terms`).toBeGreaterThan(0);
      for (const [lang, t] of Object.entries(a.translations ?? {}))
        expect(t.search?.length ?? 0, `${a.id}.${lang}: no search terms`).toBeGreaterThan(0);
    }
    expect(PLATFORMS.every((p) => articles.some((a) => a.platform === p))).toBe(true);
  });

  it("a topic is found by its terms in any language, whatever the person's language", () => {
    const search = createSearch(articles, 'pt-BR');
    expect(search.search('no llega el sms')[0]?.id).toBe('general/sms-not-delivered');
    expect(search.search('locked out')[0]?.id).toBe('general/account-recovery');
  });
});
