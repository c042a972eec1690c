import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGate } from '../../src/observe/gate';
import { watchDocument } from '../../src/observe/watcher';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { compileRulesDir } from '../../src/rules/load';
import { feedItemHtml } from '../../src/tools/bench/pages';

// The watcher's decisions, fed records by hand: linkedom's own MutationObserver reports every
// record against the observed root, so the record shapes a browser delivers are built here instead.
const ROOT = resolve(import.meta.dirname, '../..');
const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });

type Callback = (records: MutationRecord[]) => void;
let deliver: Callback = () => {};
const realObserver = globalThis.MutationObserver;
beforeAll(() => {
  globalThis.MutationObserver = class {
    constructor(callback: Callback) {
      deliver = callback;
    }
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  } as unknown as typeof MutationObserver;
});
afterAll(() => {
  globalThis.MutationObserver = realObserver;
});

const added = (target: Node, ...nodes: Node[]) => ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;

function setUp(recognised = false) {
  const doc = parseHtmlDocument('<!DOCTYPE html><html lang="en"><head><title>Instagram</title></head><body><main><div id="feed"></div></main><signpost-hint></signpost-hint></body></html>');
  const gate = createGate(table, 'https://www.instagram.com/');
  const card = doc.querySelector('signpost-hint')!;
  const watcher = watchDocument(doc.documentElement, () => {}, (node) => node === card || doc.head.contains(node), gate, () => recognised);
  const feed = doc.getElementById('feed')!;
  /** One feed item, added as a framework adds it: a record of its own. */
  const item = (i: number, html = feedItemHtml(i, 'instagram')) => {
    feed.insertAdjacentHTML('beforeend', html);
    return added(feed, feed.lastElementChild!);
  };
  const drain = (deadline = Infinity) => watcher.drain(deadline, () => 0);
  return { doc, feed, card, item, drain };
}

describe('content script watcher', () => {
  it('passes a feed added one item per record without a snapshot, and calls the page busy', () => {
    const { item, drain } = setUp();
    deliver(Array.from({ length: 60 }, (_, i) => item(i)));
    expect(drain()).toBe('busy');
  });

  it('finds a phrase in one of many feed records, wherever it lies in the pass', () => {
    for (const at of [0, 30, 59]) {
      const { item, drain } = setUp();
      const records = Array.from({ length: 60 }, (_, i) => item(i));
      records[at] = item(at, '<article><div role="button" tabindex="0">Get Help Logging In</div></article>');
      deliver(records);
      expect(drain(), `phrase in record ${at}`).toBe('relevant');
    }
  });

  it('tests text that outgrows one batch as it goes (a phrase after 16 K characters of feed still counts)', () => {
    const { item, drain } = setUp();
    const records = Array.from({ length: 200 }, (_, i) => item(i));
    records.push(item(200, '<article><h2>Your account has been locked</h2></article>'));
    deliver(records);
    expect(drain()).toBe('relevant');
  });

  it('counts a phrase whose words came in two records of one pass, and neither record alone', () => {
    const { doc, feed, drain } = setUp();
    const button = doc.createElement('div');
    button.setAttribute('role', 'button');
    feed.append(button);
    const first = doc.createTextNode('Get Help ');
    const second = doc.createTextNode('Logging In');
    button.append(first, second);
    deliver([added(button, first)]);
    expect(drain()).toBe('irrelevant');
    deliver([added(button, second)]);
    expect(drain()).toBe('irrelevant');
    deliver([added(button, first), added(button, second)]);
    expect(drain()).toBe('relevant');
  });

  it('ignores the phrase in <head> (a title, an inline script), even split over records', () => {
    const { doc, item, drain } = setUp();
    const title = doc.querySelector('title')!;
    const words = doc.createTextNode('Your account has been locked');
    title.append(words);
    deliver([item(1), added(title, words), item(2)]);
    expect(drain()).toBe('irrelevant');
  });

  it('tests the text read so far before a pass stops at its deadline', () => {
    const { item, drain } = setUp();
    deliver([item(1, '<article><h2>Your account has been locked</h2></article>'), item(2), item(3)]);
    expect(drain(-Infinity)).toBe('relevant');
  });

  it('leaves the records it did not reach for the next pass', () => {
    const { item, drain } = setUp();
    deliver([item(1), item(2), item(3, '<article><h2>Your account has been locked</h2></article>')]);
    expect(drain(-Infinity)).toBe('more');
    expect(drain(-Infinity)).toBe('more');
    expect(drain(-Infinity)).toBe('relevant');
  });

  it('finds a field a rule looks for without any text', () => {
    const { item, drain } = setUp();
    deliver([item(1), item(2, '<form><input name="verificationCode" type="text"></form>'), item(3)]);
    expect(drain()).toBe('relevant');
  });

  it('while a screen is recognised, counts any removal but our own card’s', () => {
    const { doc, feed, card, item, drain } = setUp(true);
    const first = item(1);
    deliver([first]);
    expect(drain()).toBe('irrelevant');
    const gone = feed.firstElementChild!;
    gone.remove();
    card.remove();
    deliver([{ type: 'childList', target: doc.body, addedNodes: [], removedNodes: [card] } as unknown as MutationRecord]);
    expect(drain()).toBe('irrelevant');
    deliver([{ type: 'childList', target: feed, addedNodes: [], removedNodes: [gone] } as unknown as MutationRecord]);
    expect(drain()).toBe('relevant');
  });
});
