import { z } from 'zod';
import type { TableRule } from '../engine/types';
import { coherenceProblems } from '../rules/coherence';
import { compileRule } from '../rules/compile';
import { frontMatterSchema, type FrontMatter } from '../rules/schema';
import type { MdNode } from '../rules/types';
import { packPathProblem } from './paths';

/**
 * Organisation rule packs: the format and its validation (import, storage and the rule set in effect
 * live beside it, src/packs/; the format in its README). A pack is one JSON file of already-structured rules —
 * each entry the same front matter a bundled `rules/*.md` file has, validated with the same
 * `frontMatterSchema`, plus its article as Markdown text — so no YAML parser reaches a bundle.
 *
 *   { "format": "signpost-rule-pack", "name": "Acme IT", "version": "1.2.0",
 *     "rules": [ { "file": "acme-sso.md", "frontMatter": { "id": "instagram/acme-sso", … }, "article": "…" } ] }
 *
 * Validation reports EVERY problem as { file, field, reason } (file: the entry's `file`, else
 * `rules[i]`), never throws, and accepts nothing unless everything is valid. Packs come from
 * strangers: everything is bounded (size, rules, values per rule; the schema bounds phrases and
 * conditions, markdown-bounds.ts the articles' Markdown) and looked up as own properties only.
 */

export const RULE_PACK_FORMAT = 'signpost-rule-pack';
/** The whole pack as JSON text, whatever it arrived as (a file, a zip, a policy's text or object). */
export const MAX_RULE_PACK_BYTES = 2 * 1024 * 1024;
export const MAX_PACK_RULES = 500;
export const MAX_ARTICLE_CHARS = 100_000;
/** Values (phrases, paths, attributes…) in all of one rule's conditions: each is tried on every page the rule is live on. */
export const MAX_VALUES_PER_RULE = 200;

export interface PackProblem {
  file: string;
  field: string;
  reason: string;
}

export interface PackRule {
  file: string;
  frontMatter: FrontMatter;
  article: string;
  /** The article in other languages, by language tag (words only; checked at import against the English one). */
  translations?: Record<string, PackTranslation>;
  /** The compiled match rule; null for an article-only topic. */
  table: TableRule | null;
  /** The article as a safe tree, once prepared (prepare.ts): what the pages show, never parsed again. */
  body?: MdNode[];
}

export interface PackTranslation {
  title: string;
  summary: string;
  article: string;
  /** The translation as a safe tree with its sections marked, once prepared. */
  body?: MdNode[];
}

export interface RulePack {
  name: string;
  version: string;
  rules: PackRule[];
}

export type PackResult = { ok: true; pack: RulePack } | { ok: false; errors: PackProblem[] };

const PACK_FILE = '(pack)';

const headerSchema = z.strictObject({
  format: z.literal(RULE_PACK_FORMAT, `must be "${RULE_PACK_FORMAT}"`),
  name: z.string().trim().min(1, 'must not be empty').max(80, 'keep the name under 80 characters'),
  version: z.string().regex(/^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/, 'must be a version such as 1.0.0'),
  rules: z.array(z.unknown()).min(1, 'a pack needs at least one rule').max(MAX_PACK_RULES, `at most ${MAX_PACK_RULES} rules`),
});

const entrySchema = z.strictObject({
  file: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\w./-]+$/, 'letters, digits, . _ - / only')
    .refine(
      (f) => packPathProblem(f) === null && !f.split('/').includes(''),
      'a relative path such as instagram/acme-sso.md (no "..", no leading or doubled "/")',
    )
    .optional(),
  frontMatter: z.unknown(),
  article: z.string().max(MAX_ARTICLE_CHARS, 'keep an article under 100 000 characters').default(''),
  // Words only, as a translation file beside a bundled rule holds them: never match conditions.
  translations: z
    .record(
      z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as es or pt-BR'),
      z.strictObject({
        title: z.string().trim().min(1, 'must not be empty').max(80, 'keep titles under 80 characters'),
        summary: z.string().trim().min(1, 'must not be empty').max(160, 'a summary is one line (160 characters at most)'),
        article: z.string().max(MAX_ARTICLE_CHARS, 'keep an article under 100 000 characters'),
      }),
    )
    .optional(),
});

const field = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(top level)';

/** Validates a pack's JSON text. Every problem is listed; nothing is accepted unless all is valid. */
export function validateRulePack(json: string): PackResult {
  if (json.length > MAX_RULE_PACK_BYTES)
    return { ok: false, errors: [{ file: PACK_FILE, field: '(size)', reason: `larger than ${MAX_RULE_PACK_BYTES / 1024 / 1024} MB` }] };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ file: PACK_FILE, field: '(json)', reason: `not valid JSON (${(e as Error).message})` }] };
  }
  return validateRulePackData(data);
}

