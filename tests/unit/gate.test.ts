import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGate } from '../../src/observe/gate';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { rulesLiveAt } from '../../src/engine/live';
import { match } from '../../src/engine/match';
import { takeSnapshot } from '../../src/page/snapshot';
import { compileRulesDir } from '../../src/rules/load';
import { feedItemHtml, feedPageHtml } from '../../src/tools/bench/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });
const gate = createGate(table);
/** The gate's first look at a whole page, run to its end. */
const looksAtPage = (g: ReturnType<typeof createGate>, body: Element, deadline = Infinity) => {
  const step = g.page(body);
  let verdict: boolean | null;
  let steps = 0;
  while ((verdict = step(deadline)) === null) steps++;
  return { verdict, steps };
};
/** Whether the gate lets `node` through (as the watcher asks: read it, then test its text). */
const carries = (g: ReturnType<typeof createGate>, node: Node) => {
  const read = g.read([node]);
  return read === true || g.text(read);
};
const fixtures = (readdirSync(join(ROOT, 'tests/fixtures'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('content script gate', () => {
  it('lets feed items through without a snapshot', () => {
    // At the feed's own address, as the content script asks: rules of login steps (which may look
    // for a shown address, so an "@" in a post) are not live there.
    for (const [platform, url] of [['instagram', 'https://www.instagram.com/'], ['x', 'https://x.com/home']] as const) {
      const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><div id="f">${feedItemHtml(7, platform)}</div></body></html>`);
      expect(carries(createGate(table, url), doc.getElementById('f')!.firstElementChild!)).toBe(false);
    }
  });

  it('lets a shown address or number through where a live rule looks for one, in any language', () => {
    const at = createGate(table, 'https://x.com/i/flow/login');
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><p id="e">Код отправлен на j***@e*****.com</p><p id="p">Отправьте SMS на +1 415 555 0100</p><p id="n">Привет</p></body></html>');
    expect(carries(at, doc.getElementById('e')!)).toBe(true);
    expect(carries(at, doc.getElementById('p')!)).toBe(true);
    expect(carries(at, doc.getElementById('n')!)).toBe(false);
  });

  it('looks at a big feed a step at a time, each step one native read', () => {
    const doc = parseHtmlDocument(feedPageHtml(5_000, 'x'));
    const g = createGate(table, 'https://x.com/home');
    const { verdict, steps } = looksAtPage(g, doc.body, -Infinity);
    expect(verdict).toBe(false);
    // Structure, text, then ≈ 1 000 labels 64 at a time: never one long slice.
    expect(steps).toBeGreaterThan(10);
    expect(looksAtPage(g, doc.body).steps).toBe(0);
  });

  it('tests the text of a big page in pieces, losing no phrase cut by a piece boundary', () => {
    const g = createGate(table, 'https://www.instagram.com/');
    // The first look reads text 8 192 characters at a time: put the phrase's longest word across
    // that line; and a phrase's two words 20 000 characters apart still count, as on a whole page.
    for (const at of [8_180, 8_185, 8_188, 16_374]) {
      const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><p>${'x'.repeat(at)}</p><h2>We Detected An Unusual Login Attempt</h2></body></html>`);
      expect(looksAtPage(g, doc.body, -Infinity).verdict, `at ${at}`).toBe(true);
    }
    const apart = parseHtmlDocument(`<!DOCTYPE html><html><body><p>Detected</p><p>${'y '.repeat(10_000)}</p><p>unusual</p></body></html>`);
    expect(looksAtPage(g, apart.body, -Infinity).verdict).toBe(true);
    const none = parseHtmlDocument(`<!DOCTYPE html><html><body><p>${'x'.repeat(8_180)}</p><p>${'y '.repeat(9_000)}</p></body></html>`);
    expect(looksAtPage(g, none.body, -Infinity).verdict).toBe(false);
  });

  it('stops every fixture screen that some rule recognises', () => {
    for (const file of fixtures) {
      const html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
      const url = html.match(/<meta name="signpost:url" content="([^"]+)"/)?.[1];
      if (!url) continue;
      const doc = parseHtmlDocument(html);
      const full = match(table, takeSnapshot(doc, url));
      const empty = match(table, { url, lang: doc.documentElement.getAttribute('lang') ?? '', texts: { heading: [], dialog: [], alert: [], button: [], label: [], text: [] }, inputs: [], testids: [], roles: [], truncated: false });
      // Sound: whenever the gate lets a page through, an empty page with its URL matches the same.
      if (!looksAtPage(gate, doc.body).verdict) expect(full, file).toEqual(empty);
      if (full.length > 0 && JSON.stringify(full) !== JSON.stringify(empty)) expect(looksAtPage(gate, doc.body).verdict, file).toBe(true);
      // Narrowed to the fixture's URL, the gate stays sound: it still stops every recognised screen.
      const atUrl = createGate(table, url);
      expect(rulesLiveAt(table, url).map((r) => r.id), file).toEqual(expect.arrayContaining(full.map((m) => m.id)));
      if (!looksAtPage(atUrl, doc.body).verdict) expect(full, file).toEqual(empty);
      if (full.length > 0 && JSON.stringify(full) !== JSON.stringify(empty)) expect(looksAtPage(atUrl, doc.body).verdict, file).toBe(true);
      // The same question in slices (the first look at a page), answered alike, a little at a time.
      expect(looksAtPage(atUrl, doc.body, -Infinity).verdict, file).toBe(looksAtPage(atUrl, doc.body).verdict);
    }
  });

  it('is idle where no rule can match, and follows navigation', () => {
    const g = createGate(table, 'https://www.instagram.com/');
    const live = rulesLiveAt(table, 'https://www.instagram.com/').map((r) => r.id);
    // Screens that can appear over any page stay live on the feed; path-bound ones do not.
    expect(live).toContain('instagram/suspicious-login');
    expect(live).not.toContain('instagram/settings-locked');
    expect(live.every((id) => !id.startsWith('x/'))).toBe(true);
    expect(g.idle).toBe(false);
    g.retarget('https://example.com/');
    expect(g.idle).toBe(true);
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><div role="dialog"><h2>Suspicious Login Attempt</h2></div></body></html>');
    expect(carries(g, doc.body)).toBe(false);
    g.retarget('https://www.instagram.com/challenge/1/');
    expect(g.idle).toBe(false);
    expect(carries(g, doc.body)).toBe(true);
  });

  it('folds accents and curly apostrophes before looking for anchors, and skips emoji-only folding', () => {
    const g = createGate(table);
    expect(g.text('Detectamos un intento de inicio de sesión sospechoso')).toBe(true);
    expect(g.text('RECUPERACIÓN DE LA CUENTA')).toBe(g.text('recuperacion de la cuenta'));
    expect(g.text('We Detected An Unusual Login Attempt')).toBe(true);
    expect(g.text('We Detected An Unusual Login Attempt \u2661 \ud83d\udcac')).toBe(true);
    expect(g.text('Didn\u2019t get a code?')).toBe(g.text("Didn't get a code?"));
    expect(g.text('morning run along the river \u2661')).toBe(false);
  });
});
