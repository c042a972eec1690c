import type { KnownScreen } from '../screens/effects';
import type { TableRule } from '../engine/types';
import { readManagedPolicy } from '../settings/policy/managed';
import { checkPackScreens, type ReplacedTopic } from './screen-check';
import { readPackState } from './state';
import { readStoredPacks } from './store';
import { validateRulePackData, type RulePack } from './validate';

/**
 * The rule packs as a diagnostics report gives them to support: each pack the background knows, in
 * effect or not, its problems when refused, and — when the bundled screens are at hand — how many of
 * them it changes (a pack that replaced a topic's recognition explains a screen gone quiet). Reads
 * `packState` (the background's word), the stored packs and the policy; the screens are loaded by
 * the caller (src/screens/screens.ts), only when a report is made.
 */
export interface PackReportEntry {
  origin: 'imported' | 'organisation';
  name: string;
  version: string;
  state: 'on' | 'off' | 'refused';
  topics: number;
  /** How many problems a refused pack has, and the first as file — field — reason. */
  problems: number;
  firstProblem?: string;
  /** Bundled screens whose first topic the pack changes (with the screens given). */
  changedScreens?: number;
  /** Bundled topics whose recognition it replaces: on how many screens each came first, before and now. */
  replaced?: ReplacedTopic[];
}

export async function packReport(effects?: { bundled: readonly TableRule[]; screens: readonly KnownScreen[] }): Promise<PackReportEntry[]> {
  const [state, stored, policy] = await Promise.all([readPackState(), readStoredPacks(), readManagedPolicy()]);
  return state.map((s) => {
    const first = s.problems[0];
    const entry: PackReportEntry = {
      origin: s.origin,
      name: s.name,
      version: s.version,
      state: s.state,
      topics: s.topics,
      problems: s.problems.length,
      ...(first ? { firstProblem: `${first.file} — ${first.field} — ${first.reason}` } : {}),
    };
    const pack =
      s.state !== 'on' || !effects
        ? null
        : s.origin === 'imported'
          ? (stored.find((p) => p.name === s.name)?.pack ?? null)
          : structural(policy.rulePacks[s.index]);
    if (!pack || !effects) return entry;
    const check = checkPackScreens(effects.bundled, [pack], effects.screens);
    return { ...entry, changedScreens: check.conflicts.length, replaced: check.replaced };
  });
}

/** A policy's pack from its data, structure only (the background made the full check): its match rules are what count here. */
function structural(data: unknown): RulePack | null {
  const checked = validateRulePackData(data);
  return checked.ok ? checked.pack : null;
}
