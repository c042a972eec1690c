import { CONDITION_KINDS, KINDS, type TableRule } from '../engine/types';

/**
 * Rule-pack match rules as the content script reads them: `storage.local` key `packTable`, a plain
 * `TableRule[]` the background writes at start and whenever packs or the managed policy change
 * ([] when none). No zod here: the content script imports this file.
 */
export const PACK_TABLE_KEY = 'packTable';

/** Bundled rules with the pack rules merged in: a pack rule replaces the bundled rule of the same id, others are added. */
export function mergePackTable(bundled: readonly TableRule[], packTable: readonly TableRule[]): TableRule[] {
  if (packTable.length === 0) return bundled as TableRule[];
  const byId = new Map(bundled.map((r) => [r.id, r] as const));
  for (const rule of packTable) byId.set(rule.id, rule);
  return [...byId.values()];
}

// Checked by hand, tersely: this file rides in the content script (budget 30 KB). Enough that the
// matcher cannot throw on what it reads; the background validated every rule with zod before writing.
type Loose = Record<string, unknown> | undefined;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCondition = (c: Loose): boolean =>
  (CONDITION_KINDS as readonly string[]).includes(c?.k as string) &&
  typeof c!.w === 'number' &&
  (c!.k === 'input' ? typeof c!.v === 'object' && !Array.isArray(c!.v) && isStrings(Object.values(c!.v ?? 0)) : isStrings(c!.v));
const isRule = (r: Loose): r is Loose & TableRule =>
  typeof r?.id === 'string' &&
  (KINDS as readonly string[]).includes(r.kind as string) &&
  isStrings(r.hosts) &&
  typeof r.minAny === 'number' &&
  (r.steps === undefined || isStrings(r.steps)) &&
  (r.surface === undefined || typeof r.surface === 'boolean') &&
  [r.all, r.any, r.none].every((g) => Array.isArray(g) && g.every(isCondition));

/** What storage holds under `packTable`, checked by hand (no zod): anything malformed is left out. */
export function parsePackTable(stored: unknown): TableRule[] {
  return Array.isArray(stored) ? (stored as Loose[]).filter(isRule) : [];
}
