import type { Options } from 'minisearch';
import { normalize } from '../engine/normalize';
import { allLanguages } from '../rules/article-text';
import type { Article } from '../rules/types';
import { canonical } from './words';

/**
 * What the index is made of — its fields, their words, its options — in one place: the build
 * serialises an index made with these options and the pages load it with the same ones
 * (MiniSearch.loadJSON must be given the options the index was made with), then add a rule pack's
 * topics to it with them.
 */

// Where a word is found says how much it tells: a title or the screen's own words beat body text.
// The id's slug ("invalid-code") is a curated name for the topic, kept even when the title is reworded.
// `search` holds the words people use for the problem ("won't accept", "no llega"): as telling as a title.
export const BOOST = { title: 4, search: 4, slug: 3, screenTexts: 2.5, summary: 2, plain: 1 } as const;

/** Same folding as the engine (case, diacritics, apostrophes), split into words; drops 1-letter noise. */
export function terms(text: string): string[] {
  const folded = normalize(text);
  return folded === '' ? [] : folded.split(' ').filter(notNoise);
}

/** What the index and queries are made of: `terms`, with one spelling for words written several ways (words.ts). */
export function tokens(text: string): string[] {
  return words(text).filter(notNoise);
}

/** Folded words in their one spelling, 1-letter ones included ("x" can be a platform). */
export function words(text: string): string[] {
  const folded = normalize(text);
  return folded === '' ? [] : canonical(folded.split(' '));
}

export const notNoise = (w: string): boolean => w.length > 1 || /\d/.test(w);

/**
 * One edit for words of 4–7 letters, two from 8 ("suspcious" → "suspicious"); short words must be
 * exact, or "code" would find "mode" and "node".
 */
export function fuzziness(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/** A topic's search terms in every language: a query in any of them finds it. */
export function searchTermsOf(a: Article): string[] {
  return [...(a.search ?? []), ...Object.values(a.translations ?? {}).flatMap((t) => t.search ?? [])];
}

/** The index: every language at once (title, summary and text of each translation), so a query in any finds the article. */
export const INDEX_OPTIONS: Options<Article> = {
  fields: ['title', 'search', 'slug', 'summary', 'plain', 'screenTexts'],
  storeFields: [],
  extractField: (doc, field) => {
    if (field === 'slug') return doc.id.slice(doc.id.indexOf('/') + 1).replace(/-/g, ' ');
    if (field === 'title' || field === 'summary' || field === 'plain') return allLanguages(doc, field);
    if (field === 'search') return searchTermsOf(doc).join(' \n ');
    const value = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' \n ') : String(value ?? '');
  },
  tokenize: (text) => tokens(text),
  processTerm: (term) => term,
};
