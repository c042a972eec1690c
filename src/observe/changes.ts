import { DIALOG_OR_ALERT } from '../page/roles';
import { INLINE_HIDDEN } from '../page/visibility';
import type { Scope } from './scope';

/**
 * Does a batch of mutation records call for a pass? Decided as the observer delivers them, reading
 * as little as the scope allows:
 *   page     — any change but our own card's, <head>'s, or a style that neither hides nor shows;
 *   surfaces — a change inside a candidate surface, or one that adds (or, after a pass that read
 *              something, removes) a node that is or holds one: one native `closest`, `matches` or
 *              `querySelector` per record or node, never a read of a feed item's text or labels.
 * The language of the page counts everywhere. A batch too big to look through calls for a pass,
 * which finds the surfaces with one query instead.
 */
export type Verdict = { kind: 'ignore' } | { kind: 'look'; why: 'page' | 'surface' | 'language' | 'many' };

export interface ChangeContext {
  scope: Scope;
  /** The document element (its `lang` is the page's language). */
  root: Element;
  head: Element | null;
  /** Did the last look find anything to read (a surface)? Only then can a removal change what the rules see. */
  read: boolean;
  /** Our own hint card's host: its coming and going is never a change to the page. */
  isOurs(node: Node): boolean;
}

const IGNORE: Verdict = { kind: 'ignore' };
const look = (why: 'page' | 'surface' | 'language' | 'many'): Verdict => ({ kind: 'look', why });
/** Nodes looked at in one batch before the pass is left to find surfaces itself (a 100 000-node storm). */
const MAX_NODES = 2_000;

// Of a style, the snapshot reads only whether it hides the element: pages animate styles every
// frame, and a container's new opacity must not count.
const hides = (style: string | null) => INLINE_HIDDEN.test(style ?? '');
const styleOnly = (r: MutationRecord) =>
  r.attributeName === 'style' && hides(r.oldValue) === hides((r.target as Element).getAttribute('style'));

export function classify(records: readonly MutationRecord[], c: ChangeContext): Verdict {
  const { scope } = c;
  if (scope.kind === 'idle') return IGNORE;
  let budget = MAX_NODES;
  // Records of one batch mostly share a target (the feed): ask once whether it lies in a surface.
  let lastTarget: Node | null = null;
  let lastInside = false;
  const inside = (node: Node, fields: string) => {
    if (node !== lastTarget) {
      lastTarget = node;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      lastInside = !!el && (el.closest(DIALOG_OR_ALERT) !== null || (!!fields && !!el.closest('form')?.querySelector(fields)));
    }
    return lastInside;
  };
  // Indexed: NodeList iterators cost more than the test.
  // Past the budget, a node counts as holding a surface: the look then finds them all with one query.
  const holds = (nodes: ArrayLike<Node>, find: string) => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (--budget < 0) return true;
      if (n.nodeType === 1 && ((n as Element).matches(find) || (n as Element).querySelector(find) !== null) && !c.isOurs(n)) return true;
    }
    return false;
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const type = r.type;
    if (type === 'attributes') {
      if (r.attributeName === 'lang' && r.target === c.root) return look('language');
      if (styleOnly(r)) continue;
    }
    if (scope.kind === 'page') {
      if (c.isOurs(r.target) || c.head?.contains(r.target) || (type === 'childList' && onlyOurs(r, c))) continue;
      return look('page');
    }
    const { find, fields } = scope;
    if (--budget < 0) return look('many');
    if (type === 'childList') {
      // A removal matters only once a pass has read something (a surface can then go).
      const added = r.addedNodes;
      if (added.length === 0 && !c.read) continue;
      if (inside(r.target, fields) || holds(added, find) || (c.read && holds(r.removedNodes, find))) return look('surface');
    } else if (inside(r.target, fields) || (type === 'attributes' && holds([r.target], find))) {
      // Text changed in a surface; or an element given a role, shown, renamed: it may now be, hold or lie in one.
      return look('surface');
    }
  }
  return IGNORE;
}

/** Our card's host comes and goes alone, a record of its own. */
const onlyOurs = (r: MutationRecord, c: ChangeContext) => c.isOurs(r.addedNodes[0] ?? r.removedNodes[0]!);
