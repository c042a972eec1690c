import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n';
import { CATALOGS } from '../../src/i18n/catalogs';
import { ROOT } from './helpers';

/**
 * "No string hard-coded in components": the UI files of the popup, side panel (and its support
 * tools), settings page, lookup and the replay page may show words only through `t(...)`. Catches
 * JSX text with letters and literal user-facing attributes (placeholder, title, aria-label, alt).
 * Names of things that are not words to translate (the product name) come from the catalogue too;
 * formats and addresses (`*.signpost.json`, an example URL) come from named constants.
 */
const UI_DIRS = [
  'src/lookup',
  'src/ui',
  'entrypoints/options',
  'entrypoints/popup',
  'entrypoints/sidepanel',
  'entrypoints/replay',
  'entrypoints/replay/builder',
  'entrypoints/content',
  'entrypoints/content/hint',
];

const sourcesIn = (ext: RegExp) =>
  UI_DIRS.flatMap((dir) => {
    try {
      return (readdirSync(join(ROOT, dir)) as string[]).filter((f) => ext.test(f)).map((f) => join(ROOT, dir, f));
    } catch {
      return [];
    }
  });

const files = sourcesIn(/\.tsx$/);
/** Where any string literal of words is suspect (components that once kept English defaults in objects). */
const SENTENCE_DIRS = ['src/ui', 'entrypoints/replay', 'entrypoints/replay/builder', 'entrypoints/content/hint'];
/** Every TypeScript file of those folders: plain `.ts` modules make messages for the page too (replay's load.ts). */
const allSources = sourcesIn(/(?<!\.d)\.tsx?$/);

// Text between a tag's end and the next `<` or `{`, outside expressions: `>Some words<`. The `>` of
// an arrow (`=> Promise<T>`) never ends a tag.
const JSX_TEXT = /(?<!=)>\s*([^<>{}]*\p{L}[^<>{}]*?)\s*(?=<|\{)/gu;
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
    // Code the formatter spread over lines: a parameter or argument list, a typed parameter, a return.
    if (/,\s*$/m.test(text) || /^return\b/.test(text) || /^\w+: \w+(\[\])?$/.test(text)) continue;
    found.push(text);
  }
  for (const m of code.matchAll(LITERAL_ATTR)) found.push(`${m[1]}="${m[2]}"`);
  return found;
}

/**
 * Messages a module hands over to be shown (an error, a status line) must be catalogue keys, not
 * sentences: `error: 'x is wrong'`, `setStatus(\`Saved ${n}\`)` and the like are caught — any
 * literal with a word, a space and more after it.
 */
