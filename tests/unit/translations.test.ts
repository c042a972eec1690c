import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRulesDir, RuleFileError } from '../../src/build/rules/load';

const HEADINGS = {
  en: ['Fix it', "If that doesn't work", "What you're seeing", 'Why it happens'],
  es: ['Cómo solucionarlo', 'Si eso no funciona', 'Qué estás viendo', 'Por qué ocurre'],
};
const ENGLISH = `---
id: instagram/demo
platform: instagram
title: Demo
summary: Click Send Security Code.
kind: blocking
seeds: ["000 §Demo"]
match:
  any:
    - button: [{text: Send Security Code, lang: en}, {text: Enviar código de seguridad, lang: es}]
---

## Fix it

1. Click **Send Security Code**.
2. Open the **Shared Inbox**. See [codes](topic:instagram/demo).

## What you're seeing

A check.
`;
const SPANISH = `---
id: instagram/demo
title: Demostración
summary: Haz clic en Enviar código de seguridad.
---

## Cómo solucionarlo

1. Haz clic en **Enviar código de seguridad**.
2. Abre la **Shared Inbox**. Consulta [los códigos](topic:instagram/demo).

## Qué estás viendo

Una comprobación.
`;

/** A rules folder and its locales, as the build sees them. */
function project(files: Record<string, string>, locales = HEADINGS) {
  const root = mkdtempSync(join(tmpdir(), 'signpost-tr-'));
  for (const [lang, [fix, fallback, seeing, why]] of Object.entries(locales)) {
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
    return [];
  } catch (e) {
    if (e instanceof RuleFileError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.reason}`);
    throw e;
  }
};

describe('article translations', () => {
  it('attach to their English article, words only, with the platform label in that language', () => {
    const { articles, table } = compileRulesDir(project({ 'instagram/demo.md': ENGLISH, 'instagram/demo.es.md': SPANISH }));
    expect(table).toHaveLength(1); // a translation is never a rule of its own
    expect(articles[0]!.translations?.es).toMatchObject({
      lang: 'es',
      title: 'Demostración',
      summary: 'Haz clic en Enviar código de seguridad.',
    });
    expect(articles[0]!.translations!.es!.plain).toContain('Shared Inbox');
  });

  it.each([
    [
      'another id',
      SPANISH.replace('id: instagram/demo', 'id: instagram/other'),
      /id: "instagram\/other" is not the id of the English article/,
    ],
    ['match conditions', SPANISH.replace('summary:', 'match: {any: [{heading: A}]}\nsummary:'), /\(front matter\)|match/],
    ['a step missing', SPANISH.replace(/2\. Abre.*\n/, ''), /"Cómo solucionarlo" has 1 numbered step\(s\); the English article has 2/],
    [
      'another link',
      SPANISH.replace('topic:instagram/demo', 'topic:instagram/nope'),
      /links to instagram\/nope; the English article links to instagram\/demo/,
    ],
    ['a label dropped', SPANISH.replace('**Shared Inbox**', 'bandeja compartida'), /\*\*Shared Inbox\*\*/],
    [
      'an English heading left',
      SPANISH.replace('## Qué estás viendo', "## What you're seeing"),
      /sections must be "Cómo solucionarlo", "Qué estás viendo" in that order/,
    ],
    ['an empty title', SPANISH.replace('title: Demostración', 'title: ""'), /title: must not be empty/],
  ])('fail the build naming file, field and reason: %s', (_name, spanish, reason) => {
    const problems = problemsOf(project({ 'instagram/demo.md': ENGLISH, 'instagram/demo.es.md': spanish }));
    expect(problems.join('\n')).toMatch(/^instagram\/demo\.es\.md: /);
    expect(problems.join('\n')).toMatch(reason);
  });

  it('need an English article beside them and a locale for their language', () => {
    expect(problemsOf(project({ 'instagram/demo.md': ENGLISH, 'instagram/gone.es.md': SPANISH })).join()).toMatch(
      /instagram\/gone\.es\.md: \(file\): no English rule file instagram\/gone\.md/,
    );
    expect(problemsOf(project({ 'instagram/demo.md': ENGLISH, 'instagram/demo.fr.md': SPANISH })).join()).toMatch(
      /no interface locale for "fr": add public\/_locales\/fr\/messages\.json/,
    );
  });
});
