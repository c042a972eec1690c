/**
 * Fixture variants (Node only). A fixture (tests/fixtures/**.html) is one tidy copy of a screen, but
 * real pages reach the extension in shapes the fixture never shows: in a language no rule was written
 * for, with markup the platform rebuilt overnight (hashed classes, div "buttons", words split over
 * spans, right-to-left), with the dialog portalled in at the end of a long feed after first paint,
 * and at addresses with extra query strings or the other X host. Every fixture is re-checked as the
 * variants real pages take: this module makes those variants, as pure, deterministic functions of
 * the fixture's text (no randomness, no clock), so a failure names a variant that can be reproduced.
 *
 * The transforms are independent of the engine: they edit the DOM (linkedom) or the URL and never
 * read rules. What each one promises is checked by tests/unit/variants-generator.test.ts.
 */
import { parseHtmlDocument } from '../cli/parse-html';

export interface Variant {
  name: string;
  html: string;
  url: string;
}

export const VARIANT_FAMILIES = ['unknown language', 'markup drift', 'late portal', 'address drift'] as const;
export type VariantFamily = (typeof VARIANT_FAMILIES)[number];

// ---------------------------------------------------------------------------------------------
// Shared helpers

const ELEMENT = 1;
const TEXT = 3;

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
function generator(seed: number): () => number {
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
const NOT_PROSE = new Set(['script', 'style', 'template']);
/** Elements whose text cannot hold elements: never split over spans. */
const TEXT_ONLY = new Set([...NOT_PROSE, 'textarea', 'title', 'option']);

const lower = (el: Element) => el.tagName.toLowerCase();

/** Every element under `root` (not `root` itself), in document order. */
function descendants(root: Element): Element[] {
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
function textNodes(root: Node, skip: ReadonlySet<string>): Text[] {
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
function serialize(doc: Document, source: string): string {
  return asWritten(doc.toString(), source);
}

function asWritten(out: string, source: string): string {
  const literal = source.includes('\u00a0');
  const numeric = /&#(160|x0*a0);/i.test(source);
  const named = source.includes('&nbsp;');
  if (numeric && !literal && !named) return out;
  return out.replace(/&#160;/g, literal && !named && !numeric ? '\u00a0' : '&nbsp;');
}

/** Text → DOM, adjacent text nodes merged (linkedom splits text at every character reference). */
function parse(html: string): Document {
  const doc = parseHtmlDocument(html);
  doc.body.normalize();
  return doc;
}

/** Renames an element: a new one with the same attributes (less `drop`) and the same children. */
function retag(el: Element, tag: string, drop: ReadonlySet<string> = new Set()): Element {
  const doc = el.ownerDocument;
  const next = doc.createElement(tag);
  // linkedom's setAttribute puts a new attribute first: copy backwards to keep the order.
  for (const a of Array.from(el.attributes).reverse()) if (!drop.has(a.name)) next.setAttribute(a.name, a.value);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.parentNode!.replaceChild(next, el);
  return next;
}

// ---------------------------------------------------------------------------------------------
// 1. Unknown language

export type MadeUpScript = 'armenian' | 'hangul' | 'devanagari';
export const MADE_UP_SCRIPTS: readonly MadeUpScript[] = ['armenian', 'hangul', 'devanagari'];

/** The language tag a page in a made-up language claims. */
export const MADE_UP_LANG = 'xx';

/** Text-bearing attributes rewritten on every element of the body (`value` only on `<button>`). */
export const LANGUAGE_ATTRS = ['aria-label', 'placeholder', 'title', 'alt'] as const;

/** A token that is data rather than language: a code, a phone number, a masked address. */
export const isDataToken = (token: string) => /[\d@*•+]/u.test(token);

const LETTER = /[\p{L}\p{M}]/u;
const LETTERS_G = /[\p{L}\p{M}]/gu;

function madeUpLetter(script: MadeUpScript, r: number, upper: boolean): string {
  switch (script) {
    case 'armenian': // ա..ֆ (38 lowercase letters); capitals Ա..Ֆ are 0x30 below
      return String.fromCharCode((upper ? 0x531 : 0x561) + Math.floor(r * 38));
    case 'hangul': // the 11 172 precomposed syllables 가..힣
      return String.fromCharCode(0xac00 + Math.floor(r * 11172));
    case 'devanagari': // the consonants क..ह, standalone letters (no vowel signs)
      return String.fromCharCode(0x915 + Math.floor(r * 37));
  }
}

/**
 * One word in a made-up language: every letter replaced, punctuation kept, same length; the same
 * word (in any case) always gives the same made-up word within one seed, as a language repeats words.
 */
export function madeUpWord(word: string, seed: string, script: MadeUpScript): string {
  const next = generator(hash32(`${seed}\u0000${script}\u0000${word.toLowerCase()}`));
  return word.replace(LETTERS_G, (ch) => {
    const r = next();
    return madeUpLetter(script, r, ch !== ch.toLowerCase());
  });
}

/** Text → made-up language: words (whitespace-separated tokens) rewritten, data tokens and spacing kept. */
export function madeUpText(text: string, seed: string, script: MadeUpScript): string {
  return text.replace(/\S+/gu, (token) => (isDataToken(token) || !LETTER.test(token) ? token : madeUpWord(token, seed, script)));
}

/** The script picked for a seed when none is asked for. */
export const scriptFor = (seed: string | number): MadeUpScript => MADE_UP_SCRIPTS[hash32(String(seed)) % MADE_UP_SCRIPTS.length]!;

/**
 * The page in a language nobody wrote rules for: every word of the body's text, and of its
 * aria-label/placeholder/title/alt attributes and buttons' `value`, becomes a made-up word of the
 * same length in another script. Data tokens (anything with a digit, `@`, `*`, `•`, `+`: codes,
 * phone numbers, masked e-mail addresses), punctuation and all other markup are kept; `<html lang>`
 * becomes a made-up tag.
 */
export function unknownLanguage(html: string, seed: string | number, script: MadeUpScript = scriptFor(seed)): string {
  const doc = parse(html);
  const s = String(seed);
  const body = doc.body;
  for (const t of textNodes(body, NOT_PROSE)) {
    const next = madeUpText(t.data, s, script);
    if (next !== t.data) t.data = next;
  }
  for (const el of [body, ...descendants(body)]) {
    for (const name of LANGUAGE_ATTRS) {
      const v = el.getAttribute(name);
      if (v) el.setAttribute(name, madeUpText(v, s, script));
    }
    if (lower(el) === 'button') {
      const v = el.getAttribute('value');
      if (v) el.setAttribute('value', madeUpText(v, s, script));
    }
  }
  doc.documentElement.setAttribute('lang', MADE_UP_LANG);
  return serialize(doc, html);
}

// ---------------------------------------------------------------------------------------------
// 2. Markup drift

export const MARKUP_DRIFT_KINDS = ['hashed ids and classes', 'div headings', 'div buttons', 'split words', 'right to left'] as const;
export type MarkupDriftKind = (typeof MARKUP_DRIFT_KINDS)[number];

/** Attributes whose value is a list of ids (kept pointing at the renamed element). */
export const IDREF_ATTRS = [
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'list',
  'form',
  'headers',
] as const;

/** A class or id as a build tool would hash it: `x` and six hex digits, stable per original name. */
export const hashedName = (name: string) => `x${hash32(name).toString(16).padStart(8, '0').slice(0, 6)}`;

/** (a) Ids dropped unless something refers to them (then renamed consistently); classes hashed. */
function hashIdsAndClasses(body: HTMLElement) {
  const els = descendants(body);
  const referenced = new Set<string>();
  for (const el of els) {
    for (const a of IDREF_ATTRS) for (const id of (el.getAttribute(a) ?? '').split(/\s+/)) if (id) referenced.add(id);
    const href = el.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1) referenced.add(href.slice(1));
  }
  for (const el of els) {
    const id = el.getAttribute('id');
    if (id !== null) {
      if (referenced.has(id)) el.setAttribute('id', hashedName(`#${id}`));
      else el.removeAttribute('id');
    }
    for (const a of IDREF_ATTRS) {
      const v = el.getAttribute(a);
      if (v) el.setAttribute(a, v.replace(/\S+/g, (ref) => hashedName(`#${ref}`)));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1 && referenced.has(href.slice(1))) el.setAttribute('href', `#${hashedName(`#${href.slice(1)}`)}`);
    const cls = el.getAttribute('class');
    if (cls !== null) {
      const tokens = cls.split(/\s+/).filter(Boolean);
      if (tokens.length) el.setAttribute('class', tokens.map((c) => hashedName(`.${c}`)).join(' '));
      else el.removeAttribute('class');
    }
  }
}

/** (b) `<hN>` → `<div role="heading" aria-level="N">` (an explicit role or level is kept). */
function divHeadings(body: HTMLElement) {
  for (const el of descendants(body)) {
    const m = /^h([1-6])$/.exec(lower(el));
    if (!m) continue;
    const div = retag(el, 'div');
    const role = div.getAttribute('role') ?? 'heading';
    if (role === 'heading' && !div.hasAttribute('aria-level')) div.setAttribute('aria-level', m[1]!);
    if (!div.hasAttribute('role')) div.setAttribute('role', role);
  }
}

/** Button-only attributes that mean nothing on a div. */
const BUTTON_ONLY_ATTRS = new Set(['type', 'name', 'value', 'form', 'formaction', 'formenctype', 'formmethod', 'formnovalidate', 'formtarget', 'disabled', 'autofocus', 'popovertarget', 'popovertargetaction']);

/** (c) `<button>` → `<div role="button" tabindex="0">`; `disabled` becomes `aria-disabled="true"`. */
function divButtons(body: HTMLElement) {
  for (const el of descendants(body)) {
    if (lower(el) !== 'button') continue;
    const disabled = el.hasAttribute('disabled');
    const div = retag(el, 'div', BUTTON_ONLY_ATTRS);
    // Added attributes go first (see retag): set in reverse to read role, tabindex, aria-disabled.
    if (disabled && !div.hasAttribute('aria-disabled')) div.setAttribute('aria-disabled', 'true');
    if (!div.hasAttribute('tabindex')) div.setAttribute('tabindex', '0');
    if (!div.hasAttribute('role')) div.setAttribute('role', 'button');
  }
}

/** (d) Every word of every text node in its own span, every other one nested twice. */
function splitWords(body: HTMLElement) {
  const doc = body.ownerDocument;
  for (const t of textNodes(body, TEXT_ONLY)) {
    if (!/\S/.test(t.data)) continue;
    const parts = t.data.split(/(\s+)/);
    const parent = t.parentNode!;
    let n = 0;
    for (const part of parts) {
      if (!part) continue;
      if (/^\s+$/.test(part)) {
        parent.insertBefore(doc.createTextNode(part), t);
        continue;
      }
      const inner = doc.createElement('span');
      inner.appendChild(doc.createTextNode(part));
      let node: Element = inner;
      if (n++ % 2 === 0) {
        node = doc.createElement('span');
        node.appendChild(inner);
      }
      parent.insertBefore(node, t);
    }
    parent.removeChild(t);
  }
}

/** (e) Right to left: `dir="rtl"` on `<html>` and on the body's first element. */
function rightToLeft(doc: Document) {
  doc.documentElement.setAttribute('dir', 'rtl');
  doc.body.firstElementChild?.setAttribute('dir', 'rtl');
}

/**
 * The page as a platform's rebuilt front end might render it, with the kinds of drift asked for
 * (default: all). Inputs, forms, labels, `role`, `data-testid` and `aria-*` attributes are kept
 * (id references are renamed along with the ids), and so is all text.
 */
export function markupDrift(html: string, kinds: readonly MarkupDriftKind[] = MARKUP_DRIFT_KINDS): string {
  const doc = parse(html);
  const body = doc.body as HTMLElement;
  const on = new Set(kinds);
  // Structure first, words last: split words land inside the final elements.
  if (on.has('hashed ids and classes')) hashIdsAndClasses(body);
  if (on.has('div headings')) divHeadings(body);
  if (on.has('div buttons')) divButtons(body);
  if (on.has('right to left')) rightToLeft(doc);
  if (on.has('split words')) splitWords(body);
  return serialize(doc, html);
}

// ---------------------------------------------------------------------------------------------
// 3. Late portal

/** A dialog surface: `<dialog>`, `role="dialog"`/`"alertdialog"` or `aria-modal="true"`. */
export function isDialogElement(el: Element): boolean {
  if (lower(el) === 'dialog') return true;
  const roles = (el.getAttribute('role') ?? '').toLowerCase().split(/\s+/);
  return roles.includes('dialog') || roles.includes('alertdialog') || (el.getAttribute('aria-modal') ?? '').toLowerCase() === 'true';
}

/** The outermost (first, in document order) dialog surface of the body, if any. */
export function outermostDialog(doc: Document): Element | undefined {
  return descendants(doc.body).find(isDialogElement);
}

export const FEED_ARTICLES = 300;
/** The class Instagram's portal container carries. */
export const PORTAL_CLASS = 'x1n2onr6';

/** Everyday captions: no word a security screen uses. */
export const FEED_CAPTIONS = [
  'Sunset over the harbour after a long walk with friends.',
  'Fresh bread from the corner bakery this morning.',
  'The garden finally has tomatoes, small but sweet.',
  'Rainy Sunday, a good book and a pot of tea.',
  'Our dog learned to fetch the newspaper today.',
  'Weekend hike to the lake, the water was freezing.',
  'Cooking pasta with lemon and basil tonight.',
  'The concert last night was louder than we thought.',
  'Painted the kitchen a pale shade of green.',
  'First snow of the season on the mountain road.',
] as const;

/** A feed of `FEED_ARTICLES` posts, as a page renders before a dialog portals in. */
export function feedHtml(count = FEED_ARTICLES): string {
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = `user${100 + ((i * 37) % 900)}`;
    const caption = `${FEED_CAPTIONS[i % FEED_CAPTIONS.length]} ${FEED_CAPTIONS[(i * 7 + 3) % FEED_CAPTIONS.length]}`;
    posts.push(
      `<article><div><header><a href="/${user}/">${user}</a></header>` +
        `<div><img alt="Photo by ${user}"></div>` +
        `<div><span>${caption}</span></div>` +
        `<div><div role="button" tabindex="0">Like</div><div role="button" tabindex="0">Comment</div></div>` +
        `</div></article>`,
    );
  }
  return `<div>${posts.join('')}</div>`;
}

function beforeBodyEnd(html: string, insert: string): string {
  const at = html.lastIndexOf('</body>');
  if (at < 0) throw new Error('late portal: no </body> in the serialised page');
  return html.slice(0, at) + insert + html.slice(at);
}

export interface LatePortalParts {
  /** The page without its dialog, a long feed at the end of the body. */
  before: string;
  /** The dialog's outer HTML, as it was in the page. */
  dialogHtml: string;
  /** What arrives last in the body: the dialog in its portal container. */
  portalHtml: string;
}

/**
 * The page as a portalling app paints it: first without the dialog and with a long feed, then the
 * dialog appended as the body's last child in a portal container. `null` for a page with no dialog.
 * A browser test loads `before` and appends `portalHtml` (or `dialogHtml`) after first paint.
 */
export function latePortalParts(html: string): LatePortalParts | null {
  const doc = parseHtmlDocument(html);
  const dialog = outermostDialog(doc);
  if (!dialog) return null;
  const dialogHtml = asWritten(dialog.outerHTML, html);
  dialog.parentNode!.removeChild(dialog);
  const before = beforeBodyEnd(serialize(doc, html), feedHtml());
  return { before, dialogHtml, portalHtml: `<div class="${PORTAL_CLASS}">${dialogHtml}</div>` };
}

/** The page once the dialog came: `latePortalParts` joined. `null` for a page with no dialog. */
export function latePortal(html: string): string | null {
  const parts = latePortalParts(html);
  return parts && beforeBodyEnd(parts.before, parts.portalHtml);
}

// ---------------------------------------------------------------------------------------------
// 4. Address drift

/** Query strings real visits carry. */
export const DRIFT_QUERIES = [
  ['next', '%2F'],
  ['hl', 'ko'],
  ['redirect_after_login', '%2Fhome'],
] as const;

const X_HOST = /^((?:www|mobile)\.)?(x|twitter)\.com$/i;

/** Which platform a host belongs to, for "same host family" checks. */
export function hostFamily(host: string): string {
  const h = host.toLowerCase();
  if (X_HOST.test(h)) return 'x';
  if (h === 'instagram.com' || h.endsWith('.instagram.com')) return 'instagram';
  return h;
}

/**
 * The same screen at the addresses real visits use: a query string added (`&` when there is one,
 * skipped when the key is already there), the path's trailing slash dropped, and X's two hosts
 * swapped. Instagram hosts are never changed. Distinct, and never the address given.
 */
export function addressDrift(url: string): { name: string; url: string }[] {
  const base = new URL(url);
  const out: { name: string; url: string }[] = [];
  const seen = new Set([url, base.href]);
  const add = (name: string, u: URL) => {
    if (seen.has(u.href)) return;
    seen.add(u.href);
    out.push({ name, url: u.href });
  };
  for (const [key, value] of DRIFT_QUERIES) {
    if (base.searchParams.has(key)) continue;
    const u = new URL(base.href);
    u.search = `${u.search ? `${u.search}&` : '?'}${key}=${value}`;
    add(`query ${key}=${value}`, u);
  }
  if (base.pathname.length > 1 && base.pathname.endsWith('/')) {
    const u = new URL(base.href);
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    add('no trailing slash', u);
  }
  const m = X_HOST.exec(base.hostname);
  if (m) {
    const u = new URL(base.href);
    const other = m[2]!.toLowerCase() === 'x' ? 'twitter' : 'x';
    u.hostname = `${m[1] ?? ''}${other}.com`;
    add(`host ${u.hostname}`, u);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// All of them

/** Every variant of one fixture, grouped by family. */
export function variantsOf(f: { html: string; url: string; layout: string }): Record<VariantFamily, Variant[]> {
  const { html, url } = f;
  // Two made-up languages: always Armenian, then Hangul or Devanagari as the page's hash picks.
  const second: MadeUpScript = hash32(html) % 2 === 0 ? 'hangul' : 'devanagari';
  const unknown: Variant[] = [
    { name: 'unknown language: Armenian letters', html: unknownLanguage(html, 'hy', 'armenian'), url },
    { name: `unknown language: ${second === 'hangul' ? 'Hangul syllables' : 'Devanagari letters'}`, html: unknownLanguage(html, second, second), url },
  ];
  const drift: Variant[] = [
    ...MARKUP_DRIFT_KINDS.map((kind) => ({ name: `markup drift: ${kind}`, html: markupDrift(html, [kind]), url })),
    { name: 'markup drift: all combined', html: markupDrift(html, MARKUP_DRIFT_KINDS), url },
  ];
  const portal = latePortal(html);
  return {
    'unknown language': unknown,
    'markup drift': drift,
    'late portal': portal === null ? [] : [{ name: 'late portal: dialog appended after a 300-post feed', html: portal, url }],
    'address drift': addressDrift(url).map((a) => ({ name: `address drift: ${a.name}`, html, url: a.url })),
  };
}
