import { splitSections } from '../rules/sections';
import type { MdNode } from '../rules/types';

/**
 * The article body in the order the side panel shows it: people act on the panel within seconds,
 * so "Fix it" comes first (after any lead text), then "If that doesn't work", then the remaining
 * sections in the article's own order ("What you're seeing", "Why it happens"…). Bundled articles
 * are written in that order already; a rule pack's may not be. `fix` ends with the fix steps, so the
 * panel can put its own folded details right below them. An article without "Fix it" is left as it is.
 * `failed` (the screen shows an error): "If that doesn't work" comes out first, as `now`.
 */
export function fixFirst(body: readonly MdNode[], { failed = false } = {}): { now: MdNode[]; fix: MdNode[]; rest: MdNode[] } {
  const sections = splitSections(body);
  const fix = sections.find((s) => s.key === 'Fix');
  if (!fix) return { now: [], fix: [...body], rest: [] };
  const lead = sections.filter((s) => s.heading === null);
  const fallback = sections.filter((s) => s.key === 'Fallback');
  const others = sections.filter((s) => s.heading !== null && s !== fix && !fallback.includes(s));
  // The screen shows an error (the code was refused): "If that doesn't work" is what applies now.
  if (failed && fallback.length > 0)
    return { now: fallback.flatMap((s) => s.nodes), fix: [...lead, fix].flatMap((s) => s.nodes), rest: others.flatMap((s) => s.nodes) };
  return { now: [], fix: [...lead, fix].flatMap((s) => s.nodes), rest: [...fallback, ...others].flatMap((s) => s.nodes) };
}
