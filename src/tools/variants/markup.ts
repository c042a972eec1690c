/** 2. Markup drift: the same screen rebuilt — hashed ids and classes, div headings and buttons, split words, right to left. */
import { TEXT_ONLY, descendants, hash32, lower, parse, retag, serialize, textNodes } from './dom';

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
      if (v)
        el.setAttribute(
          a,
          v.replace(/\S+/g, (ref) => hashedName(`#${ref}`)),
        );
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1 && referenced.has(href.slice(1)))
      el.setAttribute('href', `#${hashedName(`#${href.slice(1)}`)}`);
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
const BUTTON_ONLY_ATTRS = new Set([
  'type',
  'name',
  'value',
  'form',
  'formaction',
  'formenctype',
  'formmethod',
  'formnovalidate',
  'formtarget',
  'disabled',
  'autofocus',
  'popovertarget',
  'popovertargetaction',
]);

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
