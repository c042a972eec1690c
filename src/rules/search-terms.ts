import { z } from 'zod';

/**
 * A rule file's `search` field: the words people type for the topic's problem ("won't accept",
 * "locked out", "no llega"), in the file's language — the English file's in English, each
 * translation's in its own. Short phrases, true to the article; search weighs them like a title and
 * rewards a query that holds one whole (index.ts). Shared by the rule schema and the translation
 * schema; only zod here, so neither pulls the other into a bundle.
 */
export const searchTermsSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(80, 'a search term is a short phrase (80 characters at most)'))
  .max(40, 'at most 40 search terms')
  .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, 'search terms must not repeat');
