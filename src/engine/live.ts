import { evaluate } from './conditions';
import { prepare, type PreparedSnapshot } from './prepare';
import { familyAt, stepsOverAPage } from './steps';
import type { Condition, Snapshot, TableRule } from './types';

/**
 * Where a rule's screen can be at an address, whatever the page shows:
 *   page    — one of its URL conditions holds here: this address is one of its screens, and the
 *             whole page is what it reads (a login step, a challenge, a security settings page);
 *   surface — none names this address: its screen can only come over whatever page this is, as a
 *             dialog, an alert or a form asking for a code (a feed, a profile). Nothing else on such
 *             a page can hold it.
 */
export type Place = 'page' | 'surface';
export interface LiveRule {
  rule: TableRule;
  place: Place;
}

const isPath = (c: Condition) => c.k === 'path';
const isStep = (c: Condition) => c.k === 'step';

/**
 * The rules that can still match at `url`, and where: their host is this one; if they are tied to
 * steps (steps.ts), one of them can be at this address — or, at an address of no step, their screen
 * can come over the page (`surface`); every URL or step condition they require can hold, none they
 * exclude does, and enough of their `any` conditions are left to reach `minAny` (or a step among
 * them can hold, which implies the topic). Everything else needs a navigation, never a DOM change,
 * to match — so on a feed (`/`, `/home`) the content script looks only for the few topics whose
 * screen can come over any page, and on most pages for none.
 */
export function liveAt(rules: readonly TableRule[], url: string): LiveRule[] {
  const page = prepare({ url, lang: '', texts: {} as Snapshot['texts'], inputs: [], testids: [], roles: [], truncated: false });
  if (!page) return [];
  const family = new Set(familyAt(page.host, page.path).map((s) => s.id));
  // At an address of no family, the steps that can come over any page (a form as a dialog) are possible.
  const over = new Set(family.size === 0 ? stepsOverAPage(page.host).map((s) => s.id) : []);
  const here = (steps: readonly string[]) => steps.some((s) => family.has(s) || over.has(s));
  // Can the condition hold at this address, whatever the page shows? Path: it holds or not; step: one
  // of its steps is in this address's family; anything else depends on the page.
  const can = (c: Condition) => (isPath(c) ? evaluate(c, page as PreparedSnapshot) !== null : isStep(c) ? here(c.v) : true);
  const out: LiveRule[] = [];
  for (const rule of rules) {
    if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) continue;
    if (rule.steps && !here(rule.steps) && (family.size > 0 || !rule.surface)) continue;
    if (rule.all.some((c) => !can(c)) || rule.none.some((c) => isPath(c) && can(c))) continue;
    const anyLeft = rule.any.filter(can).length;
    if (anyLeft < rule.minAny && !rule.any.some((c) => isStep(c) && can(c))) continue;
    // Named by this address (a path or a step of its family): its screen is the page. A step that can
    // only come over the page (`over`) is a surface like any dialog.
    const ofFamily = (steps: readonly string[]) => steps.some((s) => family.has(s));
    const named =
      [...rule.all, ...rule.any].some((c) => (isPath(c) && can(c)) || (isStep(c) && ofFamily(c.v))) ||
      (rule.steps !== undefined && ofFamily(rule.steps));
    out.push({ rule, place: named ? 'page' : 'surface' });
  }
  return out;
}

/** The rules that can still match at `url` (see `liveAt`). */
export function rulesLiveAt(rules: readonly TableRule[], url: string): TableRule[] {
  return liveAt(rules, url).map((l) => l.rule);
}
