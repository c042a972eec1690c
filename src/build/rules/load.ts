import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CATALOG_IDS } from '../../rules/catalog-ids';
import { coherenceProblems } from '../../rules/coherence';
import { compileRule, phrasesOf, phraseText, phraseTextsOf, topicFieldsOf } from '../../rules/compile';
import { splitRuleFile } from '../../rules/front-matter';
import { markdownToTree, treeLinks, treeText } from '../../rules/markdown';
import { frontMatterSchema, type FrontMatter } from '../../rules/schema';
import { readHeadings, translationLanguages } from './locales';
import { checkTranslation, localeDir, TRANSLATION_FILE } from '../../rules/translations';
import type { Article, CompiledRules } from '../../rules/types';

/** One problem in one rule file: which file, which field, and why. */
export interface RuleProblem {
  file: string;
  field: string;
  reason: string;
}

export class RuleFileError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(`${problems.length} problem(s) in rule files:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'RuleFileError';
  }
}

export const formatProblem = (p: RuleProblem): string => `  ${p.file}: ${p.field}: ${p.reason}`;

export interface LoadedRule {
  file: string;
  fm: FrontMatter;
  markdown: string;
}

export interface LoadOptions {
  /** Fail when a catalogue id has no rule file (the shipped build insists; tests of single files don't). */
  requireCatalog?: boolean;
  /** Where the interface locales are (a translation's language must have one): `<rules>/../public/_locales`. */
  localesDir?: string;
}

/** Every Markdown file under `dir` but READMEs: rule files and their translations. */
export function listRuleFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md') && !f.split(sep).pop()!.toUpperCase().startsWith('README'))
    .map((f) => join(dir, f))
    .sort();
}

/** Parses and validates one file's text. `file` is the path relative to the rules folder. */
export function parseRuleFile(file: string, text: string, problems: RuleProblem[]): LoadedRule | null {
  const parts = splitRuleFile(file, text, problems);
  if (!parts) return null;
  const parsed = frontMatterSchema.safeParse(parts.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ file, field: issue.path.join('.').replace(/\.(\d+)/g, '[$1]') || '(front matter)', reason: issue.message });
    return null;
  }
  const fm = parsed.data;
  const before = problems.length;
  const expected = file.replace(/\\/g, '/').replace(/\.md$/, '');
  if (fm.id !== expected)
    problems.push({ file, field: 'id', reason: `"${fm.id}" does not match the file's path (expected "${expected}")` });
  for (const p of coherenceProblems(fm)) problems.push({ file, ...p });
  return problems.length === before ? { file, fm, markdown: parts.markdown } : null;
}

/** Loads, validates and compiles every rule file under `dir`. Throws RuleFileError listing every problem. */
export function compileRulesDir(dir: string, options: LoadOptions = {}): CompiledRules {
  const problems: RuleProblem[] = [];
  const loaded: LoadedRule[] = [];
  const translations: string[] = [];
  for (const path of listRuleFiles(dir)) {
    if (TRANSLATION_FILE.test(path)) {
      translations.push(path);
      continue;
    }
    const file = relative(dir, path);
    const rule = parseRuleFile(file, readFileSync(path, 'utf8'), problems);
    if (rule) loaded.push(rule);
  }
  const compiled = compileLoaded(loaded, problems, options);
  addTranslations(dir, translations, compiled.articles, loaded, options.localesDir ?? join(dir, '../public/_locales'));
  return compiled;
}

/** Checks every translation against its English article and attaches it. Throws listing every problem. */
function addTranslations(dir: string, paths: string[], articles: Article[], loaded: LoadedRule[], localesDir: string): void {
  const problems: RuleProblem[] = [];
  const languages = paths.length > 0 ? translationLanguages(localesDir) : [];
  const english = readHeadings(localesDir, 'en');
  for (const path of paths) {
    const file = relative(dir, path).replace(/\\/g, '/');
    const lang = TRANSLATION_FILE.exec(file)![1]!;
    const id = file.slice(0, -`.${lang}.md`.length);
    const article = articles.find((a) => a.id === id);
    const fm = loaded.find((r) => r.fm.id === id)?.fm;
    const headings = readHeadings(localesDir, lang);
    if (!article || !fm) problems.push({ file, field: '(file)', reason: `no English rule file ${id}.md beside it` });
    else if (!languages.includes(lang) || !headings || !english)
      problems.push({
        file,
        field: '(file)',
        reason: `no interface locale for "${lang}": add public/_locales/${localeDir(lang)}/messages.json with the articleHeading* messages`,
      });
    else {
      // The rule's own phrases in this language (pt-BR takes the rule's pt phrases): localised UI labels.
      const phrases = [...phrasesOf(fm)]
        .filter(({ phrase }) => typeof phrase !== 'string' && (phrase.lang === lang || phrase.lang === lang.split('-')[0]))
        .map(({ phrase }) => phraseText(phrase));
      const text = checkTranslation(file, readFileSync(path, 'utf8'), {
        english: article,
        lang,
        headings: { en: english, lang: headings },
        phrases,
        problems,
      });
      if (text) (article.translations ??= {})[lang] = text;
    }
  }
  if (problems.length > 0) throw new RuleFileError(problems);
}

export function compileLoaded(loaded: LoadedRule[], problems: RuleProblem[] = [], options: LoadOptions = {}): CompiledRules {
  const ids = new Map<string, string>();
  for (const { file, fm } of loaded) {
    const other = ids.get(fm.id);
    if (other) problems.push({ file, field: 'id', reason: `duplicate id "${fm.id}" (also in ${other})` });
    else ids.set(fm.id, file);
  }
  const articles: Article[] = [];
  for (const { file, fm, markdown } of loaded) {
    fm.related.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ file, field: `related[${i}]`, reason: `unknown topic id "${id}"` });
      else if (id === fm.id) problems.push({ file, field: `related[${i}]`, reason: 'a topic cannot be related to itself' });
    });
    try {
      const body = markdownToTree(markdown);
      for (const id of treeLinks(body))
        if (!ids.has(id)) problems.push({ file, field: 'article', reason: `link to unknown topic "${id}"` });
      if (body.length === 0) problems.push({ file, field: 'article', reason: 'the article body is empty' });
      const { screenTexts, phrases } = phraseTextsOf(fm);
      articles.push({
        ...topicFieldsOf(fm),
        body,
        plain: treeText(body),
        screenTexts,
        phrases,
        ...(fm.search && { search: fm.search }),
        ...(fm.progress && { progress: fm.progress }),
      });
    } catch (e) {
      problems.push({ file, field: 'article', reason: (e as Error).message });
    }
  }
  if (options.requireCatalog) {
    for (const id of CATALOG_IDS)
      if (!ids.has(id)) problems.push({ file: `${id}.md`, field: '(file)', reason: `catalogue id "${id}" has no rule file` });
  }
  if (problems.length > 0) throw new RuleFileError(problems);
  const table = loaded.map(({ fm }) => compileRule(fm)).filter((r) => r !== null);
  articles.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { table, articles };
}
