import { liveAt, type LiveRule } from '../engine/live';
import { isStepAddress } from '../engine/security-step';
import { INPUT_ATTRS, type TableRule } from '../engine/types';
import { DIALOG_OR_ALERT } from '../page/roles';

/**
 * What the content script watches and reads at one address, from where the rules live there
 * (src/engine/live.ts), and the rules that can match there (`rules`: no other can, so a look
 * matches only these):
 *   idle     — no rule can match here: nothing is observed until the address changes;
 *   page     — some live rule names this address (a login step, a challenge, a security settings
 *              page), or the address is a verification step of the platform (`step`: a screen no
 *              rule knows yet may show there, and the panel says so): the whole page is read, and
 *              any change to it may matter;
 *   surfaces — the live rules' screens can only come over this page (a feed): as a dialog or an
 *              alert, or a form holding a field a rule looks for. Only those are found (`find`) and
 *              read; a change elsewhere — a feed item, however many — is never read at all.
 */
export type Scope =
  | { kind: 'idle' }
  | { kind: 'page'; rules: readonly TableRule[]; step: boolean }
  | { kind: 'surfaces'; rules: readonly TableRule[]; find: string; fields: string };

export const IDLE: Scope = { kind: 'idle' };
/** Field metadata matched exactly, by attribute: the first five (labels and placeholders are words; whether a field is empty is asked of it). */
const EXACT: readonly string[] = INPUT_ATTRS.slice(0, 5);

/**
 * The fields the surface rules look for, as one selector: each condition's exact attributes, behind
 * the field's tag (a test Chromium answers first, so the rest of a feed costs next to nothing). A
 * field without `type` is a text field.
 */
function fieldSelector(rules: readonly TableRule[]): string {
  const out = new Set<string>();
  for (const rule of rules) {
    for (const c of [...rule.all, ...rule.any]) {
      if (c.k !== 'input') continue;
      const attr = (a: string, v: string) =>
        a === 'type' && v === 'text' ? ':is([type=text i],:not([type]))' : `[${a === 'testid' ? 'data-testid' : a}=${JSON.stringify(v)} i]`;
      const attrs = Object.entries(c.v)
        .map(([a, v]) => (EXACT.includes(a) ? attr(a, v) : ''))
        .join('');
      if (attrs) out.add(attrs);
    }
  }
  const list = [...out].join();
  return list ? ['input', 'textarea', 'select'].map((tag) => `${tag}:is(${list})`).join() : '';
}

/** The scope at an address, from the rules live there (`liveAt`). */
export function scopeOf(live: readonly LiveRule[]): Scope {
  if (live.length === 0) return IDLE;
  const rules = live.map((l) => l.rule);
  if (live.some((l) => l.place === 'page')) return { kind: 'page', rules, step: false };
  const fields = fieldSelector(rules);
  return { kind: 'surfaces', rules, find: fields ? `${DIALOG_OR_ALERT},${fields}` : DIALOG_OR_ALERT, fields };
}

/**
 * The scope at `url` for this rule table: worked out at start, after each navigation and when packs
 * change. A verification step's address is read whole even when no rule is live there, so that an
 * unknown screen on it is noticed (a login page is small; a feed is never a step).
 */
export function scopeAt(table: readonly TableRule[], url: string): Scope {
  const scope = scopeOf(liveAt(table, url));
  if (!isStepAddress(url)) return scope;
  return { kind: 'page', rules: scope.kind === 'idle' ? [] : scope.rules, step: true };
}
