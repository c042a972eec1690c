import { LOADING_ELEMENTS } from '../page/loading-elements';
import { isHidden } from '../page/visibility';

/**
 * DOM → sanitised HTML text, for the page copy inside a snapshot file. Runs on a live page (the
 * content script, on demand) and on a DOM parsed in Node (linkedom, for the CLI).
 *
 * Rather than cloning the page and deleting what is unsafe, it walks the DOM once and writes out only
 * what is known to be safe — an allow-list serialiser. The result is the same as "clone, then strip"
 * but cannot forget an attribute nobody thought of, never copies a 65 000-element page, and reads
 * attributes with getAttribute only (never `.value`: what a person typed is not in the DOM tree).
 *
 * Kept: elements other than the dropped ones below, text, and the attributes in KEEP_ATTRS. Text and
 * text attributes pass through `redact` (report/redact.ts's redactText where the copy is saved; the
 * content script passes none, so redaction rides in the side panel instead of on every page). Dropped: scripts, styles, frames, plugins, SVG/MathML, forms' targets, every
 * on* handler, style, href/src/srcset/action/formaction (no outbound URL survives), input values and
 * checked/selected state, textarea contents, comments, and hidden elements (as the snapshot skips them).
 */

const DROPPED = new Set([
  ...LOADING_ELEMENTS,
  // Besides: what holds no words of the screen, or draws outside the HTML the copy keeps.
  'meta',
  'head',
  'title',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'param',
]);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'wbr']);
/** Attributes copied as they are (identifiers and structure). */
const KEEP_ATTRS = new Set([
  'id',
  'class',
  'role',
  'name',
  'type',
  'autocomplete',
  'inputmode',
  'for',
  'lang',
  'dir',
  'open',
  'disabled',
  'readonly',
  'required',
  'maxlength',
  'minlength',
  'colspan',
  'rowspan',
  'data-testid',
  'tabindex',
]);
/** Attributes copied redacted (text a person may read). */
const TEXT_ATTRS = new Set(['aria-label', 'aria-description', 'placeholder', 'title', 'alt']);

export interface SanitizeLimits {
  /** Elements written before the copy stops (and says so). */
  maxElements: number;
  /** Characters of HTML written before the copy stops. */
  maxChars: number;
}

export const DEFAULT_SANITIZE_LIMITS: SanitizeLimits = { maxElements: 20_000, maxChars: 2_000_000 };

export interface SanitizedPage {
  /** The sanitised markup of the root element's content. */
  html: string;
  /** True when a limit cut the copy short. */
  truncated: boolean;
}

const ELEMENT = 1;
const TEXT = 3;

const escapeText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Only plain lower-case names are written: anything odd ("x/onload", namespaced) is dropped. */
const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

/** Sanitised HTML of `root`'s children (usually `document.body`). Iterative: deep pages cannot overflow. */
export function sanitizeElement(
  root: Element,
  limits: SanitizeLimits = DEFAULT_SANITIZE_LIMITS,
  redact: (text: string) => string = (text) => text,
): SanitizedPage {
  const out: string[] = [];
  let chars = 0;
  let elements = 0;
  let truncated = false;
  const write = (s: string) => {
    out.push(s);
    chars += s.length;
  };
  // A string entry is a closing tag to write when it pops.
  const stack: (Node | string)[] = [];
  const pushChildren = (el: Node) => {
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      write(item);
      continue;
    }
    if (chars > limits.maxChars) {
      truncated = true;
      break;
    }
    if (item.nodeType === TEXT) {
      if (item.nodeValue) write(escapeText(redact(item.nodeValue)));
      continue;
    }
    if (item.nodeType !== ELEMENT) continue; // comments, processing instructions
    if (++elements > limits.maxElements) {
      truncated = true;
      break;
    }
    const el = item as Element;
    const tag = el.tagName.toLowerCase();
    if (DROPPED.has(tag) || !SAFE_NAME.test(tag) || isHidden(el, tag)) continue;
    let open = `<${tag}`;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (KEEP_ATTRS.has(name) || name.startsWith('aria-')) {
        open += ` ${name}="${escapeAttr(TEXT_ATTRS.has(name) || name.startsWith('aria-') ? redact(attr.value) : attr.value)}"`;
      } else if (TEXT_ATTRS.has(name)) {
        open += ` ${name}="${escapeAttr(redact(attr.value))}"`;
      }
    }
    write(`${open}>`);
    if (VOID.has(tag)) continue;
    stack.push(`</${tag}>`);
    if (tag !== 'textarea') pushChildren(el); // a textarea's content is its (typed) value
  }
  // Close whatever a cut left open, so the copy still parses as intended.
  if (truncated) for (let i = stack.length - 1; i >= 0; i--) if (typeof stack[i] === 'string') write(stack[i] as string);
  return { html: out.join(''), truncated };
}

/**
 * A complete, inert document around a sanitised copy: a CSP that forbids every load and script
 * (belt and braces: the replay page also renders it in a sandboxed iframe without allow-scripts).
 */
export function inertDocument(page: SanitizedPage, lang: string): string {
  const safeLang = /^[A-Za-z0-9-]{0,35}$/.test(lang) ? lang : '';
  return (
    `<!DOCTYPE html><html lang="${safeLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<style>body{font:14px/1.4 system-ui,sans-serif;margin:16px}[role=dialog],dialog{border:1px solid #999;padding:12px;display:block;position:static}</style>` +
    `</head><body>${page.html}</body></html>`
  );
}
