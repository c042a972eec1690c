import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Article } from '../rules/types';
import { createSearch, type PlatformFilter } from '../search';
import { shippedRules } from '../screens/fixtures';

/**
 * Search cost per keystroke: each query is "typed" one character at a time and every prefix is
 * searched, as the popup does on each input event. Pure function-level: no browser, no rendering.
 * `npm run bench` calls `benchSearch()`; `npx tsx src/tools/bench-search.ts` runs it alone.
 */
export const SEARCH_GOAL_MS = 5;

export const BENCH_QUERIES: readonly { query: string; filter: PlatformFilter }[] = [
  { query: 'suspcious login', filter: 'all' },
  { query: 'instagram says my code is wrong', filter: 'all' },
  { query: 'check your email', filter: 'x' },
  { query: 'backup codes compromized', filter: 'all' },
  { query: 'sms code never arrives', filter: 'general' },
  { query: 'turn on two factor authentication', filter: 'instagram' },
];

export interface SearchBench {
  articles: number;
  /** Building the index once, as each popup / side panel open does. */
  buildMs: number;
  /** Searches timed (keystrokes × rounds). */
  samples: number;
  perKeystrokeMs: { median: number; p95: number; max: number; mean: number };
  goalMs: number;
  pass: boolean;
}

export function benchSearch(options: { articles?: readonly Article[]; rounds?: number; warmup?: number } = {}): SearchBench {
  const articles = options.articles ?? shippedRules().articles;
  const rounds = options.rounds ?? 20;
  const warmup = options.warmup ?? 3;

  const t0 = performance.now();
  const search = createSearch(articles);
  const buildMs = performance.now() - t0;

  const keystrokes = BENCH_QUERIES.flatMap(({ query, filter }) => [...query].map((_, i) => ({ text: query.slice(0, i + 1), filter })));
  const times: number[] = [];
  let sink = 0; // keeps the results alive so the work cannot be optimised away
  for (let round = 0; round < warmup + rounds; round++) {
    for (const k of keystrokes) {
      const start = performance.now();
      sink += search.search(k.text, k.filter).length;
      const ms = performance.now() - start;
      if (round >= warmup) times.push(ms);
    }
  }
  if (sink < 0) throw new Error('unreachable');

  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const mean = times.reduce((s, t) => s + t, 0) / Math.max(1, times.length);
  const perKeystrokeMs = { median: round3(at(0.5)), p95: round3(at(0.95)), max: round3(times.at(-1) ?? 0), mean: round3(mean) };
  return {
    articles: articles.length,
    buildMs: round3(buildMs),
    samples: times.length,
    perKeystrokeMs,
    goalMs: SEARCH_GOAL_MS,
    pass: perKeystrokeMs.p95 <= SEARCH_GOAL_MS,
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function formatSearchBench(b: SearchBench): string {
  const k = b.perKeystrokeMs;
  return [
    `search: ${b.articles} articles, index built in ${b.buildMs} ms`,
    `search per keystroke (${b.samples} samples): median ${k.median} ms, p95 ${k.p95} ms, max ${k.max} ms — goal p95 ≤ ${b.goalMs} ms: ${b.pass ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchSearch();
  console.log(formatSearchBench(result));
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  process.exitCode = result.pass ? 0 : 1;
}
