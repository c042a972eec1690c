import type { InputMeta, Snapshot, TextRole } from '../engine/types';
import { INLINE_TAGS, roleOf, textRolesOf } from './roles';
import { isHidden, SKIPPED_TAGS } from './visibility';

export interface SnapshotLimits {
  /** Elements visited before the walk stops (a 65 000-element page must stay cheap). */
  maxElements: number;
  /** Characters kept of the page's whole text. */
  maxPageText: number;
  /** Characters kept per heading, dialog, button… */
  maxItemText: number;
  /** Items kept per role, inputs and test ids. */
  maxItems: number;
}

export const DEFAULT_LIMITS: SnapshotLimits = { maxElements: 20_000, maxPageText: 20_000, maxItemText: 2_000, maxItems: 200 };

interface Collector {
  role: TextRole;
  parts: string[];
  length: number;
}

const ELEMENT = 1;
const TEXT = 3;

/**
 * Walks the document once, iteratively (a page nested 5 000 deep must not blow the stack), and
 * collects visible text by role plus input metadata. Never reads `.value`, never forces layout.
 */
export function takeSnapshot(doc: Document, url: string, limits: SnapshotLimits = DEFAULT_LIMITS): Snapshot {
  const texts: Record<TextRole, string[]> = { heading: [], dialog: [], alert: [], button: [], label: [], text: [] };
  const inputs: InputMeta[] = [];
  const testids = new Set<string>();
  const roles = new Set<string>();
  const page: string[] = [];
  let pageLength = 0;
  let elements = 0;
  let truncated = false;

  const open: Collector[] = [];
  const addText = (text: string) => {
    if (pageLength < limits.maxPageText) {
      page.push(text);
      pageLength += text.length;
    } else truncated = true;
    for (const c of open) {
      if (c.length < limits.maxItemText) {
        c.parts.push(text);
        c.length += text.length;
      }
    }
  };

  // Stack of nodes to enter; `null` entries close the element opened just before their children.
  type Frame = { node: Node; closes: Collector[]; block: boolean } | null;
  const stack: Frame[] = [];
  const closing: { closes: Collector[]; block: boolean }[] = [];
  const root = doc.body ?? doc.documentElement;
  if (root) stack.push({ node: root, closes: [], block: true });

  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame === null) {
      const done = closing.pop()!;
      if (done.block) addText(' ');
      for (const c of done.closes) {
        open.splice(open.lastIndexOf(c), 1);
        const text = c.parts.join('').replace(/\s+/g, ' ').trim();
        if (text !== '' && texts[c.role].length < limits.maxItems) texts[c.role].push(text);
      }
      continue;
    }
    const { node } = frame;
    if (node.nodeType === TEXT) {
      const data = node.nodeValue;
      if (data) addText(data);
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    if (++elements > limits.maxElements) {
      truncated = true;
      break;
    }
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(el, tag)) continue;

    const role = roleOf(el, tag);
    if (role) roles.add(role);
    const testid = el.getAttribute('data-testid');
    if (testid && testids.size < limits.maxItems) testids.add(testid);

    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      if (inputs.length < limits.maxItems) inputs.push(inputMeta(el, tag));
      const described = el.getAttribute('aria-label') ?? el.getAttribute('placeholder');
      if (described && texts.label.length < limits.maxItems) texts.label.push(described.trim());
      if (tag !== 'select') continue; // a textarea's children are its (typed) value
    }

    const collectors = textRolesOf(el, tag, role).map((r): Collector => ({ role: r, parts: [], length: 0 }));
    const ariaLabel = el.getAttribute('aria-label');
    for (const c of collectors) {
      open.push(c);
      if (ariaLabel && (c.role === 'button' || c.role === 'dialog')) c.parts.push(ariaLabel, ' ');
    }
    const block = !INLINE_TAGS.has(tag);
    if (block) addText(' ');
    closing.push({ closes: collectors, block });
    stack.push(null);
    // Push children in reverse so they pop in document order.
    const children: Node[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, closes: [], block: false });
  }

  const pageText = page.join('').replace(/\s+/g, ' ').trim();
  if (pageText !== '') texts.text.push(pageText);
  return {
    url,
    lang: (doc.documentElement?.getAttribute('lang') ?? '').trim(),
    texts,
    inputs,
    testids: [...testids],
    roles: [...roles],
    truncated,
  };
}

function inputMeta(el: Element, tag: InputMeta['tag']): InputMeta {
  const meta: InputMeta = { tag };
  const attr = (name: string) => el.getAttribute(name) ?? undefined;
  // Attributes only. `value` is deliberately absent: it may be what the person typed.
  const pairs: [keyof InputMeta, string | undefined][] = [
    ['type', tag === 'input' ? (attr('type') ?? 'text') : undefined],
    ['name', attr('name')],
    ['autocomplete', attr('autocomplete')],
    ['inputmode', attr('inputmode')],
    ['testid', attr('data-testid')],
    ['aria_label', attr('aria-label')],
    ['placeholder', attr('placeholder')],
  ];
  for (const [key, value] of pairs) if (value !== undefined && key !== 'tag') (meta as unknown as Record<string, string>)[key] = value;
  return meta;
}
