import { langOfLocale, localeOfLang } from '../i18n/languages';
import { isLocale, LOCALES } from '../i18n';
import { CATALOGS } from '../i18n/catalogs';
import { phrasesOf, phraseText } from '../rules/compile';
import { markdownToTree, treeLinks } from '../rules/markdown';
import { checkTranslationWords, localeHeadings, type Headings } from '../rules/translation-words';
import type { MdNode } from '../rules/types';
import type { PackProblem, PackRule, RulePack } from './validate';

/**
 * A structurally valid pack's articles, checked as the build checks an article (Markdown the side
 * panel can show, not empty, links and related topics that exist, translations that say the same)
 * and parsed — ONCE: at import in the settings page, or when the background loads a policy's pack.
 * The safe trees are kept with the pack (store.ts, derived.ts), so opening the side panel or the
 * popup parses nothing. The Markdown parser has bounds of its own (markdown-bounds.ts); on top of
 * them, a pack's whole parse has a time bound, checked between articles.
 */
export const PREPARE_BUDGET_MS = 3_000;

export interface PrepareOptions {
  /** A clock in milliseconds (tests give their own). */
  now?: () => number;
  budgetMs?: number;
  /** A bound already running (a zip's files were read under it): the articles share what is left. */
  budget?: Budget;
}

/** The time bound of one pack's check: `over()` says when it is spent (every article after is left unread). */
export interface Budget {
  over(): boolean;
}

export function startBudget({ now = () => performance.now(), budgetMs = PREPARE_BUDGET_MS, budget }: PrepareOptions = {}): Budget {
  if (budget) return budget;
  const start = now();
  return { over: () => now() - start > budgetMs };
}

export const timeProblem = (budgetMs = PREPARE_BUDGET_MS): PackProblem => ({
  file: '(pack)',
  field: '(time)',
  reason: `reading its articles took longer than ${budgetMs / 1000} s: make them shorter or fewer`,
});

/** The pack with every article (and translation) as a safe tree, and the problems found; a pack with problems is not to be used. */
export function prepareArticles(
  pack: RulePack,
  knownIds: ReadonlySet<string>,
  budget: Budget = startBudget(),
): { pack: RulePack; problems: PackProblem[] } {
  const ids = new Set([...knownIds, ...pack.rules.map((r) => r.frontMatter.id)]);
  const problems: PackProblem[] = [];
  const rules: PackRule[] = [];
  for (const rule of pack.rules) {
    if (budget.over()) {
      problems.push(timeProblem());
      break;
    }
    const prepared = prepareRule(rule, ids, problems);
    if (prepared) rules.push(prepared);
  }
  return { pack: { ...pack, rules }, problems };
}

function prepareRule(rule: PackRule, ids: ReadonlySet<string>, problems: PackProblem[]): PackRule | null {
  const { file, frontMatter: fm, article, translations } = rule;
  const before = problems.length;
  fm.related.forEach((id, i) => {
    if (!ids.has(id)) problems.push({ file, field: `frontMatter.related.${i}`, reason: `unknown topic id "${id}"` });
    else if (id === fm.id) problems.push({ file, field: `frontMatter.related.${i}`, reason: 'a topic cannot be related to itself' });
  });
  let body: MdNode[];
  try {
    body = markdownToTree(article);
  } catch (e) {
    problems.push({ file, field: 'article', reason: (e as Error).message });
    return null;
  }
  if (body.length === 0) problems.push({ file, field: 'article', reason: 'the article body is empty' });
  for (const id of treeLinks(body)) if (!ids.has(id)) problems.push({ file, field: 'article', reason: `link to unknown topic "${id}"` });
  const prepared: NonNullable<PackRule['translations']> = {};
  for (const [lang, words] of Object.entries(translations ?? {})) {
    const where = `translations.${lang}`;
    const headings = packHeadings(lang);
    if (!headings) {
      problems.push({ file, field: where, reason: `Signpost has no interface in "${lang}" (${TRANSLATION_LANGUAGES.join(', ')})` });
      continue;
    }
    // The same checks as a bundled translation; phrases of that language may stand in for English labels.
    const phrases = [...phrasesOf(fm)]
      .filter(({ phrase }) => typeof phrase !== 'string' && (phrase.lang === lang || phrase.lang === lang.split('-')[0]))
      .map(({ phrase }) => phraseText(phrase));
    const found: PackProblem[] = [];
    const text = checkTranslationWords(file, words, { english: { id: fm.id, body }, lang, headings, phrases, problems: found });
    problems.push(...found.map((p) => ({ ...p, field: `${where}.${p.field}` })));
    if (text) prepared[lang] = { ...words, body: text.body };
  }
  if (problems.length > before) return null;
  return { ...rule, body, ...(translations ? { translations: prepared } : {}) };
}

/** The languages Signpost speaks besides English, and their article headings: what a pack's translation may use. */
const TRANSLATION_LANGUAGES = LOCALES.filter((l) => l !== 'en').map(langOfLocale);
function packHeadings(lang: string): { en: Headings; lang: Headings } | null {
  const locale = localeOfLang(lang);
  if (!isLocale(locale) || locale === 'en') return null;
  const en = localeHeadings(CATALOGS.en);
  const own = localeHeadings(CATALOGS[locale]);
  return en && own ? { en, lang: own } : null;
}

/** True when every article of the pack (and every translation) has its tree: nothing left to parse. */
export const isPrepared = (pack: RulePack): boolean =>
  pack.rules.every((r) => r.body !== undefined && Object.values(r.translations ?? {}).every((t) => t.body !== undefined));
