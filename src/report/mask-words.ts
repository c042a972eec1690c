import { replaceSpans } from '../engine/shapes';
import { isDigit, isIn, isWord } from './word-chars';

/**
 * The word-shaped half of redaction (report/redact.ts runs them): @usernames, IPv6 addresses and
 * codes of letters and digits (the name after a greeting: mask-greetings.ts). Hand-written scanners,
 * like the contact shapes (engine/shapes.ts): every character is looked at a bounded number of
 * times, so a word of a million characters costs what a million characters of prose cost.
 */

/** "@jane.doe_1987" → "@[user]": an @ not inside a word or an address, then username characters. */
export function maskHandles(text: string): string {
  const spans: [number, number, string][] = [];
  for (let a = text.indexOf('@'); a >= 0; a = text.indexOf('@', a + 1)) {
    if (a > 0 && (isWord(text, a - 1) || isIn('@.', text, a - 1))) continue;
    let e = a + 1;
    while (e < text.length && (isWord(text, e) || text[e] === '.')) e++;
    while (e > a + 1 && text[e - 1] === '.') e--;
    if (e === a + 1) continue;
    spans.push([a, e, '@[user]']);
    a = e - 1;
  }
  return replaceSpans(text, spans);
}

const isHex = (s: string, i: number) => {
  const c = s.charCodeAt(i) | 32;
  return (c > 47 && c < 58) || (c > 96 && c < 103);
};
/** An IPv6 address: hex groups of up to four, "::" once or eight groups, maybe an IPv4 tail; a digit somewhere. */
function isIpv6(token: string): boolean {
  if (token.length > 45 || !/\d/.test(token)) return false; // 45: the longest an IPv6 address is written
  const groups = token.split(':');
  const gap = token.indexOf('::');
  if (groups.length < 3 || groups.length > 9 || gap !== token.lastIndexOf('::') || (gap < 0 && groups.length !== 8)) return false;
  return groups.every((g, n) => /^[0-9a-f]{0,4}$/i.test(g) || (n === groups.length - 1 && /^\d{1,3}(\.\d{1,3}){3}$/.test(g)));
}

/** "fe80::1ff:fe23:4567:890a" → "[ip]". A run of hex digits, colons and dots not inside a word. */
export function maskIpv6(text: string): string {
  const spans: [number, number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHex(text, i) && text[i] !== ':') continue;
    if (i > 0 && (isWord(text, i - 1) || isIn(':.', text, i - 1))) continue;
    let j = i;
    let colons = 0;
    for (; isHex(text, j) || isIn(':.', text, j); j++) colons += +(text[j] === ':');
    let e = j;
    while (e > i && text[e - 1] === '.') e--;
    if (colons > 1 && !isWord(text, j) && isIpv6(text.slice(i, e))) spans.push([i, e, '[ip]']);
    i = j - 1;
  }
  return replaceSpans(text, spans);
}

/**
 * Runs of letters and digits (of any script); "_" and everything else splits them. Kept in flat
 * arrays, not one object per token: a text of a million one-letter words stays cheap.
 */
function tokens(text: string): { start: number[]; end: number[]; digits: number[]; letters: number[] } {
  const t = { start: [] as number[], end: [] as number[], digits: [] as number[], letters: [] as number[] };
  for (let i = 0; i < text.length; i++) {
    if (!isWord(text, i) || text[i] === '_') continue;
    const from = i;
    let digits = 0;
    for (; i < text.length && isWord(text, i) && text[i] !== '_'; i++) digits += +isDigit(text, i);
    t.start.push(from);
    t.end.push(i);
    t.digits.push(digits);
    t.letters.push(i - from - digits);
  }
  return t;
}
/**
 * Codes of letters and digits ("a1b2c3d4", "AB12-CD34", "ABCD-EFGH-1234"): groups joined by a
 * space, a dash or a dot, each holding a digit, with a letter somewhere and four characters or more
 * (a number run into a word, "IP192.168.0.1", goes whole); or
 * dash-joined groups of one length, three or more each. Digits alone are numbers (engine/shapes.ts).
 * A chain that fails is not tried again from inside (a part of it fails too): linear.
 */
export function maskAlnumCodes(text: string): string {
  const { start, end, digits, letters } = tokens(text);
  const spans: [number, number, string][] = [];
  const joined = (u: number, seps: string) => start[u + 1] === end[u]! + 1 && seps.includes(text[end[u]!]!);
  const sum = (list: number[], from: number, to: number) => {
    let n = 0;
    for (let u = from; u <= to; u++) n += list[u]!;
    return n;
  };
  let triedEven = -1;
  let triedMixed = -1;
  for (let t = 0; t < start.length; t++) {
    let u = t;
    const len = end[t]! - start[t]!;
    if (t > triedEven) {
      while (u + 1 < start.length && joined(u, '-') && end[u + 1]! - start[u + 1]! === len) u++;
      if (u > t && len >= 3 && sum(digits, t, u) > 0 && sum(letters, t, u) > 0) {
        spans.push([start[t]!, end[u]!, '[code]']);
        t = u;
        continue;
      }
      triedEven = u;
    }
    if (t > triedMixed && digits[t]! > 0) {
      u = t;
      while (u + 1 < start.length && digits[u + 1]! > 0 && joined(u, ' -.')) u++;
      if (sum(letters, t, u) > 0 && end[u]! - start[t]! >= 4) {
        spans.push([start[t]!, end[u]!, '[code]']);
        t = u;
        continue;
      }
      triedMixed = u;
    }
  }
  return replaceSpans(text, spans);
}
