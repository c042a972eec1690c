import type { Condition, Kind, TableRule } from './types';

/**
 * The match table as it travels in the content script: positional arrays instead of keyed objects,
 * host lists and default weights shared, so the page downloads phrases and little else.
 * `packTable` runs at build time; `unpackTable` once when the content script starts.
 */
export type PackedCondition = [kind: number, values: string[] | Record<string, string>, weight?: number];
export type PackedRule = [id: string, kind: number, hosts: number, all: PackedCondition[], any: PackedCondition[], none: PackedCondition[], minAny: number, secondary?: 1];
export interface PackedTable {
  hosts: string[][];
  rules: PackedRule[];
}

const KINDS: Kind[] = ['blocking', 'warning', 'info'];
const CONDITION_KINDS: Condition['k'][] = ['path', 'heading', 'dialog', 'alert', 'button', 'label', 'text', 'input', 'testid', 'role', 'lang'];
/** Weights that need not travel: must equal src/rules/compile.ts DEFAULT_WEIGHTS (a unit test checks). */
export const PACKED_DEFAULT_WEIGHTS: number[] = [2, 3, 3, 3, 2, 2, 1, 2, 2, 1, 0];

export function packTable(rules: readonly TableRule[]): PackedTable {
  const hosts: string[][] = [];
  const hostIndex = (list: string[]) => {
    const key = list.join(' ');
    const at = hosts.findIndex((h) => h.join(' ') === key);
    return at >= 0 ? at : hosts.push(list) - 1;
  };
  const pack = (c: Condition): PackedCondition => {
    const k = CONDITION_KINDS.indexOf(c.k);
    return c.w === PACKED_DEFAULT_WEIGHTS[k] ? [k, c.v] : [k, c.v, c.w];
  };
  return {
    hosts,
    rules: rules.map((r) => {
      const packed: PackedRule = [r.id, KINDS.indexOf(r.kind), hostIndex(r.hosts), r.all.map(pack), r.any.map(pack), r.none.map(pack), r.minAny];
      if (r.secondary) packed.push(1);
      return packed;
    }),
  };
}

export function unpackTable(table: PackedTable): TableRule[] {
  const unpack = ([k, v, w]: PackedCondition): Condition => ({ k: CONDITION_KINDS[k]!, v, w: w ?? PACKED_DEFAULT_WEIGHTS[k]! }) as Condition;
  return table.rules.map(([id, kind, hosts, all, any, none, minAny, secondary]) => ({
    id,
    kind: KINDS[kind]!,
    hosts: table.hosts[hosts]!,
    all: all.map(unpack),
    any: any.map(unpack),
    none: none.map(unpack),
    minAny,
    ...(secondary ? { secondary: true } : {}),
  }));
}
