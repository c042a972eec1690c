import { CONDITION_KINDS, KINDS, type Condition, type TableRule } from './types';

/**
 * The match table as it travels in the content script: positional arrays instead of keyed objects,
 * host lists and default weights shared, and every value used by more than one condition (a phrase
 * list repeated across rules, a login path) stored once in `strings` and referred to by its index,
 * so the page downloads each phrase once and little else.
 * `compactTable` runs at build time; `expandTable` once when the content script starts. (Not to be
 * confused with an organisation's rule packs, src/packs/.)
 */
/** A value is the string itself, or (when shared) its index in `CompactTable.strings`. */
export type CompactValue = string | number;
export type CompactCondition = [kind: number, values: CompactValue[] | Record<string, CompactValue>, weight?: number];
export type CompactRule = [
  id: string,
  kind: number,
  hosts: number,
  all: CompactCondition[],
  any: CompactCondition[],
  none: CompactCondition[],
  minAny: number,
  secondary?: 0 | 1,
  steps?: CompactValue[],
  surface?: 1,
];
export interface CompactTable {
  /** Every host name once; `hosts` lists refer to them by index. */
  hostNames: string[];
  hosts: number[][];
  strings?: string[];
  rules: CompactRule[];
}

/** Weights that need not travel: must equal src/rules/compile.ts DEFAULT_WEIGHTS (a unit test checks). */
export const COMPACT_DEFAULT_WEIGHTS: number[] = [2, 3, 3, 3, 2, 2, 1, 2, 2, 1, 0, 2, 4];

export function compactTable(rules: readonly TableRule[]): CompactTable {
  const hostNames = [...new Set(rules.flatMap((r) => r.hosts))];
  const hosts: number[][] = [];
  const hostLists = new Map<string, number>();
  const hostIndex = (list: string[]) => {
    const key = list.join(' ');
    let at = hostLists.get(key);
    if (at === undefined) hostLists.set(key, (at = hosts.push(list.map((h) => hostNames.indexOf(h))) - 1));
    return at;
  };
  // Values used more than once (and long enough that an index is shorter) travel once.
  const counts = new Map<string, number>();
  for (const r of rules) {
    for (const c of [...r.all, ...r.any, ...r.none])
      for (const v of Object.values(c.v) as string[]) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const s of r.steps ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const strings = [...counts].filter(([v, n]) => n > 1 && v.length > 3).map(([v]) => v);
  const shared = new Map(strings.map((v, i) => [v, i]));
  const ref = (v: string): CompactValue => shared.get(v) ?? v;
  const compact = (c: Condition): CompactCondition => {
    const k = (CONDITION_KINDS as readonly string[]).indexOf(c.k);
    const v = Array.isArray(c.v) ? c.v.map(ref) : Object.fromEntries(Object.entries(c.v).map(([a, x]) => [a, ref(x)]));
    return c.w === COMPACT_DEFAULT_WEIGHTS[k] ? [k, v] : [k, v, c.w];
  };
  return {
    hostNames,
    hosts,
    ...(strings.length > 0 ? { strings } : {}),
    rules: rules.map((r) => {
      const row: CompactRule = [
        r.id,
        KINDS.indexOf(r.kind),
        hostIndex(r.hosts),
        r.all.map(compact),
        r.any.map(compact),
        r.none.map(compact),
        r.minAny,
      ];
      if (r.secondary || r.steps) row.push(r.secondary ? 1 : 0);
      if (r.steps) row.push(r.steps.map(ref));
      if (r.steps && r.surface) row.push(1);
      return row;
    }),
  };
}

export function expandTable(table: CompactTable): TableRule[] {
  const strings = table.strings ?? [];
  const str = (x: CompactValue): string => (typeof x === 'number' ? strings[x]! : x);
  const values = (v: CompactCondition[1]) =>
    Array.isArray(v) ? v.map(str) : Object.fromEntries(Object.entries(v).map(([a, x]) => [a, str(x)]));
  const expand = ([k, v, w]: CompactCondition): Condition =>
    ({ k: CONDITION_KINDS[k]!, v: values(v), w: w ?? COMPACT_DEFAULT_WEIGHTS[k]! }) as Condition;
  return table.rules.map(([id, kind, hosts, all, any, none, minAny, secondary, steps, surface]) => ({
    id,
    kind: KINDS[kind]!,
    hosts: table.hosts[hosts]!.map((i) => table.hostNames[i]!),
    all: all.map(expand),
    any: any.map(expand),
    none: none.map(expand),
    minAny,
    ...(secondary ? { secondary: true } : {}),
    ...(steps ? { steps: steps.map(str) } : {}),
    ...(steps && surface ? { surface: true } : {}),
  }));
}
