import { describe, expect, it } from 'vitest';
import { back, canGoBack, canGoForward, currentPlace, forward, initialHistory, placeFromHash, visit } from '../../src/lookup/history';
import { FRESH_MS, parseRequest } from '../../src/lookup/request';

describe('side panel history', () => {
  it('back and forward move between visited places; a new visit drops the forward ones', () => {
    let h = initialHistory();
    h = visit(h, 'a');
    h = visit(h, 'b');
    expect(currentPlace(h)).toBe('b');
    h = back(h);
    expect(currentPlace(h)).toBe('a');
    expect(canGoForward(h)).toBe(true);
    h = back(h);
    expect(currentPlace(h)).toBe(null);
    expect(canGoBack(h)).toBe(false);
    expect(back(h)).toBe(h);
    h = forward(forward(h));
    expect(currentPlace(h)).toBe('b');
    expect(forward(h)).toBe(h);
    h = visit(back(h), 'c');
    expect(h.entries).toEqual([null, 'a', 'c']);
    expect(canGoForward(h)).toBe(false);
  });

  it('visiting the current place again adds nothing', () => {
    const h = visit(initialHistory(), 'a');
    expect(visit(h, 'a')).toBe(h);
  });

  it('a panel address names the article it opens at (#topic=<id>, as article links write it)', () => {
    expect(placeFromHash(`#topic=${encodeURIComponent('instagram/suspicious-login')}`)).toBe('instagram/suspicious-login');
    expect(placeFromHash('#topic=x/invalid-code')).toBe('x/invalid-code');
    expect(currentPlace(initialHistory(placeFromHash('#topic=x%2Finvalid-code')))).toBe('x/invalid-code');
    for (const hash of ['', '#', '#topic=', '#other=x/invalid-code', '#topic=%E0%A4%A', `#topic=${'a'.repeat(201)}`])
      expect(placeFromHash(hash), hash).toBeNull();
  });

  it('keeps at most 50 places', () => {
    let h = initialHistory();
    for (let i = 0; i < 80; i++) h = visit(h, `t${i}`);
    expect(h.entries).toHaveLength(50);
    expect(currentPlace(h)).toBe('t79');
  });
});

describe('popup → side panel request', () => {
  const now = 1_000_000;
  it('accepts a fresh, well-formed request', () => {
    expect(parseRequest({ topic: 'x/invalid-code', at: now - 500 }, now)).toEqual({ topic: 'x/invalid-code', at: now - 500 });
  });
  it.each([
    ['stale', { topic: 'x/invalid-code', at: now - FRESH_MS - 1 }],
    ['from the future', { topic: 'x/invalid-code', at: now + FRESH_MS + 1 }],
    ['no topic', { at: now }],
    ['empty topic', { topic: '', at: now }],
    ['huge topic', { topic: 'x'.repeat(101), at: now }],
    ['not a number', { topic: 'a', at: 'now' }],
    ['null', null],
    ['a string', 'x/invalid-code'],
  ])('refuses %s', (_, value) => {
    expect(parseRequest(value, now)).toBeNull();
  });
});

describe('the recognised topic while typing', () => {
  it('comes first when it is among the first three results, and only then', async () => {
    const { keepCurrentAhead } = await import('../../src/lookup/Lookup');
    const hits = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(keepCurrentAhead(hits, ['c']).map((h) => h.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(keepCurrentAhead(hits, ['d']).map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(keepCurrentAhead(hits, []).map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
