import { CATALOGS, isLocale, LOCALES } from '../i18n';
import { phrasesOf, phraseText } from '../rules/compile';
import { markdownToTree, treeLinks } from '../rules/markdown';
import { checkTranslationWords, localeHeadings, type Headings } from '../rules/translations';
import type { MdNode } from '../rules/types';
import { RULE_PACK_FORMAT, validateRulePack, validateRulePackData, type PackProblem, type PackResult, type RulePack } from './validate';
import { MANIFEST_FILE, packFromZip } from './zip';

/**
 * "Import rule pack" in the settings page: a pack JSON file, or a zip of rule files (zip.ts),
 * validated with the bundled rules' schema (src/packs/validate.ts) plus what the build checks of an
 * article: Markdown the side panel can show, not empty, links and related topics that exist
 * (bundled ones, or the pack's own). Every problem is listed; nothing is stored unless all is valid.
 * Settings page only (Markdown, YAML and unzip).
 */
export type ImportOutcome =
  | { ok: true; data: unknown; pack: RulePack; source: 'json' | 'zip'; added: string[]; overridden: string[] }
  | { ok: false; errors: PackProblem[] };

/** Article problems of a structurally valid pack (Markdown, empty body, unknown topic ids). */
export function articleProblems(pack: RulePack, knownIds: ReadonlySet<string>): PackProblem[] {
  const ids = new Set([...knownIds, ...pack.rules.map((r) => r.frontMatter.id)]);
  const problems: PackProblem[] = [];
  for (const { file, frontMatter: fm, article, translations } of pack.rules) {
    fm.related.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ file, field: `frontMatter.related.${i}`, reason: `unknown topic id "${id}"` });
      else if (id === fm.id) problems.push({ file, field: `frontMatter.related.${i}`, reason: 'a topic cannot be related to itself' });
    });
    let body: MdNode[];
    try {
      body = markdownToTree(article);
    } catch (e) {
      problems.push({ file, field: 'article', reason: (e as Error).message });
      continue;
    }
    if (body.length === 0) problems.push({ file, field: 'article', reason: 'the article body is empty' });
    for (const id of treeLinks(body)) if (!ids.has(id)) problems.push({ file, field: 'article', reason: `link to unknown topic "${id}"` });
    for (const [lang, words] of Object.entries(translations ?? {})) {
      const where = `translations.${lang}`;
      const headings = packHeadings(lang);
      if (!headings) problems.push({ file, field: where, reason: `Signpost has no interface in "${lang}" (${TRANSLATION_LANGUAGES.join(', ')})` });
      else {
        // The same checks as a bundled translation; phrases of that language may stand in for English labels.
        const phrases = [...phrasesOf(fm)].filter(({ phrase }) => typeof phrase !== 'string' && (phrase.lang === lang || phrase.lang === lang.split('-')[0])).map(({ phrase }) => phraseText(phrase));
        const found: PackProblem[] = [];
        checkTranslationWords(file, words, { english: { id: fm.id, body }, lang, headings, phrases, problems: found });
        problems.push(...found.map((p) => ({ ...p, field: `${where}.${p.field}` })));
      }
    }
  }
  return problems;
}

/** The languages Signpost speaks besides English, and their article headings: what a pack's translation may use. */
const TRANSLATION_LANGUAGES = LOCALES.filter((l) => l !== 'en').map((l) => l.replace('_', '-'));
function packHeadings(lang: string): { en: Headings; lang: Headings } | null {
  const locale = lang.replace('-', '_');
  if (!isLocale(locale) || locale === 'en') return null;
  const en = localeHeadings(CATALOGS.en);
  const own = localeHeadings(CATALOGS[locale]);
  return en && own ? { en, lang: own } : null;
}

/** A pack's JSON data, fully checked (structure, then articles). */
export function checkPack(data: unknown, knownIds: ReadonlySet<string>): PackResult {
  return withArticles(validateRulePackData(data), knownIds, data);
}

