import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { problemSentence } from '../../entrypoints/options/pack-problem';
import { bundledI18n } from '../../src/i18n/catalogs';
import { importPackFile } from '../../src/packs/import';
import { loadPacks } from '../../src/packs/load';
import { validateRulePackData } from '../../src/packs/validate';
import { conditionSchema } from '../../src/rules/schema';
import { splitRuleFile } from '../../src/rules/front-matter';
import { FIXTURES_DIR, shippedRules } from './helpers';

vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));

/**
 * A pack is data from a stranger: a key it names is looked up as an own property or not at all.
 * A condition keyed `constructor` once found Object.prototype's and threw (the Settings list then
 * threw while rendering, and one such policy pack switched every pack off). Each such name is now
 * refused with a clear problem, like any key Signpost does not know. YAML anchors and aliases in a
 * zip's front matter threw too; they are refused.
 */
const PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as {
  rules: { file: string; frontMatter: { match: { any: unknown[] } } }[];
};
const BUNDLED_IDS = new Set(shippedRules().articles.map((a) => a.id));
const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
const en = bundledI18n('en').t;

/** The example pack with its first rule's first condition keyed `key` (JSON.parse makes `__proto__` an own key, as a file would). */
function withConditionKey(key: string): unknown {
  const pack = structuredClone(PACK);
  pack.rules[0]!.frontMatter.match.any[0] = JSON.parse(`{ ${JSON.stringify(key)}: "x" }`);
  return pack;
}

describe('keys are looked up as own properties: Object.prototype names are refused, never followed', () => {
  it.each(PROTOTYPE_NAMES)('a condition keyed "%s" is refused with a problem naming it, not thrown', (key) => {
    const result = validateRulePackData(withConditionKey(key));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.errors.find((e) => e.field === 'frontMatter.match.any.0') ?? result.errors[0]!;
    expect(problem).toMatchObject({ file: PACK.rules[0]!.file });
    expect(problem.reason).toContain(key === '__proto__' ? '__proto__' : `got ${key}`);
    // Said for people in Settings.
    expect(problemSentence(problem, en)).toMatch(
      key === '__proto__' ? /__proto__/ : new RegExp(`“${key}” is not a kind of condition Signpost knows`),
    );
  });

  it.each(PROTOTYPE_NAMES)('the condition schema alone refuses "%s"', (key) => {
    const parsed = conditionSchema.safeParse(JSON.parse(`{ ${JSON.stringify(key)}: "x" }`));
    expect(parsed.success).toBe(false);
  });

  it.each(PROTOTYPE_NAMES)('a pack file whose condition is keyed "%s" is refused on import, as JSON', (key) => {
    const outcome = importPackFile('bad.json', strToU8(JSON.stringify(withConditionKey(key))), BUNDLED_IDS);
    expect(outcome.ok).toBe(false);
  });

  it.each(PROTOTYPE_NAMES)('a zip rule file whose condition is keyed "%s" is refused on import', (key) => {
    const file = readFileSync(join(FIXTURES_DIR, 'packs/acme-it/instagram/acme-device-limit.md'), 'utf8').replace(
      '    - button: "Log out of other devices"',
      `    - ${key}: x`,
    );
    const outcome = importPackFile('bad.zip', zipSync({ 'instagram/acme-device-limit.md': strToU8(file) }), BUNDLED_IDS);
    expect(outcome).toMatchObject({ ok: false, errors: [expect.objectContaining({ file: 'instagram/acme-device-limit.md' })] });
  });

  it('a "__proto__" key anywhere (where a record would silently drop it) refuses the pack and says where', () => {
    const pack = structuredClone(PACK) as unknown as { rules: Record<string, unknown>[] };
    pack.rules[0]!.translations = JSON.parse('{ "__proto__": { "title": "x", "summary": "y", "article": "z" } }');
    expect(validateRulePackData(pack)).toEqual({
      ok: false,
      errors: [{ file: PACK.rules[0]!.file, field: 'translations.__proto__', reason: '"__proto__" is not a field name a pack may use' }],
    });
  });

  it("a policy's packs are checked one by one: a bad key refuses that pack alone", async () => {
    const { packs, status } = await loadPacks([], [withConditionKey('constructor'), PACK], { bundledIds: BUNDLED_IDS, cache: new Map() });
    expect(packs.map((p) => p.name)).toEqual(['Acme IT']);
    expect(status.filter((s) => s.state === 'refused')).toEqual([
      expect.objectContaining({
        index: 0,
        name: 'Acme IT',
        problems: [expect.objectContaining({ reason: expect.stringContaining('got constructor') })],
      }),
    ]);
  });
});

describe('YAML anchors and aliases in a rule file are refused, never expanded', () => {
  const file = (yaml: string) => `---\n${yaml}\n---\n\n## Fix it\n1. Do it.\n`;
  it.each([
    ['an alias of an anchor', 'id: &a instagram/acme-x\nplatform: instagram\ntitle: *a', '&a'],
    ['an alias before its anchor', 'id: *nowhere', '*nowhere'],
    ['an alias inside its own anchor', 'match: &m\n  any: [*m]', '&m'],
    ['aliases of aliases (a "billion laughs")', 'a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]', '&a'],
  ])('%s: one clear problem, no throw', (_, yaml, named) => {
    const problems: { file: string; field: string; reason: string }[] = [];
    expect(splitRuleFile('x.md', file(yaml), problems)).toBeNull();
    expect(problems).toEqual([
      { file: 'x.md', field: '(yaml)', reason: `anchors and aliases (${named}) are not allowed in front matter: write each value out` },
    ]);
    expect(problemSentence(problems[0]!, en)).toBe(
      'The YAML at the top of the file uses anchors or aliases (& or *): write each value out.',
    );
  });

  it('in a zip pack, the file is named with the problem and nothing is imported', () => {
    const outcome = importPackFile(
      'alias.zip',
      zipSync({ 'instagram/x.md': strToU8(file('id: &a instagram/acme-x\ntitle: *a')) }),
      BUNDLED_IDS,
    );
    expect(outcome).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([{ file: 'instagram/x.md', field: '(yaml)', reason: expect.stringContaining('anchors and aliases') }]),
    });
  });

  it('YAML nested deep enough to exhaust the stack is one problem too', () => {
    const problems: { file: string; field: string; reason: string }[] = [];
    expect(splitRuleFile('deep.md', file(`a: ${'['.repeat(20_000)}`), problems)).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.field === '(yaml)')).toBe(true);
  });
});
