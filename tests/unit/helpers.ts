import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Snapshot } from '../../src/engine/types';
import { takeSnapshot } from '../../src/page/snapshot';
import { compileRulesDir } from '../../src/rules/load';
import { parseHtmlDocument } from '../../src/cli/parse-html';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RULES_DIR = join(ROOT, 'rules');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

let compiled: ReturnType<typeof compileRulesDir> | undefined;
/** The shipped rules, compiled exactly as the build does. */
export const shippedRules = () => (compiled ??= compileRulesDir(RULES_DIR, { requireCatalog: true }));

export function snapshotOf(html: string, url = 'https://www.instagram.com/'): Snapshot {
  return takeSnapshot(parseHtmlDocument(html), url);
}

export interface Fixture {
  file: string;
  html: string;
  url: string;
  expect: string | null;
  layout: string;
  lang: string;
}

export function loadFixtures(): Fixture[] {
  const files = (readdirSync(FIXTURES_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  return files.map((f) => {
    const html = readFileSync(join(FIXTURES_DIR, f), 'utf8');
    const meta = (name: string) => new RegExp(`<meta name="signpost:${name}" content="([^"]*)"`).exec(html)?.[1];
    const url = meta('url');
    if (!url) throw new Error(`${f}: missing <meta name="signpost:url">`);
    const expect = meta('expect');
    if (expect === undefined) throw new Error(`${f}: missing <meta name="signpost:expect">`);
    return { file: relative(FIXTURES_DIR, join(FIXTURES_DIR, f)), html, url, expect: expect || null, layout: meta('layout') ?? '', lang: /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '' };
  });
}
