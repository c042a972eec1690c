import { DIALOG } from '../page/roles';
import { isHidden } from '../page/visibility';
import type { Scope } from './scope';

/** Regions read in one pass at most: the walk's element cap bounds them too. */
const MAX_REGIONS = 200;

/**
 * What a pass reads (scope.ts): nothing while idle; the whole page where the address is a screen's
 * own; else the candidate surfaces there now — dialogs and alerts, and forms holding a field a rule
 * looks for — found with one native query, outermost only, in document order, none that a hidden
 * ancestor hides (the walk itself skips what hides below).
 */
export function regionsOf(doc: Document, scope: Scope): Element[] {
  const body = doc.body ?? doc.documentElement;
  if (scope.kind === 'idle' || !body) return [];
  // The whole page, its open dialogs first: a dialog appended at the end of a long page would
  // otherwise be read last, past the walk's caps (the walk reads each element once).
  if (scope.kind === 'page') return [...outermost(doc.querySelectorAll(DIALOG)), body];
  const found = doc.querySelectorAll(scope.find);
  const out: Element[] = [];
  for (let i = 0; i < found.length && out.length < MAX_REGIONS; i++) {
    let region = found[i]!;
    // A field is read with its form: the code field's heading and buttons are beside it, not in it.
    if (scope.fields && region.matches(scope.fields)) region = region.closest('form') ?? region;
    // Document order: a region already kept that this one holds is the last kept (a form found by a
    // field after an alert inside it).
    while (out.length > 0 && region.contains(out[out.length - 1]!)) out.pop();
    const last = out[out.length - 1];
    if (last?.contains(region) || hiddenAbove(region)) continue;
    out.push(region);
  }
  return out;
}

function outermost(found: NodeListOf<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < found.length && out.length < MAX_REGIONS; i++) {
    const el = found[i]!;
    if (out[out.length - 1]?.contains(el) || hiddenAbove(el)) continue;
    out.push(el);
  }
  return out;
}

function hiddenAbove(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (isHidden(a, a.localName)) return true;
  return false;
}
