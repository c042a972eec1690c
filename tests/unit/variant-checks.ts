import { expect } from 'vitest';
import { loadFixtures, type Fixture } from '../../src/screens/fixtures';
import { variantsOf, type Variant, type VariantFamily } from '../../src/tools/variants';

// What the variant tests (variants-generator.test.ts, variants-markup.test.ts) check pages with:
// helpers of their own, independent of the generator's, and every fixture with its variants.

export const fixtures = loadFixtures();
export const all = fixtures.map((f) => ({ f, v: variantsOf(f) }));

export const NOT_PROSE = new Set(['script', 'style', 'template']);
export const SKIP_TEXT = new Set([...NOT_PROSE, 'textarea', 'title', 'option']);
export const tag = (el: Element) => el.tagName.toLowerCase();

export function elements(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/** Text runs under `root` (adjacent text nodes joined, as a browser parses them). */
export function texts(root: Node, skip: ReadonlySet<string> = SKIP_TEXT): string[] {
  const out: string[] = [];
  let run: string | null = null;
  for (const c of Array.from(root.childNodes)) {
    if (c.nodeType === 3) {
      run = (run ?? '') + (c as Text).data;
      continue;
    }
    if (run !== null) out.push(run);
    run = null;
    if (c.nodeType === 1 && !skip.has(tag(c as Element))) out.push(...texts(c, skip));
  }
  if (run !== null) out.push(run);
  return out;
}

export const isData = (token: string) => /[0-9@*•+]/.test(token);
export const attrs = (el: Element, skip: (name: string) => boolean = () => false) =>
  Array.from(el.attributes)
    .filter((a) => !skip(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort();
export const isDialog = (el: Element) =>
  tag(el) === 'dialog' || /(^|\s)(alert)?dialog(\s|$)/i.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true';
export const firstDialog = (doc: Document) => Array.from(doc.body.querySelectorAll('*')).find(isDialog);
export const family = (host: string) =>
  /^((www|mobile)\.)?(x|twitter)\.com$/.test(host) ? 'x' : /(^|\.)instagram\.com$/.test(host) ? 'instagram' : host;
export const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/** Collects every broken promise, so one failure lists all fixtures at fault. */
export function check(body: (f: Fixture, v: Record<VariantFamily, Variant[]>, fail: (msg: string) => void) => void) {
  const problems: string[] = [];
  for (const { f, v } of all) body(f, v, (msg) => problems.push(`${f.file}: ${msg}`));
  expect(problems.slice(0, 30)).toEqual([]);
}
