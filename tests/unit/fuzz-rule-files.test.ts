/**
 * Fuzzing rule front matter, the schema a rule pack goes through too: 10 000 random rule files are
 * validated without a throw, and every issue names a field and a reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../../src/rules/schema';
import { FUZZ_RUNS as RUNS } from './fuzz-runs';

describe('fuzz: rule front matter', () => {
  const valid = fc.record({
    id: fc.constantFrom('instagram/some-topic', 'x/other', 'general/a-b-c'),
    platform: fc.constantFrom('instagram', 'x', 'general'),
    title: fc.string({ minLength: 1, maxLength: 60 }),
    summary: fc.string({ minLength: 1, maxLength: 100 }),
    kind: fc.constantFrom('blocking', 'warning', 'info'),
    seeds: fc.array(fc.constantFrom('seed-a', 'seed-b'), { minLength: 1, maxLength: 2 }),
    match: fc.record({
      any: fc.array(
        fc.oneof(
          fc.record({ heading: fc.string({ maxLength: 20 }) }),
          fc.record({ path: fc.string({ maxLength: 20 }) }),
          fc.record({ input: fc.record({ autocomplete: fc.string() }) }),
        ),
        { maxLength: 3 },
      ),
    }),
  });
  const input = fc.oneof(
    valid,
    fc
      .tuple(valid, fc.constantFrom('id', 'platform', 'title', 'kind', 'seeds', 'match', 'extra'), fc.jsonValue({ maxDepth: 3 }))
      .map(([r, k, v]) => ({ ...r, [k]: v })),
    fc.anything(),
  );

  it(`${RUNS} random rule files: validated without throwing; every issue names a field and a reason`, () => {
    fc.assert(
      fc.property(input, (rule) => {
        const parsed = frontMatterSchema.safeParse(rule);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.error.issues) expect(issue.message).toMatch(/\S/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
