import { evaluate } from './conditions';
import { prepare, type PreparedSnapshot } from './prepare';
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

/**
 * The rules that can still match at `url`, and where: their host is this one, every URL condition
 * they require (`path` in `all`) holds, none they exclude does, and enough of their `any` conditions
 * are left to reach `minAny`. Everything else needs a navigation, never a DOM change, to match — so
 * on a feed (`/`, `/home`) the content script looks only for the few topics whose screen can come
 * over any page, and on most pages for none.
 */
export function liveAt(rules: readonly TableRule[], url: string): LiveRule[] {
  const page = prepare({ url, lang: '', texts: {} as Snapshot['texts'], inputs: [], testids: [], roles: [], truncated: false });
  if (!page) return [];
  const holds = (c: Condition) => evaluate(c, page as PreparedSnapshot) !== null;
  const out: LiveRule[] = [];
  for (const rule of rules) {
    if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) continue;
    if (rule.all.some((c) => isPath(c) && !holds(c)) || rule.none.some((c) => isPath(c) && holds(c))) continue;
    const anyLeft = rule.any.filter((c) => !isPath(c) || holds(c)).length;
    if (anyLeft < rule.minAny) continue;
    out.push({ rule, place: [...rule.all, ...rule.any].some((c) => isPath(c) && holds(c)) ? 'page' : 'surface' });
  }
  return out;
}

/** The rules that can still match at `url` (see `liveAt`). */
export function rulesLiveAt(rules: readonly TableRule[], url: string): TableRule[] {
  return liveAt(rules, url).map((l) => l.rule);
}
