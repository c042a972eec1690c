/** What every variant family shares: parsing, walking and writing a fixture back (linkedom), a stable hash. */
import { parseHtmlDocument } from '../../screens/parse-html';

export const ELEMENT = 1;
export const TEXT = 3;

/** FNV-1a, 32 bits: a stable string hash (not for security). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator, so one made-up word follows from one hash. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Elements whose text is not prose: never rewritten. */
export const NOT_PROSE = new Set(['script', 'style', 'template']);
/** Elements whose text cannot hold elements: never split over spans. */
export const TEXT_ONLY = new Set([...NOT_PROSE, 'textarea', 'title', 'option']);

export const lower = (el: Element) => el.tagName.toLowerCase();

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...Array.from(root.children)].reverse();
  while (stack.length) {
    const el = stack.pop()!;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

/** Every text node under `root`, in document order, skipping the elements in `skip`. */
export function textNodes(root: Node, skip: ReadonlySet<string>): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === TEXT) out.push(c as Text);
      else if (c.nodeType === ELEMENT && !skip.has(lower(c as Element))) walk(c);
    }
  };
  walk(root);
  return out;
}

/**
 * The document back to text. linkedom writes every no-break space as `&#160;`; the fixture spelt it
 * `&nbsp;`, `&#160;` or as the character itself, so it is written back the way the fixture wrote
 * it (`&nbsp;` when a fixture mixes spellings: all mean the same character).
 */
export function serialize(doc: Document, source: string): string {
  return asWritten(doc.toString(), source);
}

export function asWritten(out: string, source: string): string {
  const literal = source.includes('\u00a0');
  const numeric = /&#(160|x0*a0);/i.test(source);
  const named = source.includes('&nbsp;');
  if (numeric && !literal && !named) return out;
  return out.replace(/&#160;/g, literal && !named && !numeric ? '\u00a0' : '&nbsp;');
}

/** Text → DOM, adjacent text nodes merged (linkedom splits text at every character reference). */
export function parse(html: string): Document {
  const doc = parseHtmlDocument(html);
  doc.body.normalize();
  return doc;
}

/** Renames an element: a new one with the same attributes (less `drop`) and the same children. */
export function retag(el: Element, tag: string, drop: ReadonlySet<string> = new Set()): Element {
  const doc = el.ownerDocument;
  const next = doc.createElement(tag);
  // linkedom's setAttribute puts a new attribute first: copy backwards to keep the order.
  for (const a of Array.from(el.attributes).reverse()) if (!drop.has(a.name)) next.setAttribute(a.name, a.value);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.parentNode!.replaceChild(next, el);
  return next;
}
