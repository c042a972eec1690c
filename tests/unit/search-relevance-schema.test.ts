import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRulesDir, RuleFileError } from '../../src/build/rules/load';
import { createSearch } from '../../src/search';

// The `search` front-matter field: the words people use for a topic, in the English file and in
// each translation, validated by the build and carried to the article for the popup's search.

const HEADINGS = {
  en: ['Fix it', "If that doesn't work", "What you're seeing", 'Why it happens'],
  es: ['Cómo solucionarlo', 'Si eso no funciona', 'Qué estás viendo', 'Por qué ocurre'],
};
const english = (search = 'search: ["won\'t accept my code", "locked out"]') => `---
id: instagram/demo
platform: instagram
title: Demo
summary: Click Send.
${search}
kind: blocking
seeds: ["000 §Demo"]
---

## Fix it

1. Click **Send**.

## What you're seeing

A check.
`;
const spanish = (search = 'search: ["no acepta el código", "no puedo entrar"]') => `---
id: instagram/demo
title: Demostración
summary: Haz clic en Send.
${search}
---

## Cómo solucionarlo

1. Haz clic en **Send**.

## Qué estás viendo

Una comprobación.
`;

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'signpost-search-'));
  for (const [lang, [fix, fallback, seeing, why]] of Object.entries(HEADINGS)) {
    mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
    writeFileSync(
      join(root, 'public/_locales', lang, 'messages.json'),
      JSON.stringify({
        articleHeadingFix: { message: fix },
        articleHeadingFallback: { message: fallback },
        articleHeadingSeeing: { message: seeing },
        articleHeadingWhy: { message: why },
      }),
    );
  }
  mkdirSync(join(root, 'rules/instagram'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'rules', name), text);
  return join(root, 'rules');
}
const problemsOf = (dir: string) => {
  try {
    compileRulesDir(dir);
    return '';
  } catch (e) {
    if (e instanceof RuleFileError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`).join('\n');
    throw e;
  }
};

describe('search terms in rule files', () => {
  it("the English file's and each translation's terms reach the article, and search finds them", () => {
    const { articles } = compileRulesDir(project({ 'instagram/demo.md': english(), 'instagram/demo.es.md': spanish() }));
    expect(articles[0]!.search).toEqual(["won't accept my code", 'locked out']);
    expect(articles[0]!.translations!.es!.search).toEqual(['no acepta el código', 'no puedo entrar']);
    const search = createSearch(articles, 'es');
    expect(search.search('no puedo entrar')[0]?.id).toBe('instagram/demo');
    expect(search.search('locked out')[0]?.id).toBe('instagram/demo');
  });

  it('are optional, in either file', () => {
    const { articles } = compileRulesDir(project({ 'instagram/demo.md': english(''), 'instagram/demo.es.md': spanish('') }));
    expect(articles[0]!.search).toBeUndefined();
    expect(articles[0]!.translations!.es!.search).toBeUndefined();
  });

  it.each([
    ['English: not a list', { 'instagram/demo.md': english('search: locked out') }, /instagram\/demo\.md: search: /],
    [
      'English: an empty term',
      { 'instagram/demo.md': english('search: ["locked out", " "]') },
      /instagram\/demo\.md: search\[1\]: must not be empty/,
    ],
    [
      'English: a repeated term',
      { 'instagram/demo.md': english('search: ["locked out", "Locked out"]') },
      /search: search terms must not repeat/,
    ],
    ['English: a sentence', { 'instagram/demo.md': english(`search: ["${'word '.repeat(20)}"]`) }, /short phrase/],
    [
      'translation: not a list',
      { 'instagram/demo.md': english(), 'instagram/demo.es.md': spanish('search: 3') },
      /instagram\/demo\.es\.md: search: /,
    ],
    [
      'translation: an empty term',
      { 'instagram/demo.md': english(), 'instagram/demo.es.md': spanish('search: [""]') },
      /instagram\/demo\.es\.md: search\.0: must not be empty/,
    ],
  ])('fail the build naming file, field and reason: %s', (_name, files, reason) => {
    expect(problemsOf(project(files))).toMatch(reason);
  });
});
