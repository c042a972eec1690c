import { localeOfLang } from '../i18n/languages';
import { markdownToTree, treeLinks, treeText } from './markdown';
import { SECTION_KEYS, type SectionKey } from './sections';
import type { Article, ArticleText, MdNode } from './types';

/**
 * A translation's words checked against its English article (translations.ts says what is checked
 * and why). Apart from the translation files' YAML, so that what checks a rule pack's translations
 * — the settings page and the background — carries no YAML parser.
 */

/** A language's article section headings, from its locale's messages (`articleHeadingFix`…). */
export type Headings = Record<SectionKey, string>;

/** The locale folder of a language tag: pt-BR → pt_BR (src/i18n/languages.ts). */
export const localeDir = localeOfLang;

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
const h2Texts = (body: readonly MdNode[]) =>
  body.filter((n): n is Exclude<MdNode, string> => typeof n !== 'string' && n.t === 'h2').map((n) => text(n).trim());
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

/** Checks one translation's words against its English article; returns them ready to show, or null with problems. */
export function checkTranslationWords(
  file: string,
  words: TranslationWords,
  { english, lang, headings, phrases, problems }: TranslationCheck,
): ArticleText | null {
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
  if (expected.join('\n') !== actual.join('\n'))
    add(
      'article',
      `sections must be ${expected.map((h) => `"${h}"`).join(', ')} in that order (found ${actual.map((h) => `"${h}"`).join(', ') || 'none'})`,
    );

  const steps = [fixSteps(english.body, headings.en.Fix), fixSteps(body, headings.lang.Fix)];
  if (steps[0] !== steps[1]) add('article', `"${headings.lang.Fix}" has ${steps[1]} numbered step(s); the English article has ${steps[0]}`);

  const links = [[...new Set(treeLinks(english.body))].sort(), [...new Set(treeLinks(body))].sort()];
  if (links[0]!.join() !== links[1]!.join())
    add('article', `links to ${links[1]!.join(', ') || 'no topic'}; the English article links to ${links[0]!.join(', ') || 'no topic'}`);

  // Each English label either stays as it is or becomes the platform's own label in this language
  // (one of the rule's phrases there): as many of those as labels that went.
  const english_ = new Set(boldOf(english.body));
  const bold = new Set(boldOf(body));
  const known = new Set(phrases.map((p) => p.toLowerCase()));
  const gone = [...english_].filter((label) => !bold.has(label));
  const localised = [...bold].filter((b) => !english_.has(b) && known.has(b.toLowerCase()));
  if (gone.length > localised.length)
    add(
      'article',
      `bold UI label(s) of the English article missing: ${gone.map((l) => `**${l}**`).join(', ')} (keep each as it is, or use the platform's own label in this language)`,
    );
  if (!words.title.trim()) add('title', 'must not be empty');
  if (!words.summary.trim()) add('summary', 'must not be empty');
  if (problems.length > before) return null;
  return {
    lang,
    title: words.title,
    summary: words.summary,
    ...(words.search && { search: words.search }),
    body: markSections(body, headings.lang),
    plain: treeText(body),
  };
}
