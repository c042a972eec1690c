import { describe, expect, it } from 'vitest';
import { createSearch, fuzziness, terms, PLATFORMS } from '../../src/search';
import type { Article } from '../../src/rules/types';
import { shippedRules } from './helpers';

const { articles } = shippedRules();
const search = createSearch(articles);
const top = (q: string, filter?: Parameters<typeof search.search>[1]) => search.search(q, filter)[0]?.id;

describe('search over the shipped articles', () => {
  it.each([
    ['suspcious login', 'instagram/suspicious-login'],
    ['Suspicious Login Attempt', 'instagram/suspicious-login'],
    ['backup codes compromized', 'general/backup-codes-compromised'],
    ['sms not delivred', 'general/sms-not-delivered'],
  ])('"%s" ranks %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds a topic by the words its screen shows, not only its title', () => {
    // A screen text of x/new-login-location: the title says nothing about "check your email".
    const article = articles.find((a) => a.id === 'x/new-login-location')!;
    expect(article.title.toLowerCase()).not.toContain('check your email');
    expect(search.search('check your email', 'x').map((h) => h.id)).toContain('x/new-login-location');
  });

  it('matches the word being typed as a prefix ("suspicious log")', () => {
    expect(top('suspicious log')).toBe('instagram/suspicious-login');
    expect(top('suspi')).toBe('instagram/suspicious-login');
  });

  it('the platform filter keeps only that platform', () => {
    for (const platform of PLATFORMS) {
      const hits = search.search('invalid code', platform);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.platform === platform)).toBe(true);
    }
    expect(top('invalid code', 'x')).toBe('x/invalid-code');
    expect(top('invalid code', 'instagram')).toBe('instagram/invalid-code');
  });

  it('a blank or punctuation-only query returns nothing; nonsense returns nothing', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  ?! ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search.search('code', 'all', 3)).toHaveLength(3);
  });

  it('a hit carries title and one-line summary', () => {
    const hit = search.search('suspicious')[0]!;
    const article = articles.find((a) => a.id === hit.id)!;
    expect(hit).toEqual({ id: article.id, platform: article.platform, title: article.title, summary: article.summary, lang: 'en' });
  });
});

describe("search in the person's language", () => {
  const es = createSearch(articles, 'es');
  const pt = createSearch(articles, 'pt-BR');
  it('a Spanish query, misspelt, finds the Spanish article first; hits are in Spanish', () => {
    const hit = es.search('intento de inicio de sesion sospechozo')[0]!;
    expect(hit.id).toBe('instagram/suspicious-login');
    expect(hit).toMatchObject({ lang: 'es', title: articles.find((a) => a.id === hit.id)!.translations!.es!.title });
    expect(es.search('codigo de recuperacion rechazado')[0]?.id).toBe('general/recovery-code-rejected');
  });
  it('a Portuguese query finds the Portuguese article; an English query still works in either language', () => {
    expect(pt.search('codigo de recuperacao recusado')[0]?.id).toBe('general/recovery-code-rejected');
    expect(pt.search('suspicious login')[0]).toMatchObject({ id: 'instagram/suspicious-login', lang: 'pt-BR' });
    expect(es.search('suspcious login')[0]?.id).toBe('instagram/suspicious-login');
  });
  it('a topic with no translation shows in English, and says so', () => {
    const bare = articles.map((a) => (a.id === 'x/email-swap' ? { ...a, translations: undefined } : a));
    expect(createSearch(bare, 'es').get('x/email-swap')).toMatchObject({
      lang: 'en',
      title: articles.find((a) => a.id === 'x/email-swap')!.title,
    });
  });
});

describe('browse (empty query)', () => {
  it('puts the recognised topics first, then each platform, without repeating them', () => {
    const b = search.browse({ current: ['x/invalid-code'] });
    expect(b.current.map((h) => h.id)).toEqual(['x/invalid-code']);
    expect(b.groups.map((g) => g.platform)).toEqual(['instagram', 'x', 'general']);
    const listed = b.groups.flatMap((g) => g.hits.map((h) => h.id));
    expect(listed).not.toContain('x/invalid-code');
    for (const g of b.groups) expect(g.hits.length).toBeLessThanOrEqual(4);
  });

  it('lists blocking topics before how-tos', () => {
    const kind = new Map(articles.map((a) => [a.id, a.kind]));
    const rank = { blocking: 0, warning: 1, info: 2 } as const;
    for (const g of search.browse({ filter: 'instagram' }).groups) {
      const ranks = g.hits.map((h) => rank[kind.get(h.id)!]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("with a platform filter lists every topic of that platform only, and drops other platforms' current topics", () => {
    const b = search.browse({ filter: 'x', current: ['instagram/suspicious-login', 'x/email-swap'] });
    expect(b.current.map((h) => h.id)).toEqual(['x/email-swap']);
    expect(b.groups.map((g) => g.platform)).toEqual(['x']);
    expect(b.groups[0]!.hits.length + 1).toBe(articles.filter((a) => a.platform === 'x').length);
  });

  it('ignores unknown current ids', () => {
    expect(search.browse({ current: ['nope/nothing'] }).current).toEqual([]);
  });
});

describe('helpers', () => {
  it('terms folds like the engine', () => {
    expect(terms('Código  NÃO chegou!')).toEqual(['codigo', 'nao', 'chegou']);
    expect(terms("Can't log in")).toEqual(['cant', 'log', 'in']);
  });
  it('short words are exact, long ones allow two edits', () => {
    expect(fuzziness('sms')).toBe(0);
    expect(fuzziness('code')).toBe(1);
    expect(fuzziness('suspicious')).toBe(2);
  });
  it('works on an empty article list', () => {
    const empty = createSearch([] as Article[]);
    expect(empty.search('login')).toEqual([]);
    expect(empty.browse()).toEqual({ current: [], groups: [] });
  });
});
