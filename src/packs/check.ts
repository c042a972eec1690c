import { prepareArticles, startBudget, type Budget, type PrepareOptions } from './prepare';
import { MAX_PACK_RULES, RULE_PACK_FORMAT, validateRulePackData, type PackProblem, type PackResult, type RulePack } from './validate';

/**
 * The one check of a pack's JSON data, wherever it comes from: Settings → Import rule pack
 * (import.ts), the rule builder, `check-pack`, and the background loading a policy's packs or one
 * an earlier version stored (load.ts). Structure and bounds (validate.ts), then the articles,
 * parsed once within the time bound (prepare.ts). No YAML, no unzip: the background imports it.
 */

/** Article problems of a structurally valid pack (Markdown, empty body, unknown topic ids). */
export const articleProblems = (pack: RulePack, knownIds: ReadonlySet<string>): PackProblem[] => prepareArticles(pack, knownIds).problems;

/**
 * A pack's JSON data, fully checked (structure, then articles) within the time bound. When valid,
 * every rule carries its article's safe tree (`body`): the pack is ready to store and show.
 */
export function checkPack(data: unknown, knownIds: ReadonlySet<string>, options?: PrepareOptions): PackResult {
  return withArticles(validateRulePackData(data), knownIds, data, startBudget(options));
}

export function withArticles(result: PackResult, knownIds: ReadonlySet<string>, data: unknown, budget: Budget): PackResult {
  // Data refused whole (too large, not a pack's data) is not read any further.
  if (!result.ok && result.errors.some((e) => e.field === '(size)')) return result;
  if (!result.ok) return { ok: false, errors: [...result.errors, ...articlesOfValidEntries(data, knownIds, budget)] };
  const { pack, problems } = prepareArticles(result.pack, knownIds, budget);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, pack };
}

/**
 * A pack with malformed entries (or a bad header) still gets its well-formed entries' articles
 * checked, so one round of fixes can address every problem. (Each entry is validated alone.)
 */
function articlesOfValidEntries(data: unknown, knownIds: ReadonlySet<string>, budget: Budget): PackProblem[] {
  const rules =
    typeof data === 'object' && data !== null && Array.isArray((data as { rules?: unknown }).rules)
      ? (data as { rules: unknown[] }).rules.slice(0, MAX_PACK_RULES)
      : [];
  const ids = new Set(knownIds);
  for (const raw of rules) {
    const id = (raw as { frontMatter?: { id?: unknown } } | null)?.frontMatter?.id;
    if (typeof id === 'string') ids.add(id);
  }
  const problems: PackProblem[] = [];
  for (const raw of rules) {
    const one = validateRulePackData({ format: RULE_PACK_FORMAT, name: 'entry', version: '1.0.0', rules: [raw] });
    if (!one.ok) continue;
    const found = prepareArticles(one.pack, ids, budget).problems;
    problems.push(...found);
    if (found.some((p) => p.field === '(time)')) break;
  }
  return problems.filter((p, i, all) => p.field !== '(time)' || all.findIndex((q) => q.field === '(time)') === i);
}
