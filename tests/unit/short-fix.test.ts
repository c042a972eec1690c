import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileRulesDir } from '../../src/build/rules/load';
import type { MdNode } from '../../src/rules/types';
import { SHORT_FIX_MAX_CHARS, SHORT_FIX_MAX_STEPS, shortFix } from '../../src/build/rules/short-fix';

const { articles } = compileRulesDir(join(import.meta.dirname, '../../rules'));

describe('shortFix (the Firefox hint card steps)', () => {
  test('takes the first ordered list under "Fix it", without nested lists, inline text kept together', () => {
    const body: MdNode[] = [
      { t: 'h2', c: ['Why it happens'] },
      { t: 'ol', c: [{ t: 'li', c: ['not this'] }] },
      { t: 'h2', c: ['Fix it'] },
      { t: 'h3', c: ['First path'] },
      {
        t: 'ol',
        c: [
          { t: 'li', c: ['Click ', { t: 'strong', c: ['Send'] }, '.', { t: 'ul', c: [{ t: 'li', c: ['nested detail'] }] }] },
          {
            t: 'li',
            c: [
              { t: 'p', c: ['Second.'] },
              { t: 'p', c: ['Still second.'] },
            ],
          },
        ],
      },
      { t: 'ol', c: [{ t: 'li', c: ['another path'] }] },
    ];
    expect(shortFix({ body, summary: 's' })).toEqual(['Click Send.', 'Second. Still second.']);
  });

  test('falls back to the first paragraph, then to the summary', () => {
    expect(
      shortFix({
        body: [
          { t: 'h2', c: ['Fix it'] },
          { t: 'p', c: ['Do this.'] },
        ],
        summary: 's',
      }),
    ).toEqual(['Do this.']);
    expect(shortFix({ body: [{ t: 'p', c: ['x'] }], summary: 'The summary.' })).toEqual(['The summary.']);
  });

  test('every bundled article has short, non-empty steps within the limits', () => {
    for (const article of articles) {
      const steps = shortFix(article);
      expect(steps.length, article.id).toBeGreaterThan(0);
      expect(steps.length, article.id).toBeLessThanOrEqual(SHORT_FIX_MAX_STEPS);
      for (const step of steps) {
        expect(step.length, article.id).toBeGreaterThan(0);
        expect(step.length, article.id).toBeLessThanOrEqual(SHORT_FIX_MAX_CHARS);
        expect(step, article.id).not.toMatch(/\s[.,;:]|\s{2}/);
      }
    }
  });
});
