import { describe, expect, it } from 'vitest';
import { CATALOG_IDS } from '../../src/rules/catalog-ids';
import { compileLoaded, parseRuleFile, type RuleProblem, RuleFileError, type LoadedRule } from '../../src/build/rules/load';
import { shippedRules } from './helpers';

const GOOD = {
  id: 'instagram/demo',
  platform: 'instagram',
  title: 'Demo',
  summary: 'One line.',
  kind: 'info',
  seeds: ['000 §Demo'],
} as const;

/** Builds a rule file's text from front matter lines and a body. */
function file(frontMatter: string, body = "## What you're seeing\n\nText.\n"): string {
  return `---\n${frontMatter}\n---\n${body}`;
}
const yamlOf = (fm: Record<string, unknown>) =>
  Object.entries(fm)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');

function problemsOf(text: string, name = 'instagram/demo.md'): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const loaded = parseRuleFile(name, text, problems);
  if (loaded && problems.length === 0) {
    try {
      compileLoaded([loaded]);
    } catch (e) {
      if (e instanceof RuleFileError) problems.push(...e.problems);
      else throw e;
    }
  }
  return problems;
}

describe('rule file validation', () => {
  it('accepts a good file', () => {
    expect(problemsOf(file(yamlOf(GOOD)))).toEqual([]);
  });

  it.each([
    ['no front matter', '# Just markdown\n', '(front matter)', /YAML front matter/],
    ['broken YAML', file('id: [unclosed'), '(yaml)', /line/],
    ['missing title', file(yamlOf({ ...GOOD, title: undefined })), 'title', /./],
    ['unknown field', file(yamlOf({ ...GOOD, colour: 'red' })), '(front matter)', /colour/],
    ['bad kind', file(yamlOf({ ...GOOD, kind: 'urgent' })), 'kind', /blocking|warning|info/],
    ['bad id shape', file(yamlOf({ ...GOOD, id: 'Instagram/Demo Topic' })), 'id', /platform/],
    ['id not matching the path', file(yamlOf({ ...GOOD, id: 'instagram/other' })), 'id', /expected "instagram\/demo"/],
    ['platform not matching the id', file(yamlOf({ ...GOOD, platform: 'x' })), 'platform', /does not match/],
    ['two-line summary', file(yamlOf({ ...GOOD, summary: 'x'.repeat(200) })), 'summary', /one line/],
    [
      'condition with two signals',
      file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {heading: A, button: B}`),
      'match.any[0]',
      /exactly one of/,
    ],
    ['condition with no known signal', file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {colour: red}`), 'match.any[0]', /exactly one of/],
    ['empty phrase', file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {heading: "  "}`), 'match.any[0].heading', /empty/],
    [
      'bad phrase language',
      file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - heading: [{text: Hola, lang: Spanish}]`),
      'match.any[0].heading[0].lang',
      /language code/,
    ],
    [
      'unknown phrase source',
      file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - heading: [{text: Hola, lang: es, source: nowhere}]`),
      'match.any[0].heading[0]',
      /not listed under sources/,
    ],
    [
      'host of another platform',
      file(`${yamlOf(GOOD)}\nmatch:\n  hosts: [x.com]\n  any:\n    - {heading: A}`),
      'match.hosts',
      /not a instagram host/,
    ],
    [
      'host Signpost does not run on',
      file(`${yamlOf(GOOD)}\nmatch:\n  hosts: [instagram.com]\n  any:\n    - {heading: A}`),
      'match.hosts',
      /not a instagram host \(www\.instagram\.com, accountscenter\.instagram\.com\)/,
    ],
    ['empty match', file(`${yamlOf(GOOD)}\nmatch: {}`), 'match', /at least one/],
    ['min_any above the any count', file(`${yamlOf(GOOD)}\nmatch:\n  min_any: 3\n  any:\n    - {heading: A}`), 'match', /min_any/],
    ['shape it cannot see', file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {shows: fax}`), 'match.any[0].shows', /email|phone/],
    [
      'emptiness that is not yes or no',
      file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {input: {type: email, empty: maybe}}`),
      'match.any[0].input.empty',
      /./,
    ],
    ['input with no attribute', file(`${yamlOf(GOOD)}\nmatch:\n  any:\n    - {input: {}}`), 'match.any[0].input', /at least one attribute/],
    ['unknown related id', file(yamlOf({ ...GOOD, related: ['instagram/nope'] })), 'related[0]', /unknown topic id/],
    ['related to itself', file(yamlOf({ ...GOOD, related: ['instagram/demo'] })), 'related[0]', /itself/],
    ['external link', file(yamlOf(GOOD), 'See [this](https://example.com).\n'), 'article', /only link to other topics/],
    ['raw HTML', file(yamlOf(GOOD), '<div>hi</div>\n'), 'article', /html is not allowed/],
    ['image', file(yamlOf(GOOD), '![x](y.png)\n'), 'article', /image is not allowed/],
    ['empty article', file(yamlOf(GOOD), '\n'), 'article', /empty/],
  ])('reports %s with its field and reason', (_name, text, field, reason) => {
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    const hit = problems.find((p) => p.field === field);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.file).toBe('instagram/demo.md');
    expect(hit!.reason).toMatch(reason);
  });

  it('accepts the language-free signals: a shown address or number, an empty field', () => {
    expect(
      problemsOf(file(`${yamlOf(GOOD)}\nmatch:\n  all:\n    - {shows: [email, phone]}\n    - {input: {type: email, empty: true}}`)),
    ).toEqual([]);
  });

  it('reports a duplicate id across files', () => {
    const problems: RuleProblem[] = [];
    const a = parseRuleFile('instagram/demo.md', file(yamlOf(GOOD)), problems) as LoadedRule;
    expect(() => compileLoaded([a, { ...a, file: 'instagram/demo-copy.md' }])).toThrow(/duplicate id "instagram\/demo"/);
  });

  it('requires a file for every catalogue id when asked', () => {
    const problems: RuleProblem[] = [];
    const a = parseRuleFile('instagram/demo.md', file(yamlOf(GOOD)), problems) as LoadedRule;
    try {
      compileLoaded([a], [], { requireCatalog: true });
      expect.unreachable();
    } catch (e) {
      expect((e as RuleFileError).problems.filter((p) => /has no rule file/.test(p.reason))).toHaveLength(CATALOG_IDS.length);
    }
  });
});

describe('the shipped rules', () => {
  it('compile, and cover every catalogue id', () => {
    const { articles } = shippedRules();
    expect(articles.map((a) => a.id).sort()).toEqual(expect.arrayContaining([...CATALOG_IDS].sort()));
  });
});
