import { match } from '../engine/match';
import { prepare } from '../engine/prepare';
import type { TableRule } from '../engine/types';
import { parseHtmlDocument } from '../screens/parse-html';
import { regionsOf } from '../observe/regions';
import { isUnknownStep } from '../observe/recogniser';
import { scopeAt } from '../observe/scope';
import { DEFAULT_LIMITS, takeSnapshot } from '../page/snapshot';
import type { Fixture } from '../screens/fixtures';
import { VARIANT_FAMILIES, variantsOf, type VariantFamily } from './variants';

/**
 * Every fixture re-checked as the variants real pages take (variants.ts), read as the content script
 * reads a page: the scope at its address, the regions in it, a snapshot of those, the rules live
 * there. Shared by the unit tests and `npm run rules:report`.
 *
 * What a variant gets:
 *   kept    — the fixture's own topic first (a negative: nothing, and no "?");
 *   unknown — no topic, on a security step: the panel's "not known yet" (a grey ?);
 *   nothing — no topic, no security step;
 *   step    — the topic the page's step implies, on a screen of that step whose own topic only words
 *             tell apart from it (a backup code refused on the same form and error as an MFA code):
 *             the step's most general topic, as the step model gives it where the words are unknown;
 *   wrong   — any other topic first, or any topic on a negative. Never allowed.
 */
export type Outcome = 'kept' | 'unknown' | 'nothing' | 'step' | 'wrong';

export interface VariantResult {
  file: string;
  family: VariantFamily;
  name: string;
  expect: string | null;
  outcome: Outcome;
  /** What ranked first, or null. */
  got: string | null;
}

/** What the content script would report on this page: the ranked topics, and whether it is an unknown security step. */
export function recognise(
  table: readonly TableRule[],
  html: string,
  url: string,
): { top: string | null; unknown: boolean; step: string | null } {
  const scope = scopeAt(table, url);
  if (scope.kind === 'idle') return { top: null, unknown: false, step: null };
  const doc = parseHtmlDocument(html) as unknown as Document;
  const snapshot = takeSnapshot(doc, url, DEFAULT_LIMITS, regionsOf(doc, scope));
  const top = match(scope.rules, snapshot)[0]?.id ?? null;
  const page = prepare(snapshot);
  const unknown = top === null && isUnknownStep(scope, page);
  return { top, unknown, step: page?.step?.id ?? null };
}

function outcome(table: readonly TableRule[], expect: string | null, got: ReturnType<typeof recognise>): Outcome {
  const rule = (id: string | null) => table.find((r) => r.id === id);
  const implies = (id: string | null) => rule(id)?.any.some((c) => c.k === 'step' && got.step !== null && c.v.includes(got.step)) === true;
  if (got.top !== null) {
    if (got.top === expect) return 'kept';
    return expect !== null && got.step !== null && implies(got.top) && !implies(expect) && rule(expect)?.steps?.includes(got.step)
      ? 'step'
      : 'wrong';
  }
  if (expect === null) return 'kept';
  return got.unknown ? 'unknown' : 'nothing';
}

export function variantResults(table: readonly TableRule[], fixtures: readonly Fixture[]): VariantResult[] {
  const out: VariantResult[] = [];
  for (const f of fixtures) {
    const variants = variantsOf(f);
    for (const family of VARIANT_FAMILIES) {
      for (const v of variants[family]) {
        const got = recognise(table, v.html, v.url);
        out.push({ file: f.file, family, name: v.name, expect: f.expect, outcome: outcome(table, f.expect, got), got: got.top });
      }
    }
  }
  return out;
}

/** Per family: how many positive variants keep their topic, get "?", get nothing, or a wrong topic; how many negative variants light up. */
export function variantTable(results: readonly VariantResult[]): {
  family: VariantFamily;
  positives: number;
  kept: number;
  unknown: number;
  nothing: number;
  step: number;
  wrong: number;
  negatives: number;
  lit: number;
}[] {
  return VARIANT_FAMILIES.map((family) => {
    const of = results.filter((r) => r.family === family);
    const pos = of.filter((r) => r.expect !== null);
    const neg = of.filter((r) => r.expect === null);
    const count = (o: Outcome) => pos.filter((r) => r.outcome === o).length;
    return {
      family,
      positives: pos.length,
      kept: count('kept'),
      unknown: count('unknown'),
      nothing: count('nothing'),
      step: count('step'),
      wrong: count('wrong'),
      negatives: neg.length,
      lit: neg.filter((r) => r.outcome === 'wrong').length,
    };
  });
}
