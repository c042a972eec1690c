import type { Platform } from '../rules/platforms';

/**
 * The words of a query that say little about the problem: articles, pronouns, prepositions and
 * auxiliaries of English, Spanish and Portuguese, folded like `normalize` (no accents, lower case).
 * They stay in the index (they cost nothing there) but are left out of the ranked query, where they
 * only add noise: "no puedo entrar a mi cuenta" is "no puedo entrar cuenta".
 *
 * Negations ("no", "not", "nao", "cant", "never", "sin", "sem") are never here: "no llega" and "não
 * recebi" are the problem. Question words ("where", "why", "donde", "onde") stay too.
 * "no" is Spanish for "not" but Portuguese for "in the": only a Portuguese speaker's search drops it.
 */
const COMMON = `
  a an the my our your their his her its it is are was were be been am im ive
  to of in on at for from by with and or but if so as this that these those
  do does did doing have has had can could would should will just please
  about into then than there here what how which who when get got any some also
  me we us you they he she i
  el la los las un una unos unas de del al en y que por para con mi mis tu tus su sus nuestra nuestro nuestras nuestros
  es son esta estoy este eso esa ese lo le les yo nos se como ya pero si hay muy mas
  o os as um uma uns umas do da dos das em ou meu minha meus minhas seu sua seus suas nosso nossa
  eu ele ela isso esse essa ao aos pelo pela pelos pelas tem ter foi ser sou estou com
`;
const PORTUGUESE_ONLY = 'no na nos nas';

const STOP = new Set(COMMON.split(/\s+/).filter(Boolean));
const STOP_PT = new Set([...STOP, ...PORTUGUESE_ONLY.split(' ')]);

/** The stop words for a person whose interface language is `lang` (BCP 47). */
export function stopWords(lang: string): ReadonlySet<string> {
  return lang.split('-')[0] === 'pt' ? STOP_PT : STOP;
}

/**
 * The names people give each platform, folded. "x" is the one one-letter word a query keeps.
 * "x.com" folds to "x com": "com" is a stop word (Portuguese "with").
 */
export const PLATFORM_ALIASES: Readonly<Record<string, Platform>> = {
  x: 'x',
  twitter: 'x',
  xcom: 'x',
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
};
/** Full names a misspelt platform is measured against ("twiter", "instagarm", "instagran"). */
export const PLATFORM_NAMES: Readonly<Record<string, Platform>> = { twitter: 'x', instagram: 'instagram' };

/**
 * One spelling for words that are written several ways, applied to the index and to queries alike:
 * Portuguese "e-mail" folds to "e mail"; "log in" and "sign in" are "login", "set up" is "setup";
 * "2fa", "mfa" and "2sv" name the same thing; English negations ("can't", "won't", "doesn't",
 * "cannot") are all "not", so "won't accept" and "doesn't accept" are one complaint.
 */
export function canonical(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'e' && next === 'mail') {
      out.push('email');
      i++;
    } else if (next === 'in' && LOG_IN.has(w)) {
      out.push('login');
      i++;
    } else if (w === 'set' && next === 'up') {
      out.push('setup');
      i++;
    } else out.push(SAME[w] ?? (NEGATIONS.has(w) ? 'not' : w));
  }
  return out;
}
const SAME: Readonly<Record<string, string>> = { '2fa': 'mfa', '2sv': 'mfa', emails: 'email', logins: 'login' };
const LOG_IN = new Set(['log', 'logging', 'logged', 'sign', 'signing', 'signed']);
const NEGATIONS = new Set([
  'not',
  'cant',
  'cannot',
  'wont',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'couldnt',
  'wouldnt',
  'aint',
]);

/**
 * A light stem for comparing a query's words with a search term's: plural "s", "-ing", "-ed"
 * ("codes" / "code", "working" / "work", "rejected" / "reject"). Only for that comparison: the index
 * keeps whole words, so a word being typed still finds them as a prefix.
 */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 5 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. Allocation-free. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(b.length + 1);
    row = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}
let prevRow = new Int32Array(32);
let row = new Int32Array(32);
