/**
 * Redaction, property-tested: thousands of generated emails, phone numbers (international and
 * national, digits of any script), digit codes, codes of letters and digits, backup codes, IP
 * addresses, names after greetings and usernames in addresses, set inside the sentences real
 * screens use — every one masked, no digit of it left — while the UI's own words (every phrase the
 * shipped rules match, and labels such as "Send Security Code") come through unchanged. Redacting
 * twice changes nothing, and a cut made after redaction leaves no piece of anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_ROLES } from '../../src/engine/types';
import { GREETINGS as GREETING_WORDS } from '../../src/report/mask-greetings';
import { maskUrl, redactCut, redactText, REDACTED } from '../../src/report/redact';
import { shippedRules } from './helpers';
import { FINDINGS } from './privacy';
import { alnumCode, anySecret, backupCodes, digitCode, e164, email as anyEmail, ip, nationalPhone, type Secret } from './secrets';
import { greeting, profileUrl } from './secret-names';

const RUNS = 1_500;

// Sentences around the secret: no digit, no @, no URL of their own, so any digit left is a leak.
const before = fc.constantFrom(
  '',
  'We sent a code to ',
  'Enter the code sent to ',
  'Your code is ',
  'Contact ',
  'Ends with ',
  '(',
  'Código enviado a ',
  'Enviamos um código para ',
  'Wir haben ',
  '« ',
  'Backup: ',
  'Login from ',
);
const after = fc.constantFrom('', '.', ' now', ', please check.', ')', ' »', '!', ' and try again', '\n', ' para continuar.');

const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const word = (min: number, max: number) =>
  fc.tuple(lower, fc.array(alnum, { minLength: min - 1, maxLength: max - 1 })).map(([h, t]) => h + t.join(''));

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

const code = fc.oneof(
  digits(6, 8),
  fc.tuple(digits(3, 3), digits(3, 3), fc.constantFrom(' ', '-')).map(([a, b, s]) => a + s + b),
);

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
    for (const label of [
      'Send Security Code',
      'Enter the 6-digit code',
      'Step 1 of 5',
      'Turn on 2FA',
      'Enter the 6-digit code we sent to the number ending in 42.',
    ]) {
      expect(redactText(label)).toBe(label);
    }
    // Text with no digit, no @, no address and no greeting is never touched.
    const greets = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => GREETING_WORDS.has(w));
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !/[\p{Nd}@]|https?:|(instagram|x|twitter)\.com\//iu.test(s) && !greets(s)),
        (s) => redactText(s) === s,
      ),
      { numRuns: RUNS },
    );
  }, 30_000);

  /** No piece of the secret, no digit of any script and no @ left: the sentences hold none of their own. */
  function checkSecret(arb: fc.Arbitrary<Secret>, runs = RUNS) {
    fc.assert(
      fc.property(before, arb, after, (pre, secret, post) => {
        const out = redactText(pre + secret.text + post);
        for (const piece of secret.pieces) expect(out, `"${pre + secret.text + post}" → "${out}"`).not.toContain(piece);
        expect(out).not.toMatch(/[\p{Nd}@]/u);
        expect(out.startsWith(pre) && out.endsWith(post), out).toBe(true);
      }),
      { numRuns: runs },
    );
  }

  it.each([
    ['E.164 numbers, with and without separators', e164],
    ['national phone numbers (English-, Spanish-, Portuguese-speaking countries and the pages’ other languages)', nationalPhone],
    ['codes of 4 to 12 digits, whole or grouped', digitCode],
    ['codes of 4 to 12 letters and digits, whole or grouped', alnumCode],
    ['lists of backup codes', backupCodes],
    ['emails in letters of any script, plain and half-masked', anyEmail],
    ['IPv4 and IPv6 addresses', ip],
  ] as const)('masks generated %s, digits in any script', (_name, arb) => checkSecret(arb), 30_000);

  it('masks the name after a greeting, in several languages, and keeps the rest word for word', () => {
    fc.assert(
      fc.property(greeting, ({ hello, tail, text }) => {
        expect(redactText(text)).toBe(`${hello} ${REDACTED.name}${tail}`);
      }),
      { numRuns: RUNS },
    );
    for (const kept of [
      'Hi there, confirm it is you',
      'Welcome to Instagram',
      'Hello again',
      'Hey, something went wrong',
      'Hola, ¿eres tú?',
    ])
      expect(redactText(kept)).toBe(kept);
  }, 30_000);

  it('masks a username at any place in an Instagram or X address, an id after it, and keeps the route words', () => {
    fc.assert(
      fc.property(profileUrl, ({ url, user, route, id }) => {
        const out = maskUrl(url);
        expect(out, `${url} → ${out}`).not.toContain(user);
        if (id) expect(out).not.toContain(id);
        const kept = new URL(out).pathname.split('/').filter((p) => !/^\[(user|account|id)\]$/.test(p) && p !== '');
        expect(kept).toEqual(route);
        // Written in text without its scheme, it is found and masked the same way.
        const inText = redactText(`see ${url.replace('https://', '')} for more`);
        expect(inText).not.toContain(user);
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('masks what the security finding showed surviving', () => {
    for (const [input, expected] of FINDINGS) expect(redactText(input), input).toBe(expected);
  });

  it('changes nothing when run twice', () => {
    fc.assert(
      fc.property(before, anySecret, after, (pre, secret, post) => {
        const once = redactText(pre + secret.text + post);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('cut after redaction, wherever the cut falls in a secret, leaves no piece of it and no half mask', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop'), maxLength: 40 }), anySecret, fc.nat(), (pre, secret, at) => {
        const text = `${pre} ${secret.text} and more words after it`;
        const max = pre.length + 1 + (at % (secret.text.length + 1));
        const out = redactCut(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/[\p{Nd}@]/u);
        expect(out).not.toMatch(/\[[a-z]*$/);
      }),
      { numRuns: RUNS },
    );
  }, 30_000);
});
