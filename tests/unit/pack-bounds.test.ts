import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { problemSentence } from '../../entrypoints/options/pack-problem';
import { bundledI18n } from '../../src/i18n/catalogs';
import { checkPack, importPackFile } from '../../src/packs/import';
import { packArticle } from '../../src/packs/pack-articles';
import { packTopicsOf } from '../../src/packs/derived';
import { MAX_RULE_PACK_BYTES, validateRulePackData } from '../../src/packs/validate';
import { FIXTURES_DIR, shippedRules } from './helpers';

vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));

/**
 * Every part of a pack has a bound, checked on import and when the background loads a policy's
 * pack (the same checkPack): its size whatever it arrived as, values per rule, phrase length,
 * conditions, the Markdown of its articles, and the time its articles take to read. A pack that
 * breaks one is refused with file — field — reason, said for people in Settings. What passes is
 * parsed once and kept as safe trees: showing it parses nothing.
 */
type Pack = {
  name: string;
  rules: { file: string; frontMatter: Record<string, unknown> & { match: { any: unknown[] } }; article: string }[];
};
const PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as Pack;
const BUNDLED_IDS = new Set(shippedRules().articles.map((a) => a.id));
const t = { en: bundledI18n('en').t, es: bundledI18n('es').t, pt: bundledI18n('pt_BR').t };
const edit = (change: (pack: Pack) => void): Pack => {
  const pack = structuredClone(PACK);
  change(pack);
  return pack;
};
const refusal = (data: unknown) => {
  const result = checkPack(data, BUNDLED_IDS);
  if (result.ok) throw new Error('accepted');
  return result.errors;
};

describe('bounds on the pack and its rules', () => {
  it('a phrase longer than 200 characters, more than 100 values in a condition, more than 50 conditions', () => {
    expect(refusal(edit((p) => (p.rules[0]!.frontMatter.match.any[0] = { heading: 'x'.repeat(201) })))).toEqual([
      expect.objectContaining({
        file: 'instagram/acme-device-limit.md',
        field: 'frontMatter.match.any.0.heading',
        reason: expect.stringMatching(/keep a phrase under 200 characters/),
      }),
    ]);
    expect(
      refusal(edit((p) => (p.rules[0]!.frontMatter.match.any[0] = { button: Array.from({ length: 101 }, (_, i) => `Button ${i}`) }))).map(
        (e) => e.reason,
      ),
    ).toEqual([expect.stringMatching(/at most 100 values in one condition/)]);
    expect(
      refusal(edit((p) => (p.rules[0]!.frontMatter.match.any = Array.from({ length: 51 }, (_, i) => ({ heading: `Heading ${i}` })))))[0],
    ).toMatchObject({ field: 'frontMatter.match.any', reason: 'at most 50 conditions' });
  });

  it("more than 200 values in all of one rule's conditions", () => {
    const many = (k: number) => ({ button: Array.from({ length: 70 }, (_, i) => `Button ${k}-${i}`) });
    const errors = refusal(edit((p) => (p.rules[0]!.frontMatter.match.any = [many(1), many(2), many(3)])));
    expect(errors).toEqual([
      {
        file: 'instagram/acme-device-limit.md',
        field: 'frontMatter.match',
        reason: "at most 200 values (phrases, paths, attributes…) in one rule's conditions; this one has 211",
      },
    ]);
    expect(problemSentence(errors[0]!, t.en)).toBe('“match” is longer or more complex than a rule pack may have.');
    expect(problemSentence(errors[0]!, t.es)).toBe('«match» es más largo o complejo de lo que admite un paquete de reglas.');
    expect(problemSentence(errors[0]!, t.pt)).toBe('“match” é mais longo ou complexo do que um pacote de regras admite.');
  });

  it("a policy's pack given as an object is held to the same 2 MB as a file", () => {
    const big = edit((p) =>
      p.rules.push(
        ...Array.from({ length: 30 }, (_, i) => ({
          ...structuredClone(p.rules[0]!),
          file: `big-${i}.md`,
          article: 'word '.repeat(15_000),
        })),
      ),
    );
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_RULE_PACK_BYTES);
    expect(validateRulePackData(big)).toEqual({ ok: false, errors: [{ file: '(pack)', field: '(size)', reason: 'larger than 2 MB' }] });
  });

  it('an article beyond the Markdown bounds is refused as file — article — reason', () => {
    const errors = refusal(edit((p) => (p.rules[1]!.article = `## Fix it\n\n1. ${'**Next** '.repeat(20)}`)));
    expect(errors).toEqual([
      {
        file: 'instagram/suspicious-login.md',
        field: 'article',
        reason: expect.stringMatching(/^more than 64 \* _ or ~ marks in one paragraph/),
      },
    ]);
    expect(problemSentence(errors[0]!, t.en)).toBe('“article” is longer or more complex than a rule pack may have.');
  });

  it('reading the articles has a time bound: past it the pack is refused, the articles after it left unread', () => {
    let clock = 0;
    const pack = edit((p) =>
      p.rules.push(
        ...Array.from({ length: 5 }, (_, i) => ({
          ...structuredClone(p.rules[0]!),
          file: `more-${i}.md`,
          frontMatter: { ...p.rules[0]!.frontMatter, id: `instagram/acme-more-${i}` },
        })),
      ),
    );
    // Each article "takes" a second on this clock; the bound is three.
    const result = checkPack(pack, BUNDLED_IDS, { now: () => (clock += 1000), budgetMs: 3000 });
    expect(result).toEqual({
      ok: false,
      errors: [{ file: '(pack)', field: '(time)', reason: 'reading its articles took longer than 3 s: make them shorter or fewer' }],
    });
    expect(problemSentence({ file: '(pack)', field: '(time)', reason: '' }, t.es)).toBe(
      'Leer los artículos de este paquete lleva demasiado tiempo: acórtalos o usa menos.',
    );
    // The same pack on a real clock is well inside the bound.
    expect(checkPack(pack, BUNDLED_IDS).ok).toBe(true);
  });
});

