/**
 * Redaction, property-tested: thousands of generated emails, international phone numbers,
 * digit codes and backup codes, set inside the sentences real screens use — every one masked, no
 * digit of it left — while the UI's own words (every phrase the shipped rules match, and labels
 * such as "Send Security Code") come through unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_ROLES } from '../../src/engine/types';
import { redactText, REDACTED } from '../../src/report/redact';
import { shippedRules } from './helpers';

const RUNS = 1_500;

// Sentences around the secret: no digit, no @, no URL of their own, so any digit left is a leak.
const before = fc.constantFrom('', 'We sent a code to ', 'Enter the code sent to ', 'Your code is ', 'Contact ', 'Ends with ', '(', 'Código enviado a ', 'Wir haben ', '« ', 'Backup: ');
const after = fc.constantFrom('', '.', ' now', ', please check.', ')', ' »', '!', ' and try again', '\n');

const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const word = (min: number, max: number) => fc.tuple(lower, fc.array(alnum, { minLength: min - 1, maxLength: max - 1 })).map(([h, t]) => h + t.join(''));

const email = fc
  .tuple(
    fc.array(word(1, 10), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('.', '_', '-', '+'),
    fc.array(word(1, 10), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('com', 'co.uk', 'de', 'com.br', 'io', 'fr'),
    fc.boolean(),
  )
  .map(([local, sep, domain, tld, masked]) => {
    const l = local.join(sep);
    const address = `${l}@${domain.join('.')}.${tld}`;
    // Half-masked forms too, as Instagram shows them: "j*****e@g***l.com".
    return masked ? address.replace(/^(.)[^@]*(.)@(.)[^.]*/, (_m, a, b, c) => `${a}*****${b}@${c}***`) : address;
  });

/** +country code, then 2–4 groups of 2–4 digits (≥ 7 digits in all), varied separators and parentheses. */
const phone = fc
  .tuple(
    fc.integer({ min: 1, max: 998 }),
    fc.constantFrom(' ', '-', '.', ''),
    fc.boolean(),
    digits(2, 4),
    fc.array(digits(2, 4), { minLength: 2, maxLength: 3 }),
    fc.constantFrom(' ', '-', '.'),
  )
  .filter(([, , , area, rest]) => (area + rest.join('')).length >= 7)
  .map(([cc, sep, paren, area, rest, groupSep]) => `+${cc}${sep}${paren ? `(${area})` : area}${groupSep}${rest.join(groupSep)}`);

const code = fc.oneof(digits(6, 8), fc.tuple(digits(3, 3), digits(3, 3), fc.constantFrom(' ', '-')).map(([a, b, s]) => a + s + b));

const backupCode = fc.oneof(
  fc.tuple(digits(4, 4), digits(4, 4), fc.constantFrom(' ', '-')).map(([a, b, s]) => a + s + b),
  // 8 letters and digits holding both kinds.
  fc
    .array(fc.constantFrom(...'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ0123456789'.split('')), { minLength: 8, maxLength: 8 })
    .map((c) => c.join(''))
    .filter((c) => /\d/.test(c) && /[A-Za-z]/.test(c)),
);

function checkMasked(secret: fc.Arbitrary<string>, placeholder: string[]) {
  fc.assert(
    fc.property(before, secret, after, (pre, value, post) => {
      const out = redactText(pre + value + post);
      expect(out, `"${pre + value + post}" → "${out}"`).not.toContain(value);
      // Nothing of it survives: the sentences hold no digit and no @ of their own.
      expect(out).not.toMatch(/[0-9@]/);
      expect(placeholder.some((p) => out.includes(p))).toBe(true);
      expect(out.startsWith(pre) && out.endsWith(post)).toBe(true);
    }),
    { numRuns: RUNS },
  );
}

describe('redaction properties', () => {
  it(`masks ${RUNS} generated emails (plain and half-masked)`, () => checkMasked(email, [REDACTED.email]), 30_000);
  it(`masks ${RUNS} generated international phone numbers`, () => checkMasked(phone, [REDACTED.phone]), 30_000);
  it(`masks ${RUNS} generated digit codes`, () => checkMasked(code, [REDACTED.code]), 30_000);
  it(`masks ${RUNS} generated backup codes`, () => checkMasked(backupCode, [REDACTED.code]), 30_000);

  it('masks every secret in a sentence holding several, next to UI words that stay', () => {
    const label = fc.constantFrom('Send Security Code', 'Enter the 6-digit code', 'Use a backup code', 'Turn on 2FA', 'Try another way');
    fc.assert(
      fc.property(label, email, phone, code, backupCode, (l, e, p, c, b) => {
        const out = redactText(`${l}: ${e}, ${p}; ${c} / ${b}`);
        expect(out).toBe(`${l}: ${REDACTED.email}, ${REDACTED.phone}; ${REDACTED.code} / ${REDACTED.code}`);
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('keeps every phrase the shipped rules match, and text with nothing redactable', () => {
    const phrases = new Set<string>();
    for (const rule of shippedRules().table) {
      for (const c of [...rule.all, ...rule.any, ...rule.none]) {
        if ((TEXT_ROLES as readonly string[]).includes(c.k)) for (const v of c.v as string[]) phrases.add(v);
      }
    }
    expect(phrases.size).toBeGreaterThan(100);
    const changed = [...phrases].filter((p) => redactText(p) !== p);
    expect(changed).toEqual([]);
    for (const label of ['Send Security Code', 'Enter the 6-digit code', 'Step 1 of 5', 'Turn on 2FA', 'Enter the 6-digit code we sent to the number ending in 42.']) {
      expect(redactText(label)).toBe(label);
    }
    // Text with no digit, no @ and no URL is never touched.
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter((s) => !/[\d@]|https?:/i.test(s)), (s) => redactText(s) === s),
      { numRuns: RUNS },
    );
  }, 30_000);
});
