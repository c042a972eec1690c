import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Snapshot, TableRule } from '../engine/types';
import { parseHtmlDocument } from './parse-html';
import { takeSnapshot } from '../page/snapshot';
import { compileRulesDir } from '../build/rules/load';

/**
 * Screen fixtures (tests/fixtures/**.html) and the shipped rules, read in Node. One copy, shared by
 * the unit tests (tests/unit/helpers.ts re-exports it) and `npm run rules:report`.
 */
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
  /** Path relative to tests/fixtures, with forward slashes. */
  file: string;
  html: string;
  url: string;
  /** The topic that must rank first; null for a negative (nothing may match). */
  expect: string | null;
  layout: string;
  /** The document language (`<html lang>`), '' when absent. */
  lang: string;
}

/** Reads one fixture's text and its `signpost:*` meta tags. Throws naming the file when one is missing. */
export function parseFixture(file: string, html: string): Fixture {
  const meta = (name: string) => new RegExp(`<meta name="signpost:${name}" content="([^"]*)"`).exec(html)?.[1];
  const url = meta('url');
  if (!url) throw new Error(`${file}: missing <meta name="signpost:url">`);
  const expect = meta('expect');
  if (expect === undefined) throw new Error(`${file}: missing <meta name="signpost:expect">`);
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';
  return { file, html, url, expect: expect || null, layout: meta('layout') ?? '', lang };
}

/** One fixture by path (absolute, or relative to tests/fixtures): for the e2e harnesses. */
export function readFixture(path: string): Fixture {
  const file = path.startsWith('/') ? path : join(FIXTURES_DIR, path);
  return parseFixture(file, readFileSync(file, 'utf8'));
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  return files.map((f) => parseFixture(f.replace(/\\/g, '/'), readFileSync(join(dir, f), 'utf8')));
}

/** Platforms whose screens are localised: their topics need all five languages, others three. */
export const LOCALISED_PLATFORMS = new Set(['instagram', 'x', 'general']);

export interface TopicCoverage {
  id: string;
  platform: string;
  kind: string;
  secondary: boolean;
  fixtures: string[];
  layouts: string[];
  langs: string[];
  /** Signal kinds the rule's conditions use (path, heading, input…). */
  signals: string[];
}

/** Per rule with a `match` block: which fixtures expect it, in which layouts and languages. */
export function coverage(table: readonly TableRule[], fixtures: readonly Fixture[]): TopicCoverage[] {
  return table.map((rule) => {
    const own = fixtures.filter((f) => f.expect === rule.id);
    const uniq = (xs: string[]) => [...new Set(xs)].sort();
    return {
      id: rule.id,
      platform: rule.id.split('/')[0]!,
      kind: rule.kind,
      secondary: rule.secondary === true,
      fixtures: own.map((f) => f.file),
      layouts: uniq(own.map((f) => f.layout.replace(/ \(structure only.*\)$/, ''))),
      langs: uniq(own.map((f) => f.lang)),
      signals: uniq([...rule.all, ...rule.any, ...rule.none].map((c) => c.k)),
    };
  });
}

/** The fixture's real address (meta content is HTML-escaped in the file). */
export const fixtureUrl = (f: Fixture) => f.url.replace(/&amp;/g, '&');
