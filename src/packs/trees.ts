import { SECTION_KEYS } from '../rules/sections';
import type { MdNode } from '../rules/types';
import type { RulePack } from './validate';

/**
 * A pack's articles as the safe trees its check made (prepare.ts), as they are stored beside the
 * pack's JSON: one entry per rule, in the pack's order, with its translations' trees by language.
 * Storage is read back by every context, and whatever wrote it is not trusted: a tree is checked
 * node by node (by hand — cheap, no parser) before it is shown; a tree that fails is not used.
 */
export interface PackTrees {
  v: 1;
  rules: { body: MdNode[]; translations?: Record<string, MdNode[]> }[];
}

const BLOCK_OR_INLINE = new Set(['h2', 'h3', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'code', 'br', 'a']);
const SECTIONS: ReadonlySet<string> = new Set(SECTION_KEYS);
/** Deeper than any tree the Markdown bounds let through (lists and quotes 8 deep, with their inline nodes). */
const MAX_DEPTH = 32;

/** True when `value` is a tree the UI can render as nodes: known node types, text as strings, nothing else. */
export function isSafeTree(value: unknown, depth = 0): value is MdNode[] {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return false;
  for (const node of value) {
    if (typeof node === 'string') continue;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
    const { t, c, topic, s, ...rest } = node as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || typeof t !== 'string' || !BLOCK_OR_INLINE.has(t) || !isSafeTree(c, depth + 1)) return false;
    if (t === 'a' ? typeof topic !== 'string' : topic !== undefined) return false;
    if (s !== undefined && (t !== 'h2' || typeof s !== 'string' || !SECTIONS.has(s))) return false;
  }
  return true;
}

/** The trees of a prepared pack, to store; null when some article has none (not prepared). */
export function treesOf(pack: RulePack): PackTrees | null {
  const rules: PackTrees['rules'] = [];
  for (const rule of pack.rules) {
    if (!rule.body) return null;
    const translations: Record<string, MdNode[]> = {};
    for (const [lang, t] of Object.entries(rule.translations ?? {})) {
      if (!t.body) return null;
      translations[lang] = t.body;
    }
    rules.push({ body: rule.body, ...(rule.translations ? { translations } : {}) });
  }
  return { v: 1, rules };
}

/**
 * The pack with the stored trees put back on its rules, or null when they do not fit it (another
 * pack's, a different number of rules or languages, or not safe trees): then it is checked again.
 */
export function withTrees(pack: RulePack, stored: unknown): RulePack | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { v, rules } = stored as Partial<PackTrees>;
  if (v !== 1 || !Array.isArray(rules) || rules.length !== pack.rules.length) return null;
  const out: RulePack['rules'] = [];
  for (const [i, rule] of pack.rules.entries()) {
    const trees = rules[i] as Partial<PackTrees['rules'][number]> | undefined;
    if (!trees || !isSafeTree(trees.body)) return null;
    const langs = Object.keys(rule.translations ?? {});
    const stored = trees.translations ?? {};
    if (
      typeof stored !== 'object' ||
      Object.keys(stored).length !== langs.length ||
      !langs.every((l) => Object.hasOwn(stored, l) && isSafeTree(stored[l]))
    )
      return null;
    const translations = rule.translations
      ? Object.fromEntries(langs.map((l) => [l, { ...rule.translations![l]!, body: stored[l]! }]))
      : undefined;
    out.push({ ...rule, body: trees.body, ...(translations ? { translations } : {}) });
  }
  return { ...pack, rules: out };
}
