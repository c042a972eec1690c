import { describe, describeAll, evaluate } from './conditions';
import { prepare, type PreparedSnapshot } from './prepare';
import type { ConditionTrace, Kind, Match, RuleTrace, Snapshot, TableRule } from './types';

const KIND_ORDER: Record<Kind, number> = { blocking: 0, warning: 1, info: 2 };

/** Ranks every rule that matches the snapshot, best first. Pure and synchronous. */
export function match(rules: readonly TableRule[], snapshot: Snapshot): Match[] {
  const page = prepare(snapshot);
  return page ? rank(rules, page) : [];
}

/**
 * `match` on a snapshot already prepared: a caller matching a big table a part at a time prepares
 * the snapshot once (the content script, src/observe/recogniser.ts).
 */
export function rank(rules: readonly TableRule[], page: PreparedSnapshot): Match[] {
  const out: Ranked[] = [];
  for (const rule of rules) {
    const result = matchRule(rule, page);
    if (result) out.push({ id: rule.id, kind: rule.kind, secondary: rule.secondary === true, ...result });
  }
  return out.sort(byRank).map(({ id, score, evidence }) => ({ id, score, evidence }));
}

type Ranked = Match & { kind: Kind; secondary: boolean };

/** Primary rules before secondary ones, then score, then blocking before info, then id. */
function byRank(a: Ranked, b: Ranked): number {
  return Number(a.secondary) - Number(b.secondary) || b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Cheap tests first, stopping at the first failure: host, then `all`, then `none`, then `any`.
 */
function matchRule(rule: TableRule, page: PreparedSnapshot): { score: number; evidence: string[] } | null {
  if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) return null;
  let score = 0;
  const evidence: string[] = [];
  for (const cond of rule.all) {
    const hit = evaluate(cond, page);
    if (hit === null) return null;
    score += cond.w;
    evidence.push(describe(cond, hit));
  }
  for (const cond of rule.none) if (evaluate(cond, page) !== null) return null;
  let held = 0;
  for (const cond of rule.any) {
    const hit = evaluate(cond, page);
    if (hit === null) continue;
    held++;
    score += cond.w;
    evidence.push(describe(cond, hit));
  }
  if (held < rule.minAny) return null;
  return { score, evidence };
}

/** Every rule's every condition, held or not, and why a rule failed. For replay and `--explain`. */
export function explain(rules: readonly TableRule[], snapshot: Snapshot): RuleTrace[] {
  const page = prepare(snapshot);
  return rules.map((rule) => {
    const conditions: ConditionTrace[] = [];
    const trace = (group: ConditionTrace['group'], list: TableRule['all']) =>
      list.map((cond) => {
        const hit = page ? evaluate(cond, page) : null;
        conditions.push({ group, condition: hit === null ? describeAll(cond) : describe(cond, hit), held: hit !== null, weight: cond.w });
        return hit !== null;
      });
    const all = trace('all', rule.all);
    const any = trace('any', rule.any);
    const none = trace('none', rule.none);
    const score = conditions.filter((c) => c.held && c.group !== 'none').reduce((s, c) => s + c.weight, 0);
    const heldAny = any.filter(Boolean).length;
    let reason: string | undefined;
    if (!page) reason = `URL "${snapshot.url}" cannot be parsed`;
    else if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) reason = `host ${page.host} is not one of ${rule.hosts.join(', ')}`;
    else if (all.includes(false)) reason = `${all.filter((h) => !h).length} of ${all.length} "all" conditions failed`;
    else if (none.includes(true)) reason = `an excluding ("none") condition held`;
    else if (heldAny < rule.minAny) reason = `${heldAny} of the ${rule.minAny} required "any" conditions held`;
    return { id: rule.id, matched: reason === undefined, score: reason === undefined ? score : 0, reason, conditions };
  });
}
