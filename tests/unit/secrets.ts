/**
 * Generated personal data, every format a screen or a file may show it in: emails (letters of any
 * script, half-masked too), phone numbers (E.164 with and without separators, national formats of
 * the countries whose languages Signpost speaks and of the pages' other languages), IP addresses,
 * codes of 4 to 12 characters with and without spaces or dashes — digits in ASCII, full-width,
 * Arabic-Indic or Devanagari. Each generator gives the secret and the pieces of it that must not
 * survive redaction. Usernames and names: secret-names.ts.
 */
import fc from 'fast-check';

export interface Secret {
  /** The text as a page would show it. */
  text: string;
  /** Pieces that must not be found in redacted output: the whole, and each digit run or name in it. */
  pieces: string[];
}

// Digits in the scripts pages use; a secret keeps one script throughout, as a page writes it.
const SCRIPTS = [0x30, 0xff10, 0x660, 0x6f0, 0x966] as const;
const inScript = (ascii: string, zero: number) => ascii.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
const digit = fc.integer({ min: 0, max: 9 }).map(String);
export const digits = (min: number, max = min) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));
const script = fc.constantFrom(...SCRIPTS);
/** Digit runs of three or more (shorter ones, "1" or "42", are everyday text). */
const runsOf = (text: string) => text.match(/\p{Nd}{3,}/gu) ?? [];
const secret = (text: string, extra: string[] = []): Secret => ({ text, pieces: [text, ...runsOf(text), ...extra] });

/** Fills each X of a template with a digit. */
const filled = (template: string) =>
  digits(template.split('X').length - 1).map((d) => [...d].reduce((t, x) => t.replace('X', x), template));

/** E.164: +country code and national number, 8 to 15 digits, with no separators or in groups. */
export const e164 = fc
  .tuple(fc.integer({ min: 1, max: 998 }), digits(7, 12), fc.constantFrom('', ' ', '-', '.'), fc.integer({ min: 2, max: 4 }), script)
  .map(([cc, national, sep, size, zero]) => {
    const groups = sep === '' ? [national] : (national.match(new RegExp(`.{1,${size}}`, 'g')) ?? []);
    return secret(inScript(`+${cc}${sep === '' ? '' : ' '}${groups.join(sep)}`, zero));
  });

/**
 * National formats: the United States and Canada, the United Kingdom, Ireland, Australia, India,
 * South Africa; Spain, Mexico, Argentina, Colombia, Chile; Brazil, Portugal; and the pages' other
 * languages: France, Germany, Italy, Japan, Korea, Russia, Turkey, the Netherlands, Indonesia, the
 * Emirates.
 */
const NATIONAL = [
  '(XXX) XXX-XXXX',
  'XXX-XXX-XXXX',
  'XXX.XXX.XXXX',
  'XXX XXX XXXX',
  'XXXXXXXXXX',
  '1-XXX-XXX-XXXX',
  '0XX XXXX XXXX',
  '07XXX XXXXXX',
  '0XXXX XXXXXX',
  '08X XXX XXXX',
  '04XX XXX XXX',
  '(0X) XXXX XXXX',
  'XXXXX XXXXX',
  '0XX XXX XXXX',
  '6XX XX XX XX',
  '9XX XXX XXX',
  '6XX XXX XXX',
  'XX XXXX XXXX',
  '(XX) XXXX-XXXX',
  '011 15-XXXX-XXXX',
  '3XX XXX XXXX',
  '9 XXXX XXXX',
  '(XX) 9XXXX-XXXX',
  'XX 9XXXX-XXXX',
  '(0XX) XXXX-XXXX',
  '9XX XXX XXX',
  '2XX XXX XXX',
  '0X XX XX XX XX',
  '0X.XX.XX.XX.XX',
  '0XXX XXXXXXX',
  '0XXX-XXXXXXX',
  '3XX XXX XXXX',
  '0X XXXX XXXX',
  '090-XXXX-XXXX',
  '03-XXXX-XXXX',
  '010-XXXX-XXXX',
  '8 (9XX) XXX-XX-XX',
  '0 (5XX) XXX XX XX',
  '06-XXXXXXXX',
  '08XX-XXXX-XXXX',
  '05X XXX XXXX',
];
export const nationalPhone = fc.tuple(fc.constantFrom(...NATIONAL).chain(filled), script).map(([n, zero]) => secret(inScript(n, zero)));

