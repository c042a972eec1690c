import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import type { Match } from '../../src/engine/types';
import { classify, type ChangeContext } from '../../src/observe/changes';
import type { Lifetime } from '../../src/observe/lifetime';
import { createPipeline } from '../../src/observe/pipeline';
import { scopeAt } from '../../src/observe/scope';
import { watchDocument } from '../../src/observe/watcher';
import { compileRulesDir } from '../../src/build/rules/load';
import { feedItemHtml } from '../../src/tools/bench/pages';

// The watcher's decisions, fed records by hand: linkedom's own MutationObserver reports every
// record against the observed root, so the record shapes a browser delivers are built here instead.
const ROOT = resolve(import.meta.dirname, '../..');
const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });
const FEED = 'https://www.instagram.com/';

type Callback = (records: MutationRecord[]) => void;
let deliver: Callback = () => {};
const observing: string[] = [];
const realObserver = globalThis.MutationObserver;
beforeAll(() => {
  globalThis.MutationObserver = class {
    constructor(callback: Callback) {
      deliver = callback;
    }
    observe() {
      observing.push('observe');
    }
    disconnect() {
      observing.push('disconnect');
    }
    takeRecords() {
      return [];
    }
  } as unknown as typeof MutationObserver;
});
afterAll(() => {
  globalThis.MutationObserver = realObserver;
});

const list = (nodes: Node[]) => nodes as unknown as NodeList;
const added = (target: Node, ...nodes: Node[]) =>
  ({ type: 'childList', target, addedNodes: list(nodes), removedNodes: list([]) }) as unknown as MutationRecord;
const removed = (target: Node, ...nodes: Node[]) =>
  ({ type: 'childList', target, addedNodes: list([]), removedNodes: list(nodes) }) as unknown as MutationRecord;
const attribute = (target: Element, name: string, oldValue: string | null = null) =>
  ({ type: 'attributes', target, attributeName: name, oldValue }) as unknown as MutationRecord;
const text = (target: Node) => ({ type: 'characterData', target }) as unknown as MutationRecord;

function setUp(url = FEED, read = false) {
  const doc = parseHtmlDocument(
    '<!DOCTYPE html><html lang="en"><head><title>Instagram</title></head><body><main><div id="feed"></div></main><div id="portal"></div><signpost-hint></signpost-hint></body></html>',
  ) as unknown as Document;
  const card = doc.querySelector('signpost-hint')!;
  const feed = doc.getElementById('feed')!;
  const context: ChangeContext = { scope: scopeAt(table, url), root: doc.documentElement, head: doc.head, read, isOurs: (n) => n === card };
  /** A node built from markup, inside `parent` (as the page adds it). */
  const make = (html: string, parent: Element = feed) => {
    parent.insertAdjacentHTML('beforeend', html);
    return parent.lastElementChild!;
  };
  /** One feed item, added as a framework adds it: a record of its own. */
  const item = (i: number) => added(feed, make(feedItemHtml(i, 'instagram')));
  const verdict = (...records: MutationRecord[]) => classify(records, context);
  return { doc, feed, card, context, make, item, verdict };
}

