import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { feedItemDom, feedItemHtml } from '../../src/tools/bench/pages';

/** A node as markup with each element's attributes sorted (their order means nothing to a page). */
const canonical = (node: Node): string => {
  if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
  const el = node as Element;
  const attrs = el
    .getAttributeNames()
    .sort()
    .map((a) => `${a}=${JSON.stringify(el.getAttribute(a))}`);
  return `<${el.localName} ${attrs.join(' ')}>${Array.from(el.childNodes, canonical).join('')}</${el.localName}>`;
};

// The bench's two storms must add the same feed: only how the page adds it differs.
describe('bench pages', () => {
  it('builds the framework-style feed item as the same elements, attributes and text as the HTML one', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><div id="a"></div></body></html>');
    for (const i of [0, 7, 123_456]) {
      doc.getElementById('a')!.innerHTML = feedItemHtml(i, 'instagram');
      const built = feedItemDom(doc as unknown as Document, i);
      expect(canonical(built), `item ${i}`).toBe(canonical(doc.getElementById('a')!.firstElementChild!));
      expect(canonical(built)).toContain(`Morning run number ${i} along`);
    }
  });
});
