import { z } from 'zod';
import { searchTermsSchema } from '../search/terms-schema';
import { splitRuleFile } from './front-matter';
import { markdownToTree, treeLinks, treeText } from './markdown';
import { SECTION_KEYS, type SectionKey } from './sections';
import type { Article, ArticleText, MdNode } from './types';

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


/** A language's article section headings, from its locale's messages (`articleHeadingFix`…). */
export type Headings = Record<SectionKey, string>;

/** The locale folder of a language tag: pt-BR → pt_BR. */
export const localeDir = (lang: string) => lang.replace('-', '_');

/** A language's article section headings, from its locale's messages (`articleHeadingFix`…), or null when one is missing. */
export function localeHeadings(messages: Record<string, { message?: string } | undefined>): Headings | null {
  const out = {} as Headings;
  for (const key of SECTION_KEYS) {
    const message = messages[`articleHeading${key}`]?.message;
    if (!message) return null;
    out[key] = message;
  }
  return out;
}

/** Marks each `##` heading with the section it opens (rules/sections.ts), so "Fix it" is found in any language. */
export function markSections(body: MdNode[], headings: Headings): MdNode[] {
  const keyOf = new Map(SECTION_KEYS.map((k) => [headings[k], k]));
  return body.map((n) => (typeof n !== 'string' && n.t === 'h2' ? { ...n, s: keyOf.get(text(n).trim()) } : n));
}

const translationSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'must not be empty').max(80, 'keep titles under 80 characters'),
  summary: z.string().trim().min(1, 'must not be empty').max(160, 'a summary is one line (160 characters at most)'),
  /** The words people type for this topic, in this language (search only; no English counterpart to match). */
  search: searchTermsSchema.optional(),
});

export interface TranslationProblem {
  file: string;
  field: string;
  reason: string;
}

const text = (node: MdNode): string => (typeof node === 'string' ? node : node.c.map(text).join(''));
const walk = (nodes: readonly MdNode[], visit: (n: Exclude<MdNode, string>) => void) => {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    visit(n);
    walk(n.c, visit);
  }
};
const h2Texts = (body: readonly MdNode[]) => body.filter((n): n is Exclude<MdNode, string> => typeof n !== 'string' && n.t === 'h2').map((n) => text(n).trim());
/**
 * The bold UI labels of an article. Bold that ends a sentence or a lead-in ("**Note:**", "**Clock
 * out of sync.**") is emphasis in the article's own words, translated like the rest; labels end
 * otherwise ("**Send Security Code**", "**It's me!**").
 */
const boldOf = (body: readonly MdNode[]) => {
  const out: string[] = [];
  walk(body, (n) => {
    const label = n.t === 'strong' ? text(n).trim() : '';
    if (label && !/[.:]$/.test(label)) out.push(label);
  });
  return out;
};
/** The fix steps: the top-level items of the first ordered list under the fix heading. */
const fixSteps = (body: readonly MdNode[], fixHeading: string) => {
  const start = body.findIndex((n) => typeof n !== 'string' && n.t === 'h2' && text(n).trim() === fixHeading);
  if (start < 0) return 0;
  for (const n of body.slice(start + 1)) {
    if (typeof n === 'string') continue;
    if (n.t === 'h2') break;
    if (n.t === 'ol') return n.c.length;
  }
  return 0;
};

/** The words of a translation as a rule pack carries them (no YAML): its front matter's fields and its Markdown. */
export interface TranslationWords {
  id?: string;
  title: string;
  summary: string;
  /** Search terms in this language (optional). */
  search?: string[];
  article: string;
}

/**
 * What a translation is checked against: its English article, its language and that language's
 * section headings, the rule's screen phrases in that language (localised UI labels), and where
 * problems go.
 */
export interface TranslationCheck {
  english: Pick<Article, 'id' | 'body'>;
  lang: string;
  headings: { en: Headings; lang: Headings };
  phrases: readonly string[];
  problems: TranslationProblem[];
}

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
  if (fm.data.id !== english.id) problems.push({ file, field: 'id', reason: `"${fm.data.id}" is not the id of the English article beside it ("${english.id}")` });
  const text = checkTranslationWords(file, { ...fm.data, article: parts.markdown }, check);
  return fm.data.id === english.id ? text : null;
}

/** Checks one translation's words against its English article; returns them ready to show, or null with problems. */
export function checkTranslationWords(file: string, words: TranslationWords, { english, lang, headings, phrases, problems }: TranslationCheck): ArticleText | null {
  const before = problems.length;
  const add = (field: string, reason: string) => problems.push({ file, field, reason });
  let body: MdNode[];
  try {
    body = markdownToTree(words.article);
  } catch (e) {
    add('article', (e as Error).message);
    return null;
  }
  if (body.length === 0) add('article', 'the article body is empty');

  const toLang = new Map(SECTION_KEYS.map((k) => [headings.en[k], headings.lang[k]]));
  const expected = h2Texts(english.body).map((h) => toLang.get(h) ?? h);
  const actual = h2Texts(body);
  if (expected.join('\n') !== actual.join('\n')) add('article', `sections must be ${expected.map((h) => `"${h}"`).join(', ')} in that order (found ${actual.map((h) => `"${h}"`).join(', ') || 'none'})`);

  const steps = [fixSteps(english.body, headings.en.Fix), fixSteps(body, headings.lang.Fix)];
  if (steps[0] !== steps[1]) add('article', `"${headings.lang.Fix}" has ${steps[1]} numbered step(s); the English article has ${steps[0]}`);

  const links = [[...new Set(treeLinks(english.body))].sort(), [...new Set(treeLinks(body))].sort()];
  if (links[0]!.join() !== links[1]!.join()) add('article', `links to ${links[1]!.join(', ') || 'no topic'}; the English article links to ${links[0]!.join(', ') || 'no topic'}`);

  // Each English label either stays as it is or becomes the platform's own label in this language
  // (one of the rule's phrases there): as many of those as labels that went.
  const english_ = new Set(boldOf(english.body));
  const bold = new Set(boldOf(body));
  const known = new Set(phrases.map((p) => p.toLowerCase()));
  const gone = [...english_].filter((label) => !bold.has(label));
  const localised = [...bold].filter((b) => !english_.has(b) && known.has(b.toLowerCase()));
  if (gone.length > localised.length) add('article', `bold UI label(s) of the English article missing: ${gone.map((l) => `**${l}**`).join(', ')} (keep each as it is, or use the platform's own label in this language)`);
  if (!words.title.trim()) add('title', 'must not be empty');
  if (!words.summary.trim()) add('summary', 'must not be empty');
  if (problems.length > before) return null;
  return { lang, title: words.title, summary: words.summary, ...(words.search && { search: words.search }), body: markSections(body, headings.lang), plain: treeText(body) };
}