describe('content pipeline watcher: which changes call for a pass', () => {
  it('ignores a feed however it is added, without reading it', () => {
    const { feed, make, item, verdict } = setUp();
    expect(verdict(...Array.from({ length: 60 }, (_, i) => item(i)))).toEqual({ kind: 'ignore' });
    const batch = Array.from({ length: 20 }, (_, i) => make(feedItemHtml(100 + i, 'instagram')));
    expect(verdict(added(feed, ...batch), ...batch.map((b) => removed(feed, b)))).toEqual({ kind: 'ignore' });
  });

  it('looks when a dialog comes, wherever it lies in the batch', () => {
    for (const at of [0, 30, 59]) {
      const { doc, make, item, verdict } = setUp();
      const records = Array.from({ length: 60 }, (_, i) => item(i));
      records[at] = added(doc.body, make('<div><div role="dialog"><h2>Whatever it says</h2></div></div>', doc.getElementById('portal')!));
      expect(verdict(...records), `dialog in record ${at}`).toEqual({ kind: 'look', why: 'surface' });
    }
  });

  it('looks when an alert, or a field a rule looks for, comes inside a feed item', () => {
    const { make, item, feed, verdict } = setUp();
    expect(verdict(item(1), added(feed, make('<article><p role="alert">Something went wrong</p></article>')))).toEqual({
      kind: 'look',
      why: 'surface',
    });
    expect(verdict(item(1), added(feed, make('<form><input name="verificationCode"></form>')))).toEqual({ kind: 'look', why: 'surface' });
    // A comment box is not a field any rule looks for.
    expect(verdict(added(feed, make('<form><textarea aria-label="Add a comment…"></textarea></form>')))).toEqual({ kind: 'ignore' });
  });

  it('looks when text or nodes change inside a surface that is already there', () => {
    const { doc, make, verdict } = setUp();
    const dialog = make('<div role="dialog"><p>Loading</p></div>', doc.getElementById('portal')!);
    const p = dialog.querySelector('p')!;
    expect(verdict(text(p.firstChild!))).toEqual({ kind: 'look', why: 'surface' });
    const span = doc.createElement('span');
    p.append(span);
    expect(verdict(added(p, span))).toEqual({ kind: 'look', why: 'surface' });
  });

  it('counts a removal only once a pass has read something', () => {
    const quiet = setUp();
    const dialog = quiet.make('<div role="dialog">Suspicious Login Attempt</div>', quiet.doc.getElementById('portal')!);
    dialog.remove();
    expect(quiet.verdict(removed(quiet.doc.getElementById('portal')!, dialog))).toEqual({ kind: 'ignore' });
    const shown = setUp(FEED, true);
    const again = shown.make('<div><div role="dialog">Suspicious Login Attempt</div></div>', shown.doc.getElementById('portal')!);
    again.remove();
    expect(shown.verdict(removed(shown.doc.getElementById('portal')!, again))).toEqual({ kind: 'look', why: 'surface' });
    // Feed items leaving still do not count.
    const gone = shown.make(feedItemHtml(1, 'instagram'));
    gone.remove();
    expect(shown.verdict(removed(shown.feed, gone))).toEqual({ kind: 'ignore' });
  });

  it('looks when an element becomes or reveals a surface, not when a style only animates', () => {
    const { make, verdict } = setUp();
    const box = make('<div style="opacity: 0.5"><div role="dialog">x</div></div>');
    expect(verdict(attribute(box, 'style', 'opacity: 0.4'))).toEqual({ kind: 'ignore' });
    expect(verdict(attribute(box, 'style', 'display: none'))).toEqual({ kind: 'look', why: 'surface' });
    const plain = make('<div role="dialog">y</div>');
    expect(verdict(attribute(plain, 'role'))).toEqual({ kind: 'look', why: 'surface' });
    const link = make('<a href="/x">z</a>');
    expect(verdict(attribute(link, 'href'))).toEqual({ kind: 'ignore' });
  });

  it('counts the page’s language everywhere, and nothing at all while idle', () => {
    const { doc, verdict } = setUp();
    expect(verdict(attribute(doc.documentElement, 'lang', 'es'))).toEqual({ kind: 'look', why: 'language' });
    const idle = setUp('https://example.com/');
    expect(idle.verdict(idle.item(1), attribute(idle.doc.documentElement, 'lang', 'es'))).toEqual({ kind: 'ignore' });
  });

  it('on a screen’s own address, counts any change but our card’s and <head>’s', () => {
    const { doc, card, item, verdict } = setUp('https://www.instagram.com/challenge/1/');
    const title = doc.querySelector('title')!;
    const words = doc.createTextNode('Your account has been locked');
    title.append(words);
    expect(
      verdict(added(title, words), added(doc.body, card), removed(doc.body, card), attribute(card as Element, 'style', 'display: none')),
    ).toEqual({ kind: 'ignore' });
    expect(verdict(item(1))).toEqual({ kind: 'look', why: 'page' });
  });

  it('leaves a batch too big to look through to the look (which finds surfaces with one query)', () => {
    const { feed, make, verdict } = setUp();
    const nodes = Array.from({ length: 2_100 }, () => make('<span>x</span>'));
    expect(verdict(...nodes.map((n) => added(feed, n)))).toEqual({ kind: 'look', why: 'many' });
    expect(verdict(added(feed, ...nodes)).kind).toBe('look');
    expect(verdict(added(feed, ...nodes.slice(0, 500)))).toEqual({ kind: 'ignore' });
  });
});

