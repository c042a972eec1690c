import { z } from 'zod';
import { searchTermsSchema } from './search-terms';
import { splitRuleFile } from './front-matter';
import { checkTranslationWords, type TranslationCheck } from './translation-words';
import type { ArticleText } from './types';

export * from './translation-words';

/**
 * Article translations: `rules/<platform>/<slug>.<lang>.md` beside the English file, holding words
 * only — `id`, `title`, `summary`, the optional `search` terms and the article. Matching stays in
 * the English file. A language exists when `public/_locales/<lang>` does (pt-BR ↔ pt_BR); its section
 * headings are that locale's `articleHeading*` messages, so adding a language is adding its `*.xx.md`
 * files and its locale.
 *
 * A translation must say the same thing as its English article, checked at build time: the same
 * topic id, the same sections in the same order, the same number of fix steps, the same `topic:`
 * links, and every bold UI label of the English text present — as it is (the platform may still show
 * the English label) or as one of the rule's own phrases in that language.
 */
export const TRANSLATION_FILE = /\.([a-z]{2,3}(?:-[A-Z]{2})?)\.md$/;

const translationSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'must not be empty').max(80, 'keep titles under 80 characters'),
  summary: z.string().trim().min(1, 'must not be empty').max(160, 'a summary is one line (160 characters at most)'),
  /** The words people type for this topic, in this language (search only; no English counterpart to match). */
  search: searchTermsSchema.optional(),
});

/** A translation file's text (front matter + Markdown), checked as `checkTranslationWords` does. */
export function checkTranslation(file: string, source: string, check: TranslationCheck): ArticleText | null {
  const { english, problems } = check;
  const parts = splitRuleFile(file, source, problems);
  if (!parts) return null;
  const fm = translationSchema.safeParse(parts.data);
  if (!fm.success) {
    for (const issue of fm.error.issues) problems.push({ file, field: issue.path.join('.') || '(front matter)', reason: issue.message });
    return null;
  }
  if (fm.data.id !== english.id)
    problems.push({ file, field: 'id', reason: `"${fm.data.id}" is not the id of the English article beside it ("${english.id}")` });
  const text = checkTranslationWords(file, { ...fm.data, article: parts.markdown }, check);
  return fm.data.id === english.id ? text : null;
}
