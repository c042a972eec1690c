import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match } from '../../src/engine/match';
import { tableWithPacks } from '../../src/packs/effective';
import { RULE_PACK_FORMAT, validateRulePack, validateRulePackData } from '../../src/packs/validate';
import { shippedRules, snapshotOf } from './helpers';

const rule = (id: string, heading: string) => ({
  file: `${id.split('/')[1]}.md`,
  frontMatter: {
    id,
    platform: 'instagram',
    title: 'Acme SSO screen',
    summary: 'Sign in through Acme SSO.',
    kind: 'blocking',
    seeds: ['acme'],
    match: { all: [{ heading }] },
  },
  article: 'Ask Acme IT.',
});
const pack = (rules: unknown[]) => ({ format: RULE_PACK_FORMAT, name: 'Acme IT', version: '1.2.0', rules });

describe('rule packs', () => {
  it('a valid pack is accepted, and its topics add to and override bundled ones', () => {
    const bundled = shippedRules().table;
    const overridden = bundled.find((r) => r.id.startsWith('instagram/'))!.id; // same platform: a pack rule's id must match its platform
    const result = validateRulePack(
      JSON.stringify(pack([rule('instagram/acme-sso', 'Acme single sign-on'), rule(overridden, 'Acme override heading')])),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ name: 'Acme IT', version: '1.2.0' });
    const merged = tableWithPacks(bundled, [result.pack]);
    expect(merged).toHaveLength(bundled.length + 1);
    const page = (h: string) => snapshotOf(`<main><h1>${h}</h1></main>`, 'https://www.instagram.com/accounts/login/');
    expect(match(merged, page('Acme single sign-on'))[0]?.id).toBe('instagram/acme-sso');
    expect(match(merged, page('Acme override heading'))[0]?.id).toBe(overridden);
  });

  it('an invalid pack lists every error with file, field and reason, and accepts nothing', () => {
    const bad = rule('instagram/acme-sso', 'x');
    const result = validateRulePackData(
      pack([
        { ...bad, frontMatter: { ...bad.frontMatter, id: 'Not An Id', kind: 'urgent' } },
        {
          ...rule('x/acme-b', 'y'),
          file: 'b.md',
          frontMatter: { ...rule('x/acme-b', 'y').frontMatter, platform: 'x', match: { all: [{ colour: 'red' }] } },
        },
        rule('instagram/dup', 'a'),
        { ...rule('instagram/dup', 'b'), file: 'dup2.md' },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { file: 'acme-sso.md', field: 'frontMatter.id', reason: 'must look like <platform>/<kebab-case-slug>' },
        expect.objectContaining({ file: 'acme-sso.md', field: 'frontMatter.kind' }),
        expect.objectContaining({ file: 'b.md', field: 'frontMatter.match.all.0' }),
        { file: 'dup2.md', field: 'frontMatter.id', reason: 'instagram/dup is also defined in dup.md' },
      ]),
    );
    expect(validateRulePack('{nope').ok).toBe(false);
    // A bad header does not hide the rules' problems.
    const both = validateRulePackData({ ...pack([{ ...bad, frontMatter: { ...bad.frontMatter, kind: 'urgent' } }]), version: 'latest' });
    expect(both.ok ? [] : both.errors.map((e) => `${e.file} ${e.field}`)).toEqual(['(pack) version', 'acme-sso.md frontMatter.kind']);
    expect(validateRulePackData({ format: 'zip', name: '', version: 'latest', rules: [] })).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'format' }),
        expect.objectContaining({ field: 'version' }),
        expect.objectContaining({ field: 'rules' }),
      ]),
    });
  });

  it('fuzz: 10 000 random packs are validated without throwing; refusals name file, field and reason', () => {
    const good = rule('instagram/acme-sso', 'Acme');
    const entry = fc.oneof(
      fc.constant(good as unknown),
      fc
        .tuple(fc.constantFrom('file', 'frontMatter', 'article', 'extra'), fc.jsonValue({ maxDepth: 3 }))
        .map(([k, v]) => ({ ...good, [k]: v }) as unknown),
      fc
        .tuple(fc.constantFrom('id', 'platform', 'title', 'kind', 'seeds', 'match'), fc.jsonValue({ maxDepth: 3 }))
        .map(([k, v]) => ({ ...good, frontMatter: { ...good.frontMatter, [k]: v } }) as unknown),
      fc.anything(),
    );
    const input = fc.oneof(
      fc.array(entry, { maxLength: 4 }).map((rules) => pack(rules) as unknown),
      fc.record({
        format: fc.oneof(fc.constant(RULE_PACK_FORMAT), fc.string()),
        name: fc.string(),
        version: fc.string(),
        rules: fc.anything(),
      }),
      fc.anything(),
    );
    let accepted = 0;
    fc.assert(
      fc.property(input, (data) => {
        const result = validateRulePackData(data);
        if (result.ok) accepted++;
        else for (const e of result.errors) expect(e.file && e.field && e.reason).toBeTruthy();
      }),
      { numRuns: 10_000 },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);
});
