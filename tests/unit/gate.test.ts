import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { liveAt, rulesLiveAt } from '../../src/engine/live';
import { match } from '../../src/engine/match';
import type { TableRule } from '../../src/engine/types';
import { regionsOf } from '../../src/observe/regions';
import { scopeAt } from '../../src/observe/scope';
import { DEFAULT_LIMITS, emptySnapshot, takeSnapshot } from '../../src/page/snapshot';
import { compileRulesDir } from '../../src/build/rules/load';
import { feedPageHtml } from '../../src/tools/bench/pages';

// The gate of the content pipeline (src/observe): which rules can match at an address and where
// their screen lives there (the scope), and what the first look at a page reads (its regions).
const ROOT = resolve(import.meta.dirname, '../..');
const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });
const fixtures = (readdirSync(join(ROOT, 'tests/fixtures'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

/** What a pass at `url` recognises on `doc`: only what the scope there reads, matched against only the rules live there. */
const firstLook = (doc: Document, url: string, rules: readonly TableRule[] = table) => {
  const scope = scopeAt(rules, url);
  const regions = regionsOf(doc, scope);
  const snapshot = regions.length > 0 ? takeSnapshot(doc, url, DEFAULT_LIMITS, regions) : emptySnapshot(doc, url);
  return { regions, matches: match(scope.kind === 'idle' ? [] : scope.rules, snapshot) };
};
const page = (body: string) =>
  parseHtmlDocument(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`) as unknown as Document;

describe('content pipeline gate: scope and first look', () => {
  it('is sound: at its own address, every fixture is recognised from what the first look reads, by the rules live there, exactly as from the whole page by every rule', () => {
    let surfaces = 0;
    for (const file of fixtures) {
      const html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
      const url = html.match(/<meta name="signpost:url" content="([^"]+)"/)?.[1];
      if (!url) continue;
      const doc = parseHtmlDocument(html) as unknown as Document;
      const full = match(table, takeSnapshot(doc, url));
      const scope = scopeAt(table, url);
      if (full.length > 0) expect(scope.kind, file).not.toBe('idle');
      if (scope.kind === 'surfaces') surfaces++;
      expect(firstLook(doc, url).matches, `${file} (${scope.kind})`).toEqual(full);
    }
    // The screens that come over a feed are among them, read from their dialogs and alerts alone.
    expect(surfaces).toBeGreaterThan(10);
  });

  it('reads nothing of a big feed: one query finds no surface there', () => {
    // Instagram's feed can show a screen over it (a dialog); no X topic comes over X's timeline, so
    // there the content script observes nothing at all.
    for (const [platform, url, kind] of [
      ['instagram', 'https://www.instagram.com/', 'surfaces'],
      ['x', 'https://x.com/home', 'idle'],
    ] as const) {
      const doc = parseHtmlDocument(feedPageHtml(5_000, platform)) as unknown as Document;
      expect(scopeAt(table, url).kind, url).toBe(kind);
      expect(firstLook(doc, url)).toEqual({ regions: [], matches: [] });
    }
  });

  it('says where each live rule’s screen is: its own address is a page, elsewhere only a surface', () => {
    const places = (url: string) => Object.fromEntries(liveAt(table, url).map((l) => [l.rule.id, l.place]));
    const feed = places('https://www.instagram.com/');
    expect(feed['instagram/suspicious-login']).toBe('surface');
    // Path-bound topics are not live on the feed.
    expect(feed['instagram/settings-locked']).toBeUndefined();
    expect(Object.keys(feed).every((id) => !id.startsWith('x/'))).toBe(true);
    const challenge = places('https://www.instagram.com/challenge/1/');
    expect(challenge['instagram/suspicious-login']).toBe('page');
    // An address a rule excludes takes it out (retrieve-code is never a challenge's topic).
    expect(challenge['instagram/retrieve-code']).toBeUndefined();
    expect(scopeAt(table, 'https://www.instagram.com/challenge/1/').kind).toBe('page');
    expect(scopeAt(table, 'https://x.com/i/flow/login').kind).toBe('page');
    expect(rulesLiveAt(table, 'https://example.com/')).toEqual([]);
    // Nor one that needs two `any` signs, one of them an address this is not.
    const twoSigns: TableRule = {
      id: 'general/two-signs',
      kind: 'info',
      hosts: [],
      all: [],
      none: [],
      minAny: 2,
      any: [
        { k: 'path', v: ['^/a/'], w: 1 },
        { k: 'heading', v: ['x'], w: 1 },
      ],
    };
    expect(liveAt([twoSigns], 'https://x.com/b/')).toEqual([]);
    expect(liveAt([twoSigns], 'https://x.com/a/')).toEqual([{ rule: twoSigns, place: 'page' }]);
    expect(scopeAt(table, 'https://example.com/')).toEqual({ kind: 'idle' });
  });

  it('finds the fields surface rules look for, and reads them with their form', () => {
    const scope = scopeAt(table, 'https://www.instagram.com/');
    if (scope.kind !== 'surfaces') throw new Error('expected surfaces');
    // The two-factor form that can come over a post (instagram/retrieve-code) is found by its field.
    expect(scope.fields).toContain(`[name="verificationcode" i]`);
    const doc = page(
      '<main><p>Feed</p></main><form id="f"><h2>Enter Your Security Code</h2><label><input name="verificationCode" inputmode="numeric"></label></form><form id="comment"><textarea aria-label="Add a comment"></textarea></form>',
    );
    expect(regionsOf(doc, scope).map((r) => r.id)).toEqual(['f']);
  });

  it('builds a valid selector from whatever a pack’s field conditions name', () => {
    const odd: TableRule = {
      id: 'general/odd',
      kind: 'info',
      hosts: [],
      all: [],
      none: [],
      minAny: 1,
      any: [{ k: 'input', v: { 'a]b': 'x', name: 'co"de', type: 'text' } as never, w: 1 }],
    };
    const scope = scopeAt([odd], 'https://www.instagram.com/');
    if (scope.kind !== 'surfaces') throw new Error('expected surfaces');
    expect(scope.fields).not.toContain('a]b');
    const doc = page(`<form id="f"><input name='co"de'></form><form id="g"><input type="radio" name='co"de'></form>`);
    expect(regionsOf(doc, scope).map((r) => r.id)).toEqual(['f']);
  });

  it('reads the outermost surfaces in document order, and none a hidden ancestor hides', () => {
    const scope = scopeAt(table, 'https://www.instagram.com/');
    const doc = page(`
      <div id="a" role="dialog"><div role="alert" id="inner">x</div></div>
      <div aria-hidden="true"><div role="dialog" id="hidden">y</div></div>
      <div style="display: none"><div role="alert" id="styled">z</div></div>
      <section><span role="status" id="b">ok</span></section>
      <dialog id="closed">w</dialog><dialog open id="c">v</dialog>`);
    // The closed <dialog> is found, then skipped by the walk itself (as on a whole page).
    expect(regionsOf(doc, scope).map((r) => r.id)).toEqual(['a', 'b', 'closed', 'c']);
    // The whole page, its open dialogs first (outermost, visible ones): one appended late to a long
    // page is read before the page's caps are reached.
    expect(regionsOf(doc, { kind: 'page', rules: table, step: false }).map((r) => r.id || r.localName)).toEqual([
      'a',
      'closed',
      'c',
      'body',
    ]);
    expect(regionsOf(doc, { kind: 'idle' })).toEqual([]);
  });

  it('reads surfaces as separate words, and nothing around them', () => {
    const doc = page('<span role="alert">Sus</span><span role="status">picious</span><p>Login Attempt</p>');
    const scope = scopeAt(table, 'https://www.instagram.com/');
    const snap = takeSnapshot(doc, 'https://www.instagram.com/', DEFAULT_LIMITS, regionsOf(doc, scope));
    expect(snap.texts.text).toEqual(['Sus picious']);
    expect(snap.texts.alert).toEqual(['Sus', 'picious']);
  });
});