/** Codes of 4 to 12 digits, whole or in groups of two to four split by spaces or dashes. */
export const digitCode = fc
  .tuple(digits(4, 12), fc.constantFrom(0, 2, 3, 4), fc.constantFrom(' ', '-'), script)
  .map(([code, size, sep, zero]) => secret(inScript(size ? (code.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(sep) : code, zero)));

const ALNUM = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ0123456789';
const alnum = (n: number) => fc.array(fc.constantFrom(...ALNUM), { minLength: n, maxLength: n }).map((c) => c.join(''));
const hasDigit = (s: string) => /\d/.test(s);
const mixed = (s: string) => hasDigit(s) && /[A-Za-z]/.test(s);
/**
 * Codes of letters and digits, 4 to 12 characters (a digit and a letter in each: letters alone
 * are words): whole ("a1b2c3d4"), in dash-joined groups of one length ("ABCD-EFGH-1234"), or in
 * groups that each hold a digit, joined by a space or a dash ("AB12 CD34").
 */
export const alnumCode = fc.oneof(
  fc
    .integer({ min: 4, max: 12 })
    .chain(alnum)
    .filter(mixed)
    .map((c) => secret(c)),
  fc
    .tuple(fc.constantFrom(3, 4), fc.integer({ min: 2, max: 3 }))
    .chain(([size, n]) => fc.array(alnum(size), { minLength: n, maxLength: n }))
    .filter((g) => mixed(g.join('')))
    .map((g) => secret(g.join('-'), g.filter(hasDigit))),
  fc
    .tuple(
      fc.array(
        fc.tuple(alnum(1), digits(1), alnum(1)).map((p) => p.join('')),
        { minLength: 2, maxLength: 4 },
      ),
      fc.constantFrom(' ', '-'),
    )
    .filter(([g]) => mixed(g.join('')))
    .map(([g, sep]) => secret(g.join(sep), g)),
);

/** Backup codes as Instagram lists them: one or several "4821 0937". */
export const backupCodes = fc
  .array(fc.tuple(digits(4), digits(4), fc.constantFrom(' ', '-')), { minLength: 1, maxLength: 5 })
  .map((codes) => secret(codes.map(([a, b, s]) => a + s + b).join(' ')));

/** Letters of the scripts names and addresses are written in. */
export const LETTERS = {
  latin: 'abcdefghijklmnopqrstuvwxyz',
  accented: 'áéíóúàâêôãõçñäöüøåß',
  cyrillic: 'абвгдежзиклмнопрст',
  greek: 'αβγδεζηθικλμνξπρστ',
};
export const wordIn = (alphabet: string, min = 1, max = 10) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((c) => c.join(''));
const anyWord = fc.constantFrom(...Object.values(LETTERS)).chain((a) => wordIn(LETTERS.latin + a));

/** Emails in ASCII or in letters of other scripts, plain or half-masked as the platforms show them. */
export const email = fc
  .tuple(
    fc.array(anyWord, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('.', '_', '-', '+'),
    fc.array(anyWord, { minLength: 1, maxLength: 2 }),
    fc.constantFrom('com', 'co.uk', 'com.br', 'es', 'pt', 'de', 'рф'),
    fc.boolean(),
  )
  .map(([local, sep, domain, tld, masked]) => {
    const l = local.join(sep);
    const d = domain.join('.');
    const text = masked ? `${[...l][0]}*****@${[...d][0]}***.${tld}` : `${l}@${d}.${tld}`;
    // The local part too when it is long enough not to be found in the sentence around it by chance.
    return { text, pieces: [text, ...(!masked && l.length > 5 ? [l] : [])] };
  });

const octet = fc.integer({ min: 0, max: 255 });
const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
/** IPv4 and IPv6 addresses (full and compressed). */
export const ip = fc.oneof(
  fc.array(octet, { minLength: 4, maxLength: 4 }).map((o) => secret(o.join('.'))),
  fc
    .array(hex, { minLength: 8, maxLength: 8 })
    .filter((g) => /\d/.test(g.join('')))
    .map((g) => ({ text: g.join(':'), pieces: [g.join(':')] })),
  fc
    .tuple(fc.array(hex, { minLength: 1, maxLength: 3 }), fc.array(hex, { minLength: 1, maxLength: 3 }))
    .filter(([a, b]) => /\d/.test(a.join('') + b.join('')))
    .map(([a, b]) => ({ text: `${a.join(':')}::${b.join(':')}`, pieces: [`${a.join(':')}::${b.join(':')}`] })),
);

/** Every kind above (greetings, in secret-names.ts, are checked word for word on their own), as a Secret. */
export const anySecret = fc.oneof(e164, nationalPhone, digitCode, alnumCode, backupCodes, email, ip);
