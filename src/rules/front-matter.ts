import { isAlias, isNode, parseDocument, visit, type Document } from 'yaml';

/** One problem in one rule file: which file, which field, and why. */
export interface FrontMatterProblem {
  file: string;
  field: string;
  reason: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * How much YAML one rule file's front matter may hold. The YAML library checks a map's keys for
 * duplicates pairwise (a thousand keys cost a thousand times a thousand comparisons), so a zip from a
 * stranger could hold front matter that takes seconds to read; no rule needs more than a few dozen
 * lines (the largest bundled one: 56 lines, 4 191 characters).
 */
export const FRONT_MATTER_BOUNDS = { chars: 64_000, lines: 1_000 } as const;

/**
 * Splits a rule file into its YAML front matter (parsed, not yet validated) and its Markdown article.
 * No Node API: the build (src/build/rules/load.ts) and the settings page's zip import (src/packs) share it.
 * Never throws: a rule file from a stranger's zip gets its problems listed like any other.
 */
export function splitRuleFile(file: string, text: string, problems: FrontMatterProblem[]): { data: unknown; markdown: string } | null {
  const parts = FRONT_MATTER.exec(text);
  if (!parts) {
    problems.push({ file, field: '(front matter)', reason: 'the file must start with YAML front matter between two "---" lines' });
    return null;
  }
  const yaml = parts[1]!;
  if (yaml.length > FRONT_MATTER_BOUNDS.chars || yaml.split('\n', FRONT_MATTER_BOUNDS.lines + 1).length > FRONT_MATTER_BOUNDS.lines) {
    problems.push({
      file,
      field: '(front matter)',
      reason: `more than ${FRONT_MATTER_BOUNDS.lines} lines or ${FRONT_MATTER_BOUNDS.chars} characters of front matter: a rule needs far fewer`,
    });
    return null;
  }
  try {
    const doc = parseDocument(yaml, { prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        problems.push({ file, field: '(yaml)', reason: `line ${(e.linePos?.[0]?.line ?? 0) + 1}: ${e.message.split('\n')[0]}` });
      return null;
    }
    const reference = anchorOrAlias(doc);
    if (reference) {
      problems.push({
        file,
        field: '(yaml)',
        reason: `anchors and aliases (${reference}) are not allowed in front matter: write each value out`,
      });
      return null;
    }
    return { data: doc.toJS(), markdown: parts[2]! };
  } catch (e) {
    // Nesting deep enough to exhaust the stack, or anything else the YAML library gives up on.
    problems.push({ file, field: '(yaml)', reason: `unreadable YAML (${(e as Error).message.split('\n')[0]})` });
    return null;
  }
}

/**
 * The first anchor (`&name`) or alias (`*name`) in the document, or null. The YAML library has no
 * option to refuse them, and they are what makes front matter throw (an alias before its anchor,
 * an alias inside its own anchor) or blow up (aliases of aliases): rule files never need them.
 */
function anchorOrAlias(doc: Document): string | null {
  let found: string | null = null;
  visit(doc, (_key, node) => {
    if (isAlias(node)) found = `*${node.source}`;
    else if (isNode(node) && node.anchor) found = `&${node.anchor}`;
    return found ? visit.BREAK : undefined;
  });
  return found;
}
