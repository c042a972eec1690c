import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/**
 * "No string hard-coded in components": the UI files of the popup, side panel, settings page and
 * lookup may show words only through `t(...)`. Catches JSX text with letters and literal
 * user-facing attributes (placeholder, title, aria-label, alt). Names of things that are not
 * words to translate (the product name) come from the catalogue too.
 */
const UI_DIRS = ['src/lookup', 'entrypoints/options', 'entrypoints/popup', 'entrypoints/sidepanel'];

const files = UI_DIRS.flatMap((dir) => {
  try {
    return (readdirSync(join(ROOT, dir)) as string[]).filter((f) => f.endsWith('.tsx')).map((f) => join(ROOT, dir, f));
  } catch {
    return [];
  }
});

// Text between a tag's end and the next `<` or `{`, outside expressions: `>Some words<`.
const JSX_TEXT = />\s*([^<>{}]*\p{L}[^<>{}]*?)\s*(?=<|\{)/gu;
const LITERAL_ATTR = /\b(placeholder|title|aria-label|alt|label)="([^"]*\p{L}[^"]*)"/gu;

export function hardCoded(source: string): string[] {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    // Generic type arguments and comparisons (`a > b`) are not JSX: keep only lines that look like markup.
    .split('\n')
    .filter((line) => /<\/?[a-zA-Z]|\/>|^\s*[^=(){};]*\p{L}[^=(){};]*$/u.test(line))
    .join('\n');
  const found: string[] = [];
  for (const m of code.matchAll(JSX_TEXT)) {
    const text = m[1]!.trim();
    // Arrow functions and TypeScript in expressions are not text.
    if (/=>|[;=(]|^\)|^\w+\)/.test(text) || text === '') continue;
    found.push(text);
  }
  for (const m of code.matchAll(LITERAL_ATTR)) found.push(`${m[1]}="${m[2]}"`);
  return found;
}

describe('UI strings come from the i18n catalogue', () => {
  it('finds the UI files', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s has no hard-coded words', (_, file) => {
    expect(hardCoded(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the check itself catches JSX text and literal attributes', () => {
    expect(hardCoded('return <p class="x">Hello there</p>;')).toEqual(['Hello there']);
    expect(hardCoded('<input placeholder="Search" />')).toEqual(['placeholder="Search"']);
    expect(hardCoded('<p>{t(\'hello\')}</p>')).toEqual([]);
  });
});
