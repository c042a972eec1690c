import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeEvidence, inputEvidenceAttrs, parseEvidence } from '../../src/engine/conditions';
import { normalize } from '../../src/engine/normalize';
import { CONDITION_KINDS, INPUT_ATTRS, type Condition } from '../../src/engine/types';
import { shippedRules } from './helpers';

/** A condition of `kind` (its own values do not matter to `describe()`, only the value that held). */
const condition = (kind: Condition['k']): Condition => ({ k: kind, v: kind === 'input' ? {} : [], w: 1 }) as Condition;

/** Every value a condition can hold with, as `evaluate()` returns it (an input: all its pairs). */
function heldValues(cond: Condition): string[] {
  if (cond.k === 'input')
    return [
      Object.entries(cond.v)
        .map(([a, v]) => `${a}=${v}`)
        .join(' '),
    ];
  return [...cond.v];
}

describe('parseEvidence: the inverse of describe()', () => {
  it('reads back every evidence string the shipped rules can produce', () => {
    const rules = shippedRules().table;
    let checked = 0;
    for (const rule of rules) {
      for (const cond of [...rule.all, ...rule.any, ...rule.none]) {
        for (const value of heldValues(cond)) {
          expect(parseEvidence(describeEvidence(cond, value)), `${rule.id}: ${describeEvidence(cond, value)}`).toEqual({
            kind: cond.k,
            value,
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('round-trips any value of any condition kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONDITION_KINDS), fc.string({ maxLength: 60 }), (kind, value) => {
        expect(parseEvidence(describeEvidence(condition(kind), value))).toEqual({ kind, value });
      }),
      { numRuns: 2_000 },
    );
  });

  it('knows the exact strings support sees', () => {
    expect(parseEvidence('URL path starts with "/challenge/"')).toEqual({ kind: 'path', value: '^/challenge/' });
    expect(parseEvidence('URL path contains "two_factor"')).toEqual({ kind: 'path', value: 'two_factor' });
    expect(parseEvidence('input with type=radio name=choice')).toEqual({ kind: 'input', value: 'type=radio name=choice' });
    expect(parseEvidence('heading "suspicious login attempt"')).toEqual({ kind: 'heading', value: 'suspicious login attempt' });
    expect(parseEvidence('element with data-testid "ocfentertexttextinput"')).toEqual({ kind: 'testid', value: 'ocfentertexttextinput' });
    expect(parseEvidence('page text "we have sent a verification code to"')).toEqual({
      kind: 'text',
      value: 'we have sent a verification code to',
    });
  });

  it('returns null for strings describe() does not write', () => {
    for (const text of [
      '',
      'heading',
      'heading "',
      'heading "unclosed',
      'subtitle "x"',
      'URL path ends with "/x"',
      'something else entirely',
    ]) {
      expect(parseEvidence(text), text).toBeNull();
    }
  });
});

describe('inputEvidenceAttrs', () => {
  it('splits every shipped input condition back into its attributes', () => {
    for (const rule of shippedRules().table) {
      for (const cond of [...rule.all, ...rule.any, ...rule.none]) {
        if (cond.k !== 'input') continue;
        expect(inputEvidenceAttrs(heldValues(cond)[0]!), rule.id).toEqual(cond.v);
      }
    }
  });

  it('keeps phrase values with spaces whole (aria-label and placeholder are normalised phrases)', () => {
    const phrase = fc
      .string({ minLength: 1, maxLength: 30 })
      .map(normalize)
      .filter((p) => p !== '');
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...INPUT_ATTRS), phrase, { minKeys: 1 }), (attrs) => {
        const value = Object.entries(attrs)
          .map(([a, v]) => `${a}=${v}`)
          .join(' ');
        expect(inputEvidenceAttrs(value)).toEqual(attrs);
      }),
      { numRuns: 1_000 },
    );
    expect(inputEvidenceAttrs('aria_label=enter the code type=text')).toEqual({ aria_label: 'enter the code', type: 'text' });
  });
});
