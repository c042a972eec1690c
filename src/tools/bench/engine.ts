import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { match } from '../../engine/match';
import { parseHtmlDocument } from '../../screens/parse-html';
import { takeSnapshot } from '../../page/snapshot';
import { compileRulesDir } from '../../build/rules/load';
import { median, round } from './stats';
import type { Section } from './types';

const ROOT = resolve(import.meta.dirname, '../../..');

/** All rules against one snapshot, in Node (the engine is pure, so this is the engine's own cost). */
export const engine: Section = {
  name: 'engine',
  async run() {
    const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });
    const html = readFileSync(join(ROOT, 'tests/fixtures/instagram/suspicious-login/page-en.html'), 'utf8');
    const snapshot = takeSnapshot(parseHtmlDocument(html), 'https://www.instagram.com/challenge/1/');
    for (let i = 0; i < 2_000; i++) match(table, snapshot); // warm up the JIT
    const rounds: number[] = [];
    for (let r = 0; r < 20; r++) {
      const n = 1_000;
      const start = performance.now();
      for (let i = 0; i < n; i++) match(table, snapshot);
      rounds.push(((performance.now() - start) / n) * 1_000);
    }
    return [
      {
        key: 'engineAllRulesUs',
        label: `engine: ${table.length} rules vs one snapshot`,
        value: round(median(rounds), 1),
        unit: 'µs',
        detail: 'median of 20 × 1 000 runs',
      },
    ];
  },
};
