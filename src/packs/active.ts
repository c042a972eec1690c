import { validateRulePackData, type PackProblem, type PackRule, type RulePack } from './validate';
import type { LoadedPack } from './store';

/**
 * The effective rule set: bundled topics, then the person's enabled packs in import order, then
 * the organisation's packs (enterprise policy) in policy order. Later wins on the same topic id:
 * policy over imported, imported over bundled. The background loads the packs through the full
 * check (load.ts); `policyPacks` here is the structural check alone, each pack on its own.
 */
export type PackOrigin = 'imported' | 'organisation';

export interface ActivePack {
  name: string;
  version: string;
  origin: PackOrigin;
  rules: PackRule[];
}

/** A pack the policy deployed that failed validation: ignored, with every reason. */
export interface RefusedPolicyPack {
  index: number;
  name: string;
  errors: PackProblem[];
}

export function policyPacks(raw: readonly unknown[]): { packs: (ActivePack & { data: unknown })[]; refused: RefusedPolicyPack[] } {
  const packs: (ActivePack & { data: unknown })[] = [];
  const refused: RefusedPolicyPack[] = [];
  raw.forEach((data, index) => {
    let result: ReturnType<typeof validateRulePackData>;
    try {
      result = validateRulePackData(data);
    } catch (e) {
      // Validation never throws by design; were it to, this pack is refused and the others stay.
      result = { ok: false, errors: [{ file: '(pack)', field: '(check)', reason: `could not be checked (${(e as Error).message})` }] };
    }
    if (result.ok) packs.push({ ...toActive(result.pack, 'organisation'), data });
    else refused.push({ index, name: nameOf(data) ?? `#${index + 1}`, errors: result.errors });
  });
  return { packs, refused };
}

const toActive = (pack: RulePack, origin: PackOrigin): ActivePack => ({
  name: pack.name,
  version: pack.version,
  origin,
  rules: pack.rules,
});

function nameOf(data: unknown): string | undefined {
  const name =
    typeof data === 'object' && data !== null && Object.hasOwn(data, 'name') ? (data as Record<string, unknown>).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.slice(0, 80) : undefined;
}

/** The packs in effect, lowest precedence first. */
export function activePacks(stored: readonly LoadedPack[], policy: readonly unknown[]): ActivePack[] {
  return [...stored.filter((p) => p.enabled).map((p) => toActive(p.pack, 'imported')), ...policyPacks(policy).packs];
}

export interface EffectiveRule {
  rule: PackRule;
  pack: ActivePack;
}

/** Each pack topic in effect (topic id → the rule that wins, and its pack), in a stable order. */
export function effectivePackRules(packs: readonly ActivePack[]): EffectiveRule[] {
  const byId = new Map<string, EffectiveRule>();
  for (const pack of packs) for (const rule of pack.rules) byId.set(rule.frontMatter.id, { rule, pack });
  return [...byId.values()].sort((a, b) => (a.rule.frontMatter.id < b.rule.frontMatter.id ? -1 : 1));
}