describe("bounds on a zip's YAML", () => {
  const rule = readFileSync(join(FIXTURES_DIR, 'packs/acme-it/instagram/acme-device-limit.md'), 'utf8');

  it('front matter of more than 1 000 lines is refused before the YAML library reads it (it compares keys pairwise)', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `k${i}: v`).join('\n');
    const started = performance.now();
    const outcome = importPackFile(
      'keys.zip',
      zipSync({ 'instagram/keys.md': strToU8(`---\n${keys}\n---\n\n## Fix it\n1. Go.\n`) }),
      BUNDLED_IDS,
    );
    expect(outcome).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        {
          file: 'instagram/keys.md',
          field: '(front matter)',
          reason: 'more than 1000 lines or 64000 characters of front matter: a rule needs far fewer',
        },
      ]),
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("the zip's files are read within the pack's time bound, shared with its articles", () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`instagram/r${i}.md`, strToU8(rule.replace('acme-device-limit', `acme-r${i}`))]),
    );
    let clock = 0;
    const outcome = importPackFile('slow.zip', zipSync(files), BUNDLED_IDS, { now: () => (clock += 1000), budgetMs: 3000 });
    expect(outcome).toEqual({
      ok: false,
      errors: [{ file: 'slow.zip', field: '(time)', reason: 'reading its articles took longer than 3 s: make them shorter or fewer' }],
    });
    expect(importPackFile('fast.zip', zipSync(files), BUNDLED_IDS).ok).toBe(true);
  });
});

describe('a pack is parsed once, and showing it parses nothing', () => {
  it('the check keeps every article as a safe tree; the topics the pages read carry the tree, not Markdown', () => {
    const outcome = importPackFile('acme.json', new TextEncoder().encode(JSON.stringify(PACK)), BUNDLED_IDS);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.pack.rules.every((r) => Array.isArray(r.body) && r.body.length > 0)).toBe(true);
    const [topic] = packTopicsOf([
      { rule: outcome.pack.rules[0]!, pack: { name: 'Acme IT', version: '1.2.0', origin: 'imported', rules: outcome.pack.rules } },
    ]);
    expect(topic).toMatchObject({ body: outcome.pack.rules[0]!.body });
    expect(topic).not.toHaveProperty('markdown');
  });

  it('a page open shows the stored tree as it is (a topic stored as Markdown by an earlier version is shown as plain text, not parsed)', () => {
    const base = {
      id: 'instagram/acme-x',
      platform: 'instagram' as const,
      title: 'T',
      summary: 'S',
      kind: 'info' as const,
      related: [],
      screenTexts: [],
      pack: { name: 'P', version: '1', origin: 'imported' as const },
    };
    const tree = [{ t: 'h2' as const, c: ['From the tree'] }];
    expect(packArticle({ ...base, body: tree, markdown: '## Not this' }).body).toEqual(tree);
    // The review's article, as an earlier version stored it: no parse, so no seconds lost opening the panel.
    const hostile = `__${'a_'.repeat(40_000)}`;
    const started = performance.now();
    expect(packArticle({ ...base, markdown: hostile }).body).toEqual([{ t: 'p', c: [hostile] }]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
