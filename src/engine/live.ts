import { evaluate } from './conditions';
import { prepare } from './prepare';
import type { Snapshot, TableRule } from './types';

/**
 * The rules that can still match at `url`, whatever the page shows: their host is this one and every
 * URL condition they require (`path` in `all`) holds. Everything else needs a navigation, never a
 * DOM change, to match — so on a feed (`/`, `/home`) the content script inspects changes only for
 * the few topics whose screen can appear anywhere, and on most pages for none.
 */
export function rulesLiveAt(rules: readonly TableRule[], url: string): TableRule[] {
  const page = prepare({ url, lang: '', texts: {} as Snapshot['texts'], inputs: [], testids: [], roles: [], truncated: false });
  if (!page) return [];
  return rules.filter((rule) => (rule.hosts.length === 0 || rule.hosts.includes(page.host)) && rule.all.every((c) => c.k !== 'path' || evaluate(c, page) !== null));
}
