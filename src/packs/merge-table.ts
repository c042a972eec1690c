import type { Condition, TableRule } from '../engine/types';

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

const KINDS = new Set(['blocking', 'warning', 'info']);
const CONDITION_KINDS = new Set(['path', 'heading', 'dialog', 'alert', 'button', 'label', 'text', 'input', 'testid', 'role', 'lang']);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCondition = (c: unknown): c is Condition => {
  if (typeof c !== 'object' || c === null) return false;
  const { k, v, w } = c as Record<string, unknown>;
  if (typeof k !== 'string' || !CONDITION_KINDS.has(k) || typeof w !== 'number' || !Number.isFinite(w)) return false;
  if (k === 'input') return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  return isStrings(v);
};
const isRule = (r: unknown): r is TableRule => {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.kind === 'string' &&
    KINDS.has(o.kind) &&
    isStrings(o.hosts) &&
    [o.all, o.any, o.none].every((g) => Array.isArray(g) && g.every(isCondition)) &&
    typeof o.minAny === 'number' &&
    (o.secondary === undefined || typeof o.secondary === 'boolean')
  );
};

/** What storage holds under `packTable`, checked by hand (no zod): anything malformed is left out. */
export function parsePackTable(stored: unknown): TableRule[] {
  return Array.isArray(stored) ? stored.filter(isRule) : [];
}
