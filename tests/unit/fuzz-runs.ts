/**
 * Random inputs per kind in the fuzz tests (fuzz*.test.ts): snapshots, DOMs, messages, rule files.
 * Each kind is kept under ~10 s on a 2-core machine.
 */
export const FUZZ_RUNS = 10_000;
