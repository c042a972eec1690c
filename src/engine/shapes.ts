/**
 * Shapes of personal data in page text: email addresses and numbers (phone numbers, codes, IPv4
 * addresses), whole or half-masked ("j***@e*****.com", "+1 ***-***-**67"). One home for both uses:
 * rules ask whether a page *shows* one (a language-free sign that a step is about an address or a
 * number), and redaction masks them in anything exported (report/redact.ts) with the same scanners.
 *
 * Hand-written scanners, not regular expressions: a page or a file can hold a word of a million
 * characters, and a backtracking pattern tried at every position of it costs the square of its
 * length. Each scanner below looks at every character a bounded number of times.
 */

export const SHAPES = ['email', 'phone'] as const;
export type Shape = (typeof SHAPES)[number];

/** What masking writes in place of each shape. */
export const MASKS = { email: '[email]', phone: '[phone]', code: '[code]', ip: '[ip]', digits: '[digits]' } as const;

// Sticky: each test looks at the one position it is given, never further.
const DIGIT = /\p{Nd}/uy;
const LETTER = /[\p{L}\p{M}\p{N}]/uy;
const SPACE = /\s/y;
const at = (re: RegExp, s: string, i: number) => ((re.lastIndex = i), re.test(s));

/** Character classes, as bits of `charKind`. */
export const DIGIT_BIT = 1;
export const LETTER_BIT = 2;
export const STAR_BIT = 4;
export const SPACE_BIT = 8;
/**
 * What the character at `i` (0 ≤ i) is: a digit of any script (ASCII, full-width, Arabic-Indic,
 * Devanagari…), a letter of any script or "_" (half of a surrogate pair counts: an astral letter), a
 * star or bullet standing for a digit ("***-**67"), white space — or 0, nothing of these.
 */
export function charKind(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128)
    return c > 47 && c < 58
      ? DIGIT_BIT
      : c === 95 || ((c | 32) > 96 && (c | 32) < 123)
        ? LETTER_BIT
        : c === 42
          ? STAR_BIT
          : c === 32 || (c > 8 && c < 14)
            ? SPACE_BIT
            : 0;
  return c === 0x2022
    ? STAR_BIT
    : at(DIGIT, s, i)
      ? DIGIT_BIT
      : c >> 11 === 27 || at(LETTER, s, i)
        ? LETTER_BIT
        : at(SPACE, s, i)
          ? SPACE_BIT
          : 0;
}
const ADDRESS = DIGIT_BIT | LETTER_BIT | STAR_BIT;
const NUMERAL = DIGIT_BIT | STAR_BIT;

/**
 * Every email address in `text`, as [start, end) spans: letters of any script, stars and bullets
 * allowed on both sides of the "@"; the domain needs a dot. Each "@" looks left only as far as the
 * one before it and right only as far as the next: every character is looked at at most twice.
 */
export function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let a = text.indexOf('@'), floor = 0; a >= 0; a = text.indexOf('@', a + 1)) {
    let s = a;
    while (s > floor && (charKind(text, s - 1) & ADDRESS || '.-+%'.includes(text[s - 1]!))) s--;
    // The domain: letters and digits, and a dot or dash between two of them (not the sentence's full stop).
    let e = a + 1;
    let dot = false;
    for (; ; e++) {
      if (charKind(text, e) & ADDRESS) continue;
      if (e === a + 1 || !'.-'.includes(text[e] ?? '@') || !(charKind(text, e + 1) & ADDRESS)) break;
      dot ||= text[e] === '.';
    }
    if (s < a && dot) {
      spans.push([s, (floor = e)]);
      a = e - 1;
    }
  }
  return spans;
}

/** What a run of digits is (see `numberRuns`). */
export type NumberKind = 'phone' | 'code' | 'ip' | 'digits';
/** A run of digit groups that is personal: "+1 (415) 555-0134", "4821 0937", "493817", "192.168.0.1". */
export interface NumberRun {
  start: number;
  end: number;
  kind: NumberKind;
  /** How many groups, and their length in all (digits, stars and bullets). */
  groups: number;
  length: number;
  /** No +, parenthesis, star or dot: bare digit groups, as backup codes are written. */
  plain: boolean;
  /** Pairs of four-digit groups (length four times the groups): backup codes ("4821 0937", "4821-0937 5530-1284"). */
  list: boolean;
  /** A lone group in parentheses: "(493817)". */
  paren: boolean;
}

// Between groups, besides any run of white space: one dot or dash (ASCII, Unicode or full-width).
const SEPARATORS = '.-\u2010\u2011\u2012\u2013\uff0d\uff0e';

