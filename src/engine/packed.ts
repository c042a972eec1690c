import { CONDITION_KINDS, type Condition, type Kind, type TableRule } from './types';

/**
 * The match table as it travels in the content script: positional arrays instead of keyed objects,
 * host lists and default weights shared, and every value used by more than one condition (a phrase
 * list repeated across rules, a login path) stored once in `strings` and referred to by its index,
 * so the page downloads each phrase once and little else.
 * `packTable` runs at build time; `unpackTable` once when the content script starts.
 */
/** A value is the string itself, or (when shared) its index in `PackedTable.strings`. */
export type PackedValue = string | number;
export type PackedCondition = [kind: number, values: PackedValue[] | Record<string, PackedValue>, weight?: number];
export type PackedRule = [id: string, kind: number, hosts: number, all: PackedCondition[], any: PackedCondition[], none: PackedCondition[], minAny: number, secondary?: 1];
export interface PackedTable {
  /** Every host name once; `hosts` lists refer to them by index. */
  hostNames: string[];
  hosts: number[][];
  strings?: string[];
  rules: PackedRule[];
}

const KINDS: Kind[] = ['blocking', 'warning', 'info'];
/** Weights that need not travel: must equal src/rules/compile.ts DEFAULT_WEIGHTS (a unit test checks). */
export const PACKED_DEFAULT_WEIGHTS: number[] = [2, 3, 3, 3, 2, 2, 1, 2, 2, 1, 0, 2];

export function packTable(rules: readonly TableRule[]): PackedTable {
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
  for (const r of rules) for (const c of [...r.all, ...r.any, ...r.none]) for (const v of Object.values(c.v) as string[]) counts.set(v, (counts.get(v) ?? 0) + 1);
  const strings = [...counts].filter(([v, n]) => n > 1 && v.length > 3).map(([v]) => v);
  const shared = new Map(strings.map((v, i) => [v, i]));
  const ref = (v: string): PackedValue => shared.get(v) ?? v;
  const pack = (c: Condition): PackedCondition => {
    const k = (CONDITION_KINDS as readonly string[]).indexOf(c.k);
    const v = Array.isArray(c.v) ? c.v.map(ref) : Object.fromEntries(Object.entries(c.v).map(([a, x]) => [a, ref(x)]));
    return c.w === PACKED_DEFAULT_WEIGHTS[k] ? [k, v] : [k, v, c.w];
  };
  return {
    hostNames,
    hosts,
    ...(strings.length > 0 ? { strings } : {}),
    rules: rules.map((r) => {
      const packed: PackedRule = [r.id, KINDS.indexOf(r.kind), hostIndex(r.hosts), r.all.map(pack), r.any.map(pack), r.none.map(pack), r.minAny];
      if (r.secondary) packed.push(1);
      return packed;
    }),
  };
}

export function unpackTable(table: PackedTable): TableRule[] {
  const strings = table.strings ?? [];
  const str = (x: PackedValue): string => (typeof x === 'number' ? strings[x]! : x);
  const values = (v: PackedCondition[1]) => (Array.isArray(v) ? v.map(str) : Object.fromEntries(Object.entries(v).map(([a, x]) => [a, str(x)])));
  const unpack = ([k, v, w]: PackedCondition): Condition => ({ k: CONDITION_KINDS[k]!, v: values(v), w: w ?? PACKED_DEFAULT_WEIGHTS[k]! }) as Condition;
  return table.rules.map(([id, kind, hosts, all, any, none, minAny, secondary]) => ({
    id,
    kind: KINDS[kind]!,
    hosts: table.hosts[hosts]!.map((i) => table.hostNames[i]!),
    all: all.map(unpack),
    any: any.map(unpack),
    none: none.map(unpack),
    minAny,
    ...(secondary ? { secondary: true } : {}),
  }));
}