const SHOWN_LITERAL = /\b(error|status|setError|setStatus)\s*[:(]\s*(['"`])((?:(?!\2)[^\\]|\\.)*\p{L}\s+\S(?:(?!\2)[^\\]|\\.)*)\2/gu;

export function shownLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [...code.matchAll(SHOWN_LITERAL)].map((m) => `${m[1]}: ${m[2]}${m[3]}${m[2]}`);
}

/**
 * String literals of two or more words anywhere in the code (an English default in an object, a
 * ternary, a template): `'Copy report'`, `\`Screen saved as ${name}.\``. Imports, class lists,
 * console output and thrown errors (for developers) are not shown to people and are left alone.
 */
export function wordyLiterals(source: string): string[] {
  const found: string[] = [];
  const lines = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .split('\n')
    .filter((line) => !/^\s*(import|export .* from)\b|\bconsole\.|\bnew Error\(/.test(line));
  for (const line of lines) {
    for (const m of line.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      // The value of a class attribute or property (`class="a b"`, `class={x ? 'a b' : 'c'}`).
      if (/\bclass(Name)?\s*(=|:)\s*$|\bclass(Name)?\s*=\s*\{[^}]*$/.test(line.slice(0, m.index))) continue;
      const words = /\p{L}{2,}\s+\p{L}{2,}/u.test(m[2]!.replace(/\$\{[^}]*\}/g, ' '));
      // A word next to an interpolation in a template: `score ${n}`, `${n} found` (not a unit: `${n} MB`).
      const wordNextToValue = m[1] === '`' && /\p{L}*\p{Ll}\p{L}*\s+\$\{|\}\s+\p{L}*\p{Ll}\p{L}*/u.test(m[2]!);
      if (words || wordNextToValue) found.push(m[0]);
    }
  }
  return found;
}

/** Message keys named as literals: `t('key'`, `t(cond ? 'a' : 'b'`, `fail('key'` (replay's load.ts). */
export function keysUsed(source: string): string[] {
  const keys = new Set<string>();
  for (const m of source.matchAll(/\b(?:t|fail)\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
  for (const m of source.matchAll(/\bt\(\s*[^,()'"`]*\?\s*'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!).add(m[2]!);
  return [...keys].sort();
}

describe('UI strings come from the i18n catalogue', () => {
  it('finds the UI files', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const found = allSources.map((f) => relative(ROOT, f).replaceAll('\\', '/'));
    for (const needed of [
      'entrypoints/replay/Replay.tsx',
      'entrypoints/replay/main.tsx',
      'entrypoints/replay/load.ts',
      'src/ui/SupportTools.tsx',
      'src/ui/TraceList.tsx',
    ]) {
      expect(found).toContain(needed);
    }
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s has no hard-coded words', (_, file) => {
    expect(hardCoded(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(allSources.map((f) => [relative(ROOT, f), f]))('%s hands over no hard-coded message', (_, file) => {
    expect(shownLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(
    allSources
      .filter((f) => SENTENCE_DIRS.some((d) => relative(ROOT, f).replaceAll('\\', '/').startsWith(`${d}/`)))
      .map((f) => [relative(ROOT, f), f]),
  )('%s keeps no sentence in a string literal', (_, file) => {
    expect(wordyLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(allSources.map((f) => [relative(ROOT, f), f]))('%s names only message keys that every locale has', (_, file) => {
    const keys = keysUsed(readFileSync(file, 'utf8'));
    for (const locale of LOCALES) {
      expect(
        keys.filter((k) => !(k in CATALOGS[locale])),
        locale,
      ).toEqual([]);
    }
  });

  it('the replay page and the support tools have their own keys, each used and described in every locale', () => {
    const sources = allSources.map((f) => readFileSync(f, 'utf8')).join('\n');
    const own = Object.keys(CATALOGS.en).filter((k) => /^(replay|support)[A-Z]/.test(k));
    expect(own.filter((k) => k.startsWith('replay')).length).toBeGreaterThanOrEqual(20);
    expect(own.filter((k) => k.startsWith('support')).length).toBeGreaterThanOrEqual(10);
    expect(own.filter((k) => !sources.includes(`'${k}'`))).toEqual([]);
    for (const locale of LOCALES) {
      for (const key of own) {
        expect(CATALOGS[locale][key]?.message.trim(), `${locale}.${key}`).toBeTruthy();
        expect(
          (CATALOGS[locale][key] as { description?: string } | undefined)?.description?.trim(),
          `${locale}.${key} description`,
        ).toBeTruthy();
      }
    }
  });

  it('the check itself catches JSX text and literal attributes', () => {
    expect(hardCoded('return <p class="x">Hello there</p>;')).toEqual(['Hello there']);
    expect(hardCoded('<input placeholder="Search" />')).toEqual(['placeholder="Search"']);
    expect(hardCoded("<p>{t('hello')}</p>")).toEqual([]);
    expect(hardCoded('<iframe title="Sanitised copy of the screen" />')).toEqual(['title="Sanitised copy of the screen"']);
    expect(hardCoded('<span class="muted">score {m.score}</span>')).toEqual(['score']);
    expect(hardCoded('const run = (work: () => Promise<Status>) => () => {')).toEqual([]);
  });

  it('the check itself catches messages handed over as sentences', () => {
    expect(shownLiterals('return { ok: false, error: `${file.name}: cannot be read` };')).toHaveLength(1);
    expect(shownLiterals("setStatus('Report copied. Paste it.');")).toHaveLength(1);
    expect(shownLiterals("return { ok: false, reason: 'no-page' }; setStatus(''); setError(null);")).toEqual([]);
    expect(shownLiterals("return fail('replayErrorUrl', raw);")).toEqual([]);
    expect(wordyLiterals("export const S = { copy: 'Copy report', saved: (n) => `Screen saved as ${n}.` };")).toEqual([
      "'Copy report'",
      '`Screen saved as ${n}.`',
    ]);
    expect(wordyLiterals("x ? ' (cut short at its size limit)' : ''")).toHaveLength(1);
    expect(wordyLiterals('{matched ? `score ${rule.score}` : rule.reason}')).toEqual(['`score ${rule.score}`']);
    expect(wordyLiterals('const id = `${a}:${b}-${c}`; const size = `${n} MB`;')).toEqual([]);
    expect(wordyLiterals('<span class="muted">{ok ? `score ${n}` : reason}</span>')).toEqual(['`score ${n}`']);
    expect(
      wordyLiterals(
        '<p class="muted big" data-testid="x">{t(\'k\')}</p>; console.warn(\'Signpost: did not open\'); accept=".json,.html,text/html"',
      ),
    ).toEqual([]);
    expect(keysUsed("t(a ? 'x1' : 'y2', n); t('z3'); fail('w4', name); t(k === 'no' ? 'v5' : 'v6')")).toEqual(['w4', 'x1', 'y2', 'z3']);
  });
});