/**
 * Every run of digit groups in `text` that is not part of a word and is personal, in order. Groups
 * are split by white space, one dot or one dash; a group may sit in parentheses ("(11) 91234-5678");
 * a run may start with +; a group joined to letters ("0134x") belongs to that word and ends the run.
 *
 * What a run is: a phone number with a +country code; nine digits or more; or seven or more in
 * groups — but pairs of four-digit groups are backup codes. A dotted run of four groups, twelve
 * digits at most, is an IPv4 address; other dotted runs are versions or decimals unless
 * phone-long, and one right after "/" is a version ("Chrome/124.0.0.0"). A lone group the page
 * half-masked ("****1234", "••42") is masked digits. Four digits or more otherwise make a code
 * ("4821", "12 34 56", "493817"); fewer ("Step 1 of 5", "ending in 42") are the UI's own words.
 *
 * Scanning resumes after each run, and a run is kept as sums over its groups: every character is
 * looked at a bounded number of times, and a run of a million groups costs what a word does.
 */
export function numberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  for (let start = 0; start < text.length; start++) {
    const c = text.charCodeAt(start);
    if (c < 128 && (c < 48 || c > 57) && c !== 40 && c !== 42 && c !== 43) continue; // only ( * + and digits start one
    const plus = c === 43 || c === 0xff0b;
    let j = start + +plus;
    if (!(charKind(text, j) & NUMERAL || (text[j] === '(' && charKind(text, j + 1) & NUMERAL))) continue;
    // Inside a word ("x86", "a1b2": codes of letters and digits are redaction's) — but a + may follow a letter ("to+1…").
    if (start && (charKind(text, start - 1) & (plus ? DIGIT_BIT | STAR_BIT : ADDRESS) || text[start - 1] === '+')) continue;
    // Sums over the groups: how many, their length, their real digits, and what was seen between them.
    let end = start,
      n = 0,
      digits = 0,
      groups = 0,
      stars = false,
      paren = false,
      dots = false,
      others = false;
    for (let sep = '', k = j; ; j = k) {
      const open = text[j] === '(';
      const from = (k = j + +open);
      let d = 0;
      for (let f = charKind(text, k); f & NUMERAL; f = charKind(text, ++k)) d += f & DIGIT_BIT;
      const m = k - from;
      if (!m || (open && text[k++] !== ')') || charKind(text, k) & LETTER_BIT) break;
      end = k;
      n += m;
      digits += d;
      groups++;
      stars ||= d < m;
      paren ||= open;
      if (sep === '.' || sep === '\uff0e') dots = true;
      else if (sep) others = true;
      if (charKind(text, k) & SPACE_BIT) for (sep = ' '; charKind(text, k) & SPACE_BIT; ) k++;
      else if (k < text.length && SEPARATORS.includes(text[k]!)) sep = text[k++]!;
      else if (text[k] === '(' || (open && charKind(text, k) & NUMERAL))
        sep = '('; // "+1(415)555-0134"
      else break;
    }
    if (n > 3 && digits) {
      const plain = !plus && !paren && !stars && !dots;
      const list = plain && groups % 2 === 0 && n === groups * 4;
      const kind: NumberKind | null =
        stars && digits < 5 && groups < 2 && !plus
          ? 'digits'
          : dots && !others && !plus
            ? text[start - 1] === '/'
              ? null
              : groups === 4 && n < 13
                ? 'ip'
                : n > 6
                  ? 'phone'
                  : null
            : plus
              ? n > 4
                ? 'phone'
                : null
              : !list && (n > 8 || (n > 6 && groups > 1))
                ? 'phone'
                : 'code';
      if (kind) runs.push({ start, end, kind, groups, length: n, plain, list, paren: paren && groups < 2 });
    }
    start = Math.max(start, end - 1);
  }
  return runs;
}

/** `text` with the spans replaced, left to right (spans in order, not overlapping). */
export function replaceSpans(text: string, spans: readonly (readonly [number, number, string])[]): string {
  let out = '';
  let from = 0;
  for (const [start, end, mask] of spans) {
    out += text.slice(from, start) + mask;
    from = end;
  }
  return out + text.slice(from);
}

/** `text` with every email address masked. */
export const maskEmails = (text: string): string =>
  replaceSpans(
    text,
    emailSpans(text).map(([s, e]) => [s, e, MASKS.email] as const),
  );

/** `text` with every phone number, code (one mask per backup code of a list) and IPv4 address masked. */
export function maskNumbers(text: string): string {
  return replaceSpans(
    text,
    numberRuns(text).map((r) => {
      // A list of backup codes stays a list of masks; a half-masked number keeps its stars.
      const mask = r.list
        ? Array<string>(r.groups / 2)
            .fill(MASKS.code)
            .join(' ')
        : r.kind === 'digits'
          ? text.slice(r.start, r.end).replace(/[^*•]/g, '') + MASKS.digits
          : MASKS[r.kind];
      return r.paren ? [r.start + 1, r.end - 1, mask] : [r.start, r.end, mask]; // "(493817)" keeps its parentheses
    }),
  );
}

/** `text` with every email address and number masked: the first steps of redaction. */
export const maskContacts = (text: string): string => maskNumbers(maskEmails(text));

/** Does `text` show an email address or a phone number (or the mask a redacted capture left)? */
export const shows = (text: string, shape: Shape): boolean =>
  text.includes(MASKS[shape]) || (shape === 'email' ? emailSpans(text).length > 0 : numberRuns(text).some((r) => r.kind === 'phone'));
