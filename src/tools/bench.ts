/**
 * `npm run bench [-- --check] [-- --only a,b]`: measures, prints a table, writes bench/results.json.
 * Sections: sizes, engine, snapshot, search, live (the built extension in Chromium: two mass-update
 * storms beside the floor, load cost, detection latency at rest and under churn, long tasks, work
 * slices), soak (a long session's leaks), big-table (the largest rule pack), ext-pages (the popup and
 * side panel opened cold, beside a minimal extension). Run `npm run build` first.
 * With --check it exits 1 when a figure misses its budget in bench/budgets.json.
 * Figures are measured here, never asserted in timed unit tests.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bigTable } from './bench/big-table';
import { engine } from './bench/engine';
import { extPages } from './bench/ext-pages';
import { live } from './bench/live';
import { search } from './bench/search';
import { sizes } from './bench/sizes';
import { snapshot } from './bench/snapshot';
import { soak } from './bench/soak';
import type { Figure, Section } from './bench/types';

const ROOT = resolve(import.meta.dirname, '../..');
const SECTIONS: Section[] = [sizes, engine, snapshot, search, live, soak, bigTable, extPages];

/** `max` is checked; `target`, where given, is what we aim for and is printed beside it. */
type Budgets = Record<string, { max: number; target?: number; why: string }>;

async function mainBench(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, only: { type: 'string' } } });
  const only = values.only?.split(',').map((s) => s.trim());
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8')) as Budgets;
  const results: (Figure & { section: string; budget?: number; target?: number; ok?: boolean })[] = [];
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    process.stderr.write(`bench: ${section.name}…\n`);
    for (const f of await section.run()) {
      const budget = budgets[f.key]?.max;
      const target = budgets[f.key]?.target;
      results.push({
        ...f,
        section: section.name,
        ...(budget === undefined ? {} : { budget, ok: f.value <= budget }),
        ...(target === undefined ? {} : { target }),
      });
    }
  }
  printTable(results);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  const missed = results.filter((r) => r.ok === false);
  if (missed.length > 0) {
    process.stderr.write(
      `bench: ${missed.length} budget(s) missed: ${missed.map((m) => `${m.label} ${m.value} ${m.unit} > ${m.budget}`).join('; ')}\n`,
    );
    if (values.check) return 1;
  }
  return 0;
}

function printTable(rows: (Figure & { budget?: number; target?: number; ok?: boolean })[]): void {
  const lines = ['| figure | value | budget | detail |', '|---|---:|---:|---|'];
  for (const r of rows) {
    const budget =
      r.budget === undefined ? '' : `${r.ok ? '✓' : '✗'} ≤ ${r.budget}${r.target === undefined ? '' : ` (target ${r.target})`}`;
    lines.push(`| ${r.label} | ${r.value} ${r.unit} | ${budget} | ${r.detail ?? ''} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

process.exitCode = await mainBench();
