/**
 * Text normalisation shared by rule compilation and snapshot matching.
 * Case, diacritics, punctuation, apostrophe style, non-breaking and zero-width spaces and runs of
 * whitespace all fold away, leaving lower-case words separated by single spaces. Matching then asks
 * whether a phrase's words occur as a contiguous run of the text's words.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Apostrophes join a word ("isn't", "can’t") rather than split it, whatever their style.
const APOSTROPHES = /[\u0027\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

/** Does normalised `text` contain normalised `phrase` on word boundaries? */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  // Fast path done; confirm word boundaries, trying later occurrences if the first is mid-word.
  for (let i = at; i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = i === 0 || text.charCodeAt(i - 1) === 32;
    const end = i + phrase.length;
    const after = end === text.length || text.charCodeAt(end) === 32;
    if (before && after) return true;
  }
  return false;
}
