import { replaceSpans } from '../engine/shapes';
import { isDigit, isIn, isLetter, isWord, wordEnd } from './word-chars';

/**
 * The name after a greeting, the part of redaction (report/redact.ts runs it) that reads words as
 * words: a greeting, the words that may follow it, then a name-shaped token. A hand-written scanner
 * like the others in mask-words.ts: every character is looked at a bounded number of times.
 */

// Greetings that come before a name on a screen ("Hi jane_doe, confirm it's you"), lower case; a
// hyphenated one counts by its last word ("Bem-vindo" → "vindo").
export const GREETINGS: ReadonlySet<string> = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'dear',
  'welcome',
  'hola',
  'buenas',
  'bienvenido',
  'bienvenida',
  'querido',
  'querida',
  'estimado',
  'estimada',
  'olá',
  'ola',
  'oi',
  'prezado',
  'prezada',
  'vindo',
  'vinda',
  'bonjour',
  'salut',
  'coucou',
  'hallo',
  'servus',
  'moin',
  'ciao',
  'salve',
  'hej',
  'hoi',
  'merhaba',
]);
// Words between a greeting and the name ("Welcome back, …", "Hola de nuevo, …").
const FILLERS = new Set(['back', 'again', 'de', 'nuevo', 'novo', 'volta', 'otra', 'outra', 'vez']);
// Words that follow a greeting and are no name ("Welcome to Instagram", "Hi there") — unless
// capitalised and ended as a name ("Hola Una,"); a first name among them before a surname is missed.
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'to',
  'a',
  'al',
  'ao',
  'à',
  'aos',
  'en',
  'em',
  'in',
  'on',
  'at',
  'there',
  'all',
  'everyone',
  'todos',
  'todas',
  'team',
  'equipo',
  'equipe',
  'and',
  'y',
  'e',
  'from',
  'the',
  'el',
  'la',
  'los',
  'las',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'un',
  'una',
  'is',
]);
/** Where a name may end: punctuation, a line's end or the text's. */
const endsName = (s: string, i: number) => i >= s.length || isIn(',!?:;.)\n', s, i);
const skipGap = (s: string, i: number) => {
  while (isIn(' ,\u00a0\t', s, i)) i++;
  return i;
};

/** End of the username-like token at `i` (letters, digits, "_", ".", "-", "'"), its last dot or dash left out. */
function tokenEnd(s: string, i: number): number {
  let e = i;
  while (e < s.length && (isWord(s, e) || isIn(".-'", s, e))) e++;
  while (e > i && isIn('.-', s, e - 1)) e--;
  return e;
}
const capitalised = (s: string, i: number) => isLetter(s, i) && s[i] !== s[i]!.toLowerCase();

/**
 * Where the name after a greeting ends, or -1 when what follows is no name: one token that is
 * followed by punctuation or looks like a username ("jane_doe", "j.doe", "jane1987"), or two
 * capitalised ones followed by punctuation ("Jane Doe,").
 */
function nameEnd(s: string, k: number): number {
  const e = tokenEnd(s, k);
  if (e === k || !isWord(s, k)) return -1;
  // "Hi there", "Welcome to…": no name — unless written as one and ended as one ("Hola Una,").
  if (NOT_NAMES.has(s.slice(k, e).toLowerCase()) && !(capitalised(s, k) && endsName(s, e))) return -1;
  let digits = 0;
  let inner = false;
  for (let i = k; i < e; i++) {
    if (isDigit(s, i)) digits++;
    else if (isIn('_.', s, i)) inner = true;
  }
  if (digits === e - k) return -1; // a number: a code, not a name (masked as one)
  if (s[e] === ' ' && capitalised(s, k) && capitalised(s, e + 1)) {
    const second = tokenEnd(s, e + 1);
    if (endsName(s, second)) return second;
  }
  return endsName(s, e) || inner || digits > 0 ? e : -1;
}

/** "Hi jane_doe, confirm it's you" → "Hi [user], confirm it's you", in the languages of GREETINGS. */
export function maskGreetings(text: string): string {
  const spans: [number, number, string][] = [];
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text, i) || (i > 0 && isWord(text, i - 1))) {
      i++;
      continue;
    }
    const j = wordEnd(text, i);
    if (j - i > 12 || !GREETINGS.has(text.slice(i, j).toLowerCase()) || !isIn(' ,\u00a0\t', text, j)) {
      i = j;
      continue;
    }
    const first = skipGap(text, j);
    let k = first;
    for (
      let w = wordEnd(text, k);
      w > k && w - k < 8 && tokenEnd(text, k) === w && FILLERS.has(text.slice(k, w).toLowerCase());
      w = wordEnd(text, k)
    )
      k = skipGap(text, w);
    let end = nameEnd(text, k);
    // No name after the words that may come between ("Hi De,"): a capitalised one is the name.
    if (end < 0 && k > first && capitalised(text, first)) end = nameEnd(text, (k = first));
    if (end < 0) i = j;
    else {
      spans.push([k, end, '[user]']);
      i = end;
    }
  }
  return replaceSpans(text, spans);
}