export function validateRulePackData(data: unknown): PackResult {
  // Data that did not come as text (a policy's object, a zip's files) meets the same size bound.
  const outsized = sizeProblem(data);
  if (outsized) return { ok: false, errors: [outsized] };
  const proto = protoKey(data);
  if (proto) return { ok: false, errors: [protoProblem(data, proto)] };
  const header = headerSchema.safeParse(data);
  // A bad header does not stop the rules being checked: every problem is listed at once.
  const errors: PackProblem[] = header.success
    ? []
    : header.error.issues.map((i) => ({ file: PACK_FILE, field: field(i.path), reason: i.message }));
  const rawRules = header.success ? header.data.rules : rulesOf(data);
  const rules: PackRule[] = [];
  const seenIds = new Map<string, string>();
  const seenFiles = new Set<string>();
  rawRules.forEach((raw, i) => {
    const fallback = `rules[${i}]`;
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      for (const issue of entry.error.issues) errors.push({ file: fallback, field: field(issue.path), reason: issue.message });
      return;
    }
    const file = entry.data.file ?? fallback;
    if (seenFiles.has(file)) errors.push({ file, field: 'file', reason: 'another rule in this pack has the same file name' });
    seenFiles.add(file);
    const fm = frontMatterSchema.safeParse(entry.data.frontMatter);
    if (!fm.success) {
      for (const issue of fm.error.issues) errors.push({ file, field: field(['frontMatter', ...issue.path]), reason: issue.message });
      return;
    }
    const incoherent = coherenceProblems(fm.data);
    for (const p of incoherent) errors.push({ file, field: `frontMatter.${p.field}`, reason: p.reason });
    if (incoherent.length > 0) return;
    const table = compileRule(fm.data);
    const values = table ? [...table.all, ...table.any, ...table.none].reduce((n, c) => n + Object.keys(c.v).length, 0) : 0;
    if (values > MAX_VALUES_PER_RULE) {
      errors.push({
        file,
        field: 'frontMatter.match',
        reason: `at most ${MAX_VALUES_PER_RULE} values (phrases, paths, attributes…) in one rule's conditions; this one has ${values}`,
      });
      return;
    }
    const other = seenIds.get(fm.data.id);
    if (other) errors.push({ file, field: 'frontMatter.id', reason: `${fm.data.id} is also defined in ${other}` });
    seenIds.set(fm.data.id, file);
    rules.push({
      file,
      frontMatter: fm.data,
      article: entry.data.article,
      ...(entry.data.translations ? { translations: entry.data.translations } : {}),
      table,
    });
  });
  if (errors.length > 0 || !header.success) return { ok: false, errors };
  return { ok: true, pack: { name: header.data.name, version: header.data.version, rules } };
}

function sizeProblem(data: unknown): PackProblem | null {
  let size: number;
  try {
    size = JSON.stringify(data)?.length ?? 0;
  } catch (e) {
    // A cycle, or nesting that exhausts the stack: no pack is either.
    return { file: PACK_FILE, field: '(size)', reason: `not a pack's JSON data (${(e as Error).message})` };
  }
  return size > MAX_RULE_PACK_BYTES
    ? { file: PACK_FILE, field: '(size)', reason: `larger than ${MAX_RULE_PACK_BYTES / 1024 / 1024} MB` }
    : null;
}

/**
 * Where the data has an own key `__proto__` (JSON.parse makes one), or null. Schemas refuse other
 * unknown keys, but records silently drop this one; it is refused, not dropped, so a pack means what it says.
 */
function protoKey(data: unknown, path = '', depth = 0): string | null {
  if (typeof data !== 'object' || data === null || depth > 32) return null;
  for (const key of Object.keys(data)) {
    const at = path ? `${path}.${key}` : key;
    if (key === '__proto__') return at;
    const found = protoKey((data as Record<string, unknown>)[key], at, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The problem, named in the rule file it is in when it is in one. */
function protoProblem(data: unknown, path: string): PackProblem {
  const reason = '"__proto__" is not a field name a pack may use';
  const inRule = /^rules\.(\d+)\.(.+)$/.exec(path);
  if (!inRule) return { file: PACK_FILE, field: path, reason };
  const file = ((data as { rules: Record<string, unknown>[] }).rules[Number(inRule[1])] as Record<string, unknown>).file;
  return { file: typeof file === 'string' ? file : `rules[${inRule[1]}]`, field: inRule[2]!, reason };
}

/** The rules of a pack whose header failed, when they are at least a list (capped like a valid one). */
function rulesOf(data: unknown): unknown[] {
  const rules = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).rules : undefined;
  return Array.isArray(rules) ? rules.slice(0, MAX_PACK_RULES) : [];
}
