import { describe, expect, it } from 'vitest';
import { COMPACT_DEFAULT_WEIGHTS, compactTable, expandTable } from '../../src/engine/compact-table';
import { CONDITION_KINDS } from '../../src/engine/types';
import { DEFAULT_WEIGHTS } from '../../src/rules/compile';
import { shippedRules } from './helpers';

// The content script's match table travels packed (src/engine/compact-table.ts): unpacked, it must
// be the table the compiler made.
describe('compact match table', () => {
  it("round-trips the shipped rules exactly, with the compiler's default weights", () => {
    const { table } = shippedRules();
    const compact = JSON.parse(JSON.stringify(compactTable(table)));
    expect(expandTable(compact)).toEqual(table);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(table).length * 0.8);
    expect(COMPACT_DEFAULT_WEIGHTS).toEqual(CONDITION_KINDS.map((k) => DEFAULT_WEIGHTS[k]));
  }, 30_000);
});
