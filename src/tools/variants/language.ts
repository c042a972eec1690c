/** 1. Unknown language: every word made up in another script, markup and data (addresses, numbers) kept. */
import { NOT_PROSE, descendants, generator, hash32, lower, parse, serialize, textNodes } from './dom';

export type MadeUpScript = 'armenian' | 'hangul' | 'devanagari';
export const MADE_UP_SCRIPTS: readonly MadeUpScript[] = ['armenian', 'hangul', 'devanagari'];

/** The language tag a page in a made-up language claims. */
export const MADE_UP_LANG = 'xx';

/** Text-bearing attributes rewritten on every element of the body (`value` only on `<button>`). */
export const LANGUAGE_ATTRS = ['aria-label', 'placeholder', 'title', 'alt'] as const;

/** A token that is data rather than language: a code, a phone number, a masked address. */
export const isDataToken = (token: string) => /[\d@*•+]/u.test(token);

const LETTER = /[\p{L}\p{M}]/u;
const LETTERS_G = /[\p{L}\p{M}]/gu;

function madeUpLetter(script: MadeUpScript, r: number, upper: boolean): string {
  switch (script) {
    case 'armenian': // ա..ֆ (38 lowercase letters); capitals Ա..Ֆ are 0x30 below
      return String.fromCharCode((upper ? 0x531 : 0x561) + Math.floor(r * 38));
    case 'hangul': // the 11 172 precomposed syllables 가..힣
      return String.fromCharCode(0xac00 + Math.floor(r * 11172));
    case 'devanagari': // the consonants क..ह, standalone letters (no vowel signs)
      return String.fromCharCode(0x915 + Math.floor(r * 37));
  }
}

/**
 * One word in a made-up language: every letter replaced, punctuation kept, same length; the same
 * word (in any case) always gives the same made-up word within one seed, as a language repeats words.
 */
export function madeUpWord(word: string, seed: string, script: MadeUpScript): string {
  const next = generator(hash32(`${seed}\u0000${script}\u0000${word.toLowerCase()}`));
  return word.replace(LETTERS_G, (ch) => {
    const r = next();
    return madeUpLetter(script, r, ch !== ch.toLowerCase());
  });
}

/** Text → made-up language: words (whitespace-separated tokens) rewritten, data tokens and spacing kept. */
export function madeUpText(text: string, seed: string, script: MadeUpScript): string {
  return text.replace(/\S+/gu, (token) => (isDataToken(token) || !LETTER.test(token) ? token : madeUpWord(token, seed, script)));
}

/** The script picked for a seed when none is asked for. */
export const scriptFor = (seed: string | number): MadeUpScript => MADE_UP_SCRIPTS[hash32(String(seed)) % MADE_UP_SCRIPTS.length]!;

/**
 * The page in a language nobody wrote rules for: every word of the body's text, and of its
 * aria-label/placeholder/title/alt attributes and buttons' `value`, becomes a made-up word of the
 * same length in another script. Data tokens (anything with a digit, `@`, `*`, `•`, `+`: codes,
 * phone numbers, masked e-mail addresses), punctuation and all other markup are kept; `<html lang>`
 * becomes a made-up tag.
 */
export function unknownLanguage(html: string, seed: string | number, script: MadeUpScript = scriptFor(seed)): string {
  const doc = parse(html);
  const s = String(seed);
  const body = doc.body;
  for (const t of textNodes(body, NOT_PROSE)) {
    const next = madeUpText(t.data, s, script);
    if (next !== t.data) t.data = next;
  }
  for (const el of [body, ...descendants(body)]) {
    for (const name of LANGUAGE_ATTRS) {
      const v = el.getAttribute(name);
      if (v) el.setAttribute(name, madeUpText(v, s, script));
    }
    if (lower(el) === 'button') {
      const v = el.getAttribute('value');
      if (v) el.setAttribute('value', madeUpText(v, s, script));
    }
  }
  doc.documentElement.setAttribute('lang', MADE_UP_LANG);
  return serialize(doc, html);
}
