import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../src/screens/parse-html';
import { match } from '../../src/engine/match';
import { HTML_BOUNDS } from '../../src/page/bounded-html';
import { parseInertHtml } from '../../src/page/inert-html';
import { takeSnapshot } from '../../src/page/snapshot';
import { sanitizeElement } from '../../src/report/sanitize';
import { runCli, shippedRules } from './helpers';

/**
 * A page built to stall a parser or the snapshot walk — 300 000 nested `div`s, live regions nested
 * inside each other over a long text — must cost about what an ordinary page of the same size costs,
 * in the CLI (linkedom) and in replay (the inert DOM), and still give a result. Compared as a ratio of
 * the fastest of three runs each, taken in turn, so that a busy machine slows both alike. (Before the
 * bounds, the deep page took minutes: its parser's stack is an array it shifts and unshifts.)
 */

const URL = 'https://www.instagram.com/challenge/1/';
const DEPTH = 300_000;
const tmp = mkdtempSync(join(tmpdir(), 'signpost-deep-'));

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const deepPage = page(`${'<div>'.repeat(DEPTH)}<h1>Deep down</h1>${'</div>'.repeat(DEPTH)}`);
/** The same number of characters of an ordinary page: shallow rows, as a feed or a list has. */
function ordinaryPage(length: number): string {
  const row = '<div class="row"><span>Item</span> <a href="/p/1">open</a></div>';
  const html = page(row.repeat(Math.ceil(length / row.length)));
  return `${html.slice(0, html.lastIndexOf('<div class="row">', length))}</body></html>`;
}

/** Fastest of three runs of each, in turn; `deep` / `ordinary`. */
function ratio(deep: () => unknown, ordinary: () => unknown): number {
  let d = Infinity;
  let o = Infinity;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    ordinary();
    o = Math.min(o, performance.now() - t);
    t = performance.now();
    deep();
    d = Math.min(d, performance.now() - t);
  }
  return d / o;
}

describe('a page nested 300 000 deep', () => {
  const ordinary = ordinaryPage(deepPage.length);
  const table = shippedRules().table;

  it('is read and matched by the CLI as fast as an ordinary page of its size (< 3×), and still read', () => {
    const read = (html: string) => match(table, takeSnapshot(parseHtmlPage(html).document, URL));
    expect(Math.abs(ordinary.length - deepPage.length)).toBeLessThan(100);
    expect(
      ratio(
        () => read(deepPage),
        () => read(ordinary),
      ),
    ).toBeLessThan(3);
    const parsed = parseHtmlPage(deepPage);
    expect(parsed.bounded.deepTags).toBeGreaterThan(DEPTH - HTML_BOUNDS.maxDepth);
    expect(takeSnapshot(parsed.document, URL).texts.text.join(' ')).toContain('Deep down');
  }, 60_000);

  it('is opened by replay (inert DOM, page copy, snapshot) as fast as an ordinary page of its size (< 3×)', () => {
    const open = (html: string) => {
      const { doc } = parseInertHtml(html, parseHTML(page('')).document as unknown as Document);
      sanitizeElement(doc.body);
      return takeSnapshot(doc, URL);
    };
    expect(
      ratio(
        () => open(deepPage),
        () => open(ordinary),
      ),
    ).toBeLessThan(3);
    expect(open(deepPage).texts.text.join(' ')).toContain('Deep down');
  }, 60_000);

  it('`signpost match` and `signpost snapshot` answer, with a note that the page was read in part', async () => {
    const file = join(tmp, 'deep.html');
    writeFileSync(file, deepPage);
    const matched = await runCli('match', file, '--url', URL, '--json');
    expect(matched.code).toBe(0);
    expect(JSON.parse(matched.stdout)).toMatchObject({ url: URL, matches: expect.any(Array) });
    expect(matched.stderr).toMatch(
      /^signpost: note: .*deep\.html: \d+ tags nested deeper than 512 levels were dropped \(their text kept\)\n$/,
    );
    const out = join(tmp, 'deep.signpost.json');
    const captured = await runCli('snapshot', file, '--url', URL, '-o', out);
    expect(captured.code).toBe(0);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.snapshot.truncated).toBe(true);
    expect(saved.snapshot.texts.text.join(' ')).toContain('Deep down');
  }, 60_000);
});

describe('the snapshot walk over a deep DOM (as a live page or a browser-built one holds it)', () => {
  const fresh = () => parseHTML(page('')).document as unknown as Document;

  it('costs about what a flat page of as many elements costs (< 3×)', () => {
    const deep = fresh();
    let at: Element = deep.body;
    for (let i = 0; i < DEPTH; i++) at = at.appendChild(deep.createElement('div'));
    at.appendChild(deep.createTextNode('Deep down'));
    const flat = fresh();
    for (let i = 0; i < DEPTH; i++) flat.body.appendChild(flat.createElement('div')).appendChild(flat.createTextNode('x'));
    expect(
      ratio(
        () => takeSnapshot(deep, URL),
        () => takeSnapshot(flat, URL),
      ),
    ).toBeLessThan(3);
    expect(takeSnapshot(deep, URL).truncated).toBe(true);
  }, 60_000);

  it('reads live regions nested in each other once each, not their whole subtree per level (< 3×)', () => {
    const texts = 200_000;
    const nested = fresh();
    let at: Element = nested.body;
    for (let i = 0; i < 50; i++) {
      const region = nested.createElement('div');
      region.setAttribute('role', 'alert');
      at = at.appendChild(region);
    }
    for (let i = 0; i < texts; i++) at.appendChild(nested.createTextNode('abcdefgh '));
    const flat = fresh();
    for (let i = 0; i < 50; i++) {
      const region = flat.body.appendChild(flat.createElement('div'));
      region.setAttribute('role', 'alert');
      region.appendChild(flat.createTextNode('abcdefgh '));
    }
    for (let i = 0; i < texts; i++) flat.body.appendChild(flat.createTextNode('abcdefgh '));
    expect(
      ratio(
        () => takeSnapshot(nested, URL),
        () => takeSnapshot(flat, URL),
      ),
    ).toBeLessThan(3);
    expect(takeSnapshot(nested, URL).roles).toContain('alert');
  }, 60_000);
});