function withArticles(result: PackResult, knownIds: ReadonlySet<string>, data?: unknown): PackResult {
  if (!result.ok) return data === undefined ? result : { ok: false, errors: [...result.errors, ...articlesOfValidEntries(data, knownIds)] };
  const errors = articleProblems(result.pack, knownIds);
  return errors.length > 0 ? { ok: false, errors } : result;
}

/**
 * A pack with malformed entries (or a bad header) still gets its well-formed entries' articles
 * checked, so one round of fixes can address every problem. (Each entry is validated alone.)
 */
function articlesOfValidEntries(data: unknown, knownIds: ReadonlySet<string>): PackProblem[] {
  const rules = typeof data === 'object' && data !== null && Array.isArray((data as { rules?: unknown }).rules) ? ((data as { rules: unknown[] }).rules) : [];
  const ids = new Set(knownIds);
  for (const raw of rules) {
    const id = (raw as { frontMatter?: { id?: unknown } } | null)?.frontMatter?.id;
    if (typeof id === 'string') ids.add(id);
  }
  return rules.flatMap((raw) => {
    const one = validateRulePackData({ format: RULE_PACK_FORMAT, name: 'entry', version: '1.0.0', rules: [raw] });
    return one.ok ? articleProblems(one.pack, ids) : [];
  });
}

const isZip = (name: string, bytes: Uint8Array) => /\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** Reads a chosen file (JSON or zip) into a checked pack, with what it adds to and overrides of `bundledIds`. */
export function importPackFile(fileName: string, bytes: Uint8Array, bundledIds: ReadonlySet<string>): ImportOutcome {
  let data: unknown;
  let result: PackResult;
  let source: 'json' | 'zip';
  if (isZip(fileName, bytes)) {
    source = 'zip';
    const zip = packFromZip(bytes, fileName);
    data = zip.data;
    const checked = zip.data ? checkPack(zip.data, bundledIds) : ({ ok: false, errors: [] } as PackResult);
    const errors = [...zip.errors, ...(checked.ok ? [] : checked.errors)].map((p) => zipProblem(p, fileName, zip.data !== null && zip.data.rules.length > 0))
      .filter((p, i, all) => all.findIndex((q) => q.file === p.file && q.field === p.field && q.reason === p.reason) === i);
    result = errors.length > 0 ? { ok: false, errors } : checked;
  } else {
    source = 'json';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, errors: [{ file: fileName, field: '(file)', reason: 'neither a zip file nor UTF-8 JSON text' }] };
    }
    const structural = validateRulePack(text);
    if (!structural.ok && structural.errors.some((e) => e.field === '(json)' || e.field === '(size)')) return { ok: false, errors: structural.errors.map((p) => ({ ...p, file: fileName })) };
    data = JSON.parse(text) as unknown;
    result = withArticles(structural, bundledIds, data);
    if (!result.ok) result = { ok: false, errors: result.errors.map((p) => (p.file === '(pack)' ? { ...p, file: fileName } : p)) };
  }
  if (!result.ok) return result;
  const ids = result.pack.rules.map((r) => r.frontMatter.id);
  return { ok: true, data, pack: result.pack, source, added: ids.filter((id) => !bundledIds.has(id)), overridden: ids.filter((id) => bundledIds.has(id)) };
}

/**
 * Problems as a zip's author sees them: fields named as in the .md file's front matter
 * (`match.all[0]`, not `frontMatter.match.all.0`), the pack's name and version in pack.json.
 */
function zipProblem(p: PackProblem, zipName: string, hadRules: boolean): PackProblem {
  const field = p.field.replace(/^frontMatter\./, '').replace(/\.(\d+)/g, '[$1]');
  if (p.file !== '(pack)') return { ...p, field };
  if (p.field === 'name' || p.field === 'version') return { ...p, file: MANIFEST_FILE };
  if (p.field.startsWith('rules') && !hadRules) return { file: zipName, field: '(zip)', reason: 'no rule files (*.md) in the zip' };
  return { ...p, file: zipName };
}
