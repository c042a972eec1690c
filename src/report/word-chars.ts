import { charKind, DIGIT_BIT, LETTER_BIT } from '../engine/shapes';

// Character tests the word scanners share (mask-words.ts, mask-greetings.ts): each looks at one
// character, so the scanners built on them stay linear.

export const isDigit = (s: string, i: number) => charKind(s, i) === DIGIT_BIT;
/** A letter or digit of any script, or "_". */
export const isWord = (s: string, i: number) => (charKind(s, i) & (DIGIT_BIT | LETTER_BIT)) > 0;
const LETTER = /[\p{L}\p{M}]/uy;
export const isLetter = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 ? (c | 32) > 96 && (c | 32) < 123 : ((LETTER.lastIndex = i), LETTER.test(s));
};
export const isIn = (chars: string, s: string, i: number) => i >= 0 && i < s.length && chars.includes(s[i]!);
export const wordEnd = (s: string, i: number) => {
  while (i < s.length && isLetter(s, i)) i++;
  return i;
};