describe('content pipeline: observer, scope and passes together', () => {
  function start(url: string) {
    let href = url;
    const reports: { url: string; matches: Match[] }[] = [];
    const timers: (() => void)[] = [];
    const doc = parseHtmlDocument(
      '<!DOCTYPE html><html lang="en"><head><title>Instagram</title></head><body><main><div id="feed"></div></main></body></html>',
    ) as unknown as Document;
    const ctx = {
      setTimeout: (cb: () => void) => timers.push(cb),
      guard: (cb: Callback) => cb,
      onInvalidated() {},
      onLocationChange() {},
    } as unknown as Lifetime;
    observing.length = 0;
    let now = 0;
    const pipeline = createPipeline(doc, ctx, {
      url: () => href,
      isOurs: () => false,
      report: (u, matches) => reports.push({ url: u, matches }),
      now: () => (now += 1),
    });
    // Runs the passes due, and those they leave for later (a look goes on in a task of its own), until none is left.
    const drain = () => {
      while (timers.length > 0) timers.splice(0).forEach((t) => t());
    };
    return { doc, reports, timers, drain, pipeline, navigate: (u: string) => (href = u) };
  }

  it('waits for the rules, reports the first look, ignores the feed, recognises the dialog over it, and stops observing where nothing can match', () => {
    const { doc, reports, drain, pipeline, navigate } = start(FEED);
    pipeline.look();
    expect([observing, reports]).toEqual([[], []]);
    pipeline.use(table);
    expect(observing).toEqual(['observe']);
    expect(reports).toEqual([{ url: FEED, matches: [] }]);
    const feed = doc.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', feedItemHtml(1, 'instagram'));
    deliver([added(feed, feed.lastElementChild!)]);
    drain();
    expect(reports).toHaveLength(1);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><h2>We Detected An Unusual Login Attempt</h2><div role="button">Send Security Code</div></div>',
    );
    deliver([added(doc.body, doc.body.lastElementChild!)]);
    drain();
    expect(reports.at(-1)!.matches[0]?.id).toBe('instagram/suspicious-login');
    navigate('https://www.instagram.com/explore/tags/');
    navigate('https://example.com/');
    pipeline.look();
    drain();
    expect(observing).toEqual(['observe', 'disconnect']);
    expect(reports.at(-1)).toEqual({ url: 'https://example.com/', matches: [] });
  });
});

describe('watchDocument', () => {
  it('observes only while the scope has live rules', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body></body></html>') as unknown as Document;
    let scope = scopeAt(table, 'https://example.com/');
    observing.length = 0;
    const w = watchDocument(
      doc,
      () => ({ scope, root: doc.documentElement, head: doc.head, read: false, isOurs: () => false }),
      () => {},
      (cb) => cb,
    );
    expect(observing).toEqual([]);
    scope = scopeAt(table, FEED);
    w.sync();
    w.sync();
    expect(observing).toEqual(['observe']);
    w.disconnect();
    w.sync();
    expect(observing).toEqual(['observe', 'disconnect']);
  });
});
