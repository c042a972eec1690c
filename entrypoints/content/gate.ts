import { normalize } from '../../src/engine/normalize';
import type { TableRule } from '../../src/engine/types';

/**
 * A cheap test, run on each changed node before any snapshot: could this node possibly change what
 * the rules see? Built once from the match table at start (uBlock habit: structural prefilters
 * first, text last). It answers yes when the node's subtree
 *   - has an element some condition looks for structurally (a test id, a role, an input), or
 *   - has text (or an aria-label / placeholder) holding an "anchor": the longest word of some phrase
 *     of some condition (all / any / none alike), matched as a substring so words merged across
 *     element boundaries still count, or
 *   - holds more text than is worth checking.
 * A feed item without a single anchor is skipped, so a mutation storm on a feed costs a few
 * `textContent` reads instead of a full snapshot per frame. A false positive costs one snapshot.
 * Known gap: text already on the page beyond the snapshot's text cap that a removal brings within it.
 */
const TEXT_KINDS = ['heading', 'dialog', 'alert', 'button', 'label', 'text'];
/** Input metadata read from an attribute of the same name (aria_label / placeholder are anchors). */
const INPUT_ATTRS: Record<string, string> = { type: 'type', name: 'name', autocomplete: 'autocomplete', inputmode: 'inputmode', testid: 'data-testid' };
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_APOSTROPHES = /['`]/g;
/** Subtrees with more text than this are not inspected: they count as relevant. */
const MAX_TEXT = 4_000;

export interface Gate {
  /** May this (added, removed or changed) node change the snapshot's verdict? `maxText`: see MAX_TEXT. */
  carries(node: Node, maxText?: number): boolean;
  /** Can a removal matter while nothing is recognised? Only when some rule has exclusions. */
  removals: boolean;
  /** May this text (a changed text node, aria-label or placeholder) hold a phrase? */
  text(value: string | null): boolean;
}

export function createGate(table: readonly TableRule[]): Gate {
  // Longest word of a phrase → the second-longest words that must come with it ('' when none).
  const anchors = new Map<string, Set<string>>();
  const selectors = new Set<string>();
  const removals = table.some((r) => r.none.length > 0);
  const attr = (name: string, value: string) => `[${name}=${JSON.stringify(value)} i]`;
  const phrase = (p?: string) => {
    const [first, second = ''] = normalize(p ?? '').split(' ').sort((a, b) => b.length - a.length);
    if (first) anchors.set(first, (anchors.get(first) ?? new Set()).add(second));
  };
  for (const rule of table) {
    for (const c of [...rule.all, ...rule.any, ...rule.none]) {
      const values = c.v as string[] & Record<string, string>;
      if (TEXT_KINDS.includes(c.k)) values.forEach(phrase);
      else if (c.k === 'testid') for (const t of values) selectors.add(attr('data-testid', t));
      else if (c.k === 'role') for (const r of values) selectors.add(attr('role', r) + (r === 'dialog' ? ',dialog' : ''));
      else if (c.k === 'input') {
        phrase(values.aria_label);
        phrase(values.placeholder);
        selectors.add(`:is(input,textarea,select)${Object.keys(values).map((a) => (INPUT_ATTRS[a] ? attr(INPUT_ATTRS[a], values[a]!) : '')).join('')}`);
      }
    }
  }
  const anchorRe = new RegExp([...anchors.keys()].join('|') || '$^', 'g');
  const structural = [...selectors].join(',') || ':not(*)';

  // Both of some phrase's two longest words occur: only then can the phrase.
  const text = (value: string | null, maxText = MAX_TEXT): boolean => {
    if (!value) return false;
    if (value.length > maxText) return true;
    // ASCII text needs no Unicode folding: lower case and joined apostrophes are all normalize adds.
    const t = ASCII.test(value) ? value.toLowerCase().replace(ASCII_APOSTROPHES, '') : normalize(value);
    anchorRe.lastIndex = 0;
    for (let hit = anchorRe.exec(t); hit; hit = anchorRe.exec(t)) {
      for (const second of anchors.get(hit[0])!) if (t.includes(second)) return true;
    }
    return false;
  };

  return {
    text,
    removals,
    carries(node, maxText) {
      if (node.nodeType === 3) return text(node.nodeValue, maxText);
      if (node.nodeType !== 1) return false;
      const el = node as Element;
      if (el.matches(structural) || el.querySelector(structural)) return true;
      let all = el.textContent ?? '';
      for (const labelled of [el, ...el.querySelectorAll('[aria-label],[placeholder]')]) all += ` ${labelled.getAttribute('aria-label') ?? ''} ${labelled.getAttribute('placeholder') ?? ''}`;
      return text(all, maxText);
    },
  };
}
