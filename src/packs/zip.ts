import { splitRuleFile } from '../rules/front-matter';
import { TRANSLATION_FILE } from '../rules/translations';
import { normalisePackPath, packPathProblem } from './paths';
import { timeProblem, type Budget } from './prepare';
import { readZip, ZipReadError } from './unzip';
import { MAX_PACK_RULES, MAX_RULE_PACK_BYTES, RULE_PACK_FORMAT, type PackProblem } from './validate';

/**
 * A zip of rule files → the pack JSON (`{ format, name, version, rules }`), to be validated like
 * any pack. Layout: `*.md` files written exactly like bundled `rules/<platform>/<slug>.md` (YAML
 * front matter + Markdown article), anywhere in the zip, plus an optional `pack.json`
 * `{ "name": …, "version": … }`. Without it the pack is named after the zip file, version 1.0.0.
 * README*.md, dot files and `__MACOSX/` are ignored. An entry whose name climbs out of the zip, is
 * absolute or uses backslashes refuses the zip (paths.ts); what the entries inflate to is counted as
 * they inflate (unzip.ts). Settings page only (fflate and YAML).
 */
export const MANIFEST_FILE = 'pack.json';
export const DEFAULT_ZIP_VERSION = '1.0.0';

/** The pack read so far (null when the zip itself is unreadable), and every problem met reading it. */
export interface ZipResult {
  data: PackJson | null;
  errors: PackProblem[];
}
export interface PackJson {
  format: typeof RULE_PACK_FORMAT;
  name: string;
  version: string;
  rules: {
    file: string;
    frontMatter: unknown;
    article: string;
    translations?: Record<string, { title: unknown; summary: unknown; article: string }>;
  }[];
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const ignored = (path: string) =>
  path.endsWith('/') ||
  path.startsWith('__MACOSX/') ||
  path.split('/').some((part) => part.startsWith('.')) ||
  /^readme/i.test(basename(path));

/** `budget`: the pack's time bound (prepare.ts), checked between files, as their YAML is read. */
export function packFromZip(bytes: Uint8Array, zipName: string, budget?: Budget): ZipResult {
  const problems: PackProblem[] = [];
  if (bytes.length > MAX_RULE_PACK_BYTES)
    return { data: null, errors: [{ file: zipName, field: '(size)', reason: `larger than ${MAX_RULE_PACK_BYTES / 1024 / 1024} MB` }] };
  const read = readEntries(bytes, zipName);
  if ('errors' in read) return { data: null, errors: read.errors };
  const files = read.files;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (path: string): string | null => {
    try {
      return decoder.decode(files.get(path));
    } catch {
      problems.push({ file: path, field: '(file)', reason: 'not UTF-8 text' });
      return null;
    }
  };

  const manifests = [...files.keys()].filter((p) => basename(p) === MANIFEST_FILE);
  let name =
    zipName
      .replace(/\.zip$/i, '')
      .trim()
      .slice(0, 80) || 'Rule pack';
  let version = DEFAULT_ZIP_VERSION;
  if (manifests.length > 1)
    problems.push({ file: manifests[1]!, field: '(file)', reason: `only one ${MANIFEST_FILE} per pack (also ${manifests[0]})` });
  if (manifests[0] !== undefined) {
    const source = text(manifests[0]);
    if (source !== null) {
      const manifest = parseManifest(source);
      if ('problems' in manifest) problems.push(...manifest.problems.map((p) => ({ file: manifests[0]!, ...p })));
      else {
        name = manifest.name ?? name;
        version = manifest.version ?? version;
      }
    }
  }

  const rules: PackJson['rules'] = [];
  const paths = [...files.keys()].filter((p) => p.endsWith('.md')).sort();
  // `x.es.md` beside `x.md` is its Spanish article (words only: id, title, summary and Markdown).
  const translated = paths.filter((p) => TRANSLATION_FILE.test(p));
  const late = () => {
    if (!budget?.over()) return false;
    if (!problems.some((p) => p.field === '(time)')) problems.push(timeProblem());
    return true;
  };
  for (const path of paths) {
    if (translated.includes(path)) continue;
    if (late()) break;
    const source = text(path);
    if (source === null) continue;
    const parts = splitRuleFile(path, source, problems);
    if (parts) rules.push({ file: path, frontMatter: parts.data, article: parts.markdown });
  }
  for (const path of translated) {
    if (late()) break;
    const lang = TRANSLATION_FILE.exec(path)![1]!;
    const english = rules.find((r) => r.file === path.replace(TRANSLATION_FILE, '.md'));
    const source = text(path);
    const parts = source === null ? null : splitRuleFile(path, source, problems);
    if (!english)
      problems.push({
        file: path,
        field: '(file)',
        reason: `a translation needs its English rule file beside it (${path.replace(TRANSLATION_FILE, '.md')})`,
      });
    else if (parts) {
      const fm = (parts.data ?? {}) as Record<string, unknown>;
      const extra = Object.keys(fm).filter((k) => !['id', 'title', 'summary'].includes(k));
      if (extra.length > 0)
        problems.push({
          file: path,
          field: '(front matter)',
          reason: `a translation holds id, title and summary only (found ${extra.join(', ')})`,
        });
      else if (fm.id !== (english.frontMatter as { id?: unknown } | null)?.id)
        problems.push({ file: path, field: 'id', reason: 'must be the id of the English rule file beside it' });
      else (english.translations ??= {})[lang] = { title: fm.title, summary: fm.summary, article: parts.markdown };
    }
  }
  if (paths.length === 0) problems.push({ file: zipName, field: '(zip)', reason: 'no rule files (*.md) in the zip' });
  return { data: { format: RULE_PACK_FORMAT, name, version, rules }, errors: problems };
}

const wantedFile = (path: string) => !ignored(path) && (path.endsWith('.md') || basename(path) === MANIFEST_FILE);

/**
 * The zip's rule files and manifest by normalised name, or its problems: any entry named as a path
 * that must never be written (even one that would be ignored), too many rule files, or anything the
 * reader refuses — among them data that inflates past the pack size, counted as it inflates.
 */
function readEntries(bytes: Uint8Array, zipName: string): { files: Map<string, Uint8Array> } | { errors: PackProblem[] } {
  let read;
  try {
    read = readZip(bytes, (raw) => packPathProblem(raw) === null && wantedFile(normalisePackPath(raw)), MAX_RULE_PACK_BYTES);
  } catch (e) {
    if (e instanceof ZipReadError && e.inflated > MAX_RULE_PACK_BYTES)
      return { errors: [{ file: zipName, field: '(size)', reason: e.message }] };
    return { errors: [{ file: zipName, field: '(zip)', reason: `not a readable zip file (${(e as Error).message})` }] };
  }
  const errors: PackProblem[] = [];
  for (const raw of read.names) {
    const problem = packPathProblem(raw);
    if (problem) errors.push({ file: raw, field: '(file name)', reason: problem });
  }
  const files = new Map<string, Uint8Array>();
  for (const [raw, data] of read.files) {
    const name = normalisePackPath(raw);
    if (files.has(name)) errors.push({ file: name, field: '(file name)', reason: 'the zip holds this file twice' });
    files.set(name, data);
  }
  // A rule file and its translations in the interface's other languages, at most.
  const markdown = [...files.keys()].filter((p) => p.endsWith('.md')).length;
  if (markdown > 3 * MAX_PACK_RULES)
    errors.push({ file: zipName, field: '(zip)', reason: `more than ${MAX_PACK_RULES} rule files (with their translations)` });
  return errors.length > 0 ? { errors } : { files };
}

function parseManifest(source: string): { name?: string; version?: string } | { problems: { field: string; reason: string }[] } {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return { problems: [{ field: '(json)', reason: `not valid JSON (${(e as Error).message})` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problems: [{ field: '(top level)', reason: 'must be an object { "name": …, "version": … }' }] };
  const problems: { field: string; reason: string }[] = [];
  const out: { name?: string; version?: string } = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'name' || key === 'version') {
      if (typeof v === 'string') out[key] = v;
      else problems.push({ field: key, reason: 'must be a string' });
    } else if (key !== 'format' && key !== 'description') problems.push({ field: key, reason: 'unknown key (expected name, version)' });
  }
  return problems.length > 0 ? { problems } : out;
}
