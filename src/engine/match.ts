import { describe, describeAll, evaluate, signOf } from './conditions';
import { prepare, type PreparedSnapshot } from './prepare';
import type { ConditionTrace, Kind, Match, RuleTrace, Snapshot, TableRule, TraceWhy } from './types';

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
    if (result) out.push({ id: rule.id, kind: rule.kind, secondary: rule.secondary === true, ofStep: ofStep(rule, page), ...result });
  }
  return out.sort(byRank).map(({ id, score, evidence }) => ({ id, score, evidence }));
}

type Ranked = Match & { kind: Kind; secondary: boolean; ofStep: boolean };

/** Is the rule one of the topics of the step the page is at (false at no step, or for a rule tied to none)? */
const ofStep = (rule: TableRule, page: PreparedSnapshot) => page.step !== null && rule.steps?.includes(page.step.id) === true;

/**
 * The ranking, written down in ARCHITECTURE.md: primary rules before secondary ones; then the topics
 * of the page's step before a rule tied to no step (a rule pack's, written without steps); then score;
 * then blocking before info; then id.
 */
function byRank(a: Ranked, b: Ranked): number {
  return (
    Number(a.secondary) - Number(b.secondary) ||
    Number(b.ofStep) - Number(a.ofStep) ||
    b.score - a.score ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Can the rule match at the page's step (see `TableRule.steps`)? */
const onStep = (rule: TableRule, page: PreparedSnapshot): boolean =>
  !rule.steps || (page.step ? rule.steps.includes(page.step.id) : rule.surface === true);

/** Why a rule cannot match at the page's step, or null when it can: for `explain` only. */
function offStep(rule: TableRule, page: PreparedSnapshot): TraceWhy | null {
  if (!rule.steps) return null;
  if (!page.step) return rule.surface ? null : { code: 'no-step', steps: rule.steps };
  return rule.steps.includes(page.step.id) ? null : { code: 'step', step: page.step.id, steps: rule.steps };
}

/** A failure in English, for the CLI's `--explain` and logs (the pages say it in their language). */
export function whyText(why: TraceWhy, url = ''): string {
  switch (why.code) {
    case 'url':
      return `URL "${url}" cannot be parsed`;
    case 'host':
      return `host ${why.host} is not one of ${why.hosts.join(', ')}`;
    case 'no-step':
      return `the page is at no step, and this topic's screen is a step (${why.steps.join(', ')}), not a surface over a page`;
    case 'step':
      return `the page is at step ${why.step}, not one of this topic's (${why.steps.join(', ')})`;
    case 'all':
      return `${why.failed} of ${why.of} "all" conditions failed`;
    case 'none':
      return `an excluding ("none") condition held`;
    case 'any':
      return `${why.held} of the ${why.needed} required "any" signs held${why.merged ? ' (conditions that see the same field or phrase count once)' : ''}`;
  }
}

/**
 * Cheap tests first, stopping at the first failure: host, step, then `all`, then `none`, then `any`
 * (a held `step` among them meets `min_any` alone).
 * `any` counts signs, not conditions: conditions that see the same thing on the page (two attributes
 * of one field, one phrase read as a heading and as a dialog's text) are one sign, scored once at the
 * largest of their weights (conditions.ts `signOf`).
 */
function matchRule(rule: TableRule, page: PreparedSnapshot): { score: number; evidence: string[] } | null {
  if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) return null;
  if (!onStep(rule, page)) return null;
  let score = 0;
  const evidence: string[] = [];
  for (const cond of rule.all) {
    const hit = evaluate(cond, page);
    if (hit === null) return null;
    score += cond.w;
    evidence.push(describe(cond, hit));
  }
  for (const cond of rule.none) if (evaluate(cond, page) !== null) return null;
  const { signs, implied, held } = anySigns(rule, page);
  evidence.push(...held);
  // A step named among the `any` signs implies the topic by itself: it is the page's structure, read
  // the same in every language. Elsewhere (a dialog over the feed) `min_any` signs are needed.
  if (!implied && signs.size < rule.minAny) return null;
  for (const w of signs.values()) score += w;
  return { score, evidence };
}

/** The rule's `any` conditions that hold, as signs (each at its largest weight) and as evidence; and whether a step among them implies the topic. */
function anySigns(rule: TableRule, page: PreparedSnapshot): { signs: Map<string, number>; implied: boolean; held: string[] } {
  const signs = new Map<string, number>();
  const held: string[] = [];
  let implied = false;
  for (const cond of rule.any) {
    const hit = evaluate(cond, page);
    if (hit === null) continue;
    const sign = signOf(cond, hit, page);
    signs.set(sign, Math.max(signs.get(sign) ?? 0, cond.w));
    held.push(describe(cond, hit));
    implied ||= cond.k === 'step';
  }
  return { signs, implied, held };
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
    const result = page ? matchRule(rule, page) : null;
    const { signs: seen, implied } = page ? anySigns(rule, page) : { signs: new Map<string, number>(), implied: false };
    const signs = seen.size;
    const off = page ? offStep(rule, page) : null;
    let why: TraceWhy | undefined;
    if (!page) why = { code: 'url' };
    else if (rule.hosts.length > 0 && !rule.hosts.includes(page.host)) why = { code: 'host', host: page.host, hosts: rule.hosts };
    else if (off) why = off;
    else if (all.includes(false)) why = { code: 'all', failed: all.filter((h) => !h).length, of: all.length };
    else if (none.includes(true)) why = { code: 'none' };
    else if (!implied && signs < rule.minAny)
      why = { code: 'any', held: signs, needed: rule.minAny, merged: signs < any.filter(Boolean).length };
    if (!why) return { id: rule.id, matched: true, score: result?.score ?? 0, conditions };
    return { id: rule.id, matched: false, score: result?.score ?? 0, reason: whyText(why, snapshot.url), why, conditions };
  });
}

/** The step of its platform's flow the snapshot's page is at (steps.ts), or null. For `--explain` and replay. */
export const stepOfSnapshot = (snapshot: Snapshot): string | null => prepare(snapshot)?.step?.id ?? null;
