import { parseDocument } from 'yaml';

/** One problem in one rule file: which file, which field, and why. */
export interface FrontMatterProblem {
  file: string;
  field: string;
  reason: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits a rule file into its YAML front matter (parsed, not yet validated) and its Markdown article.
 * No Node API: the build (load.ts) and the settings page's zip import (src/packs) share it.
 */
export function splitRuleFile(file: string, text: string, problems: FrontMatterProblem[]): { data: unknown; markdown: string } | null {
  const parts = FRONT_MATTER.exec(text);
  if (!parts) {
    problems.push({ file, field: '(front matter)', reason: 'the file must start with YAML front matter between two "---" lines' });
    return null;
  }
  const doc = parseDocument(parts[1]!, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, field: '(yaml)', reason: `line ${(e.linePos?.[0]?.line ?? 0) + 1}: ${e.message.split('\n')[0]}` });
    return null;
  }
  return { data: doc.toJS(), markdown: parts[2]! };
}
