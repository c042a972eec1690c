import type { Match, RuleTrace } from '../engine/types';
import type { Article } from '../rules/types';

/**
 * The CLI's readable output: ranked matches with their evidence, then, if asked, the explain trace:
 * the page's step (src/engine/steps.ts) and every rule's conditions, held or not, and why it failed.
 */
export function formatMatches(
  url: string,
  matches: Match[],
  articles: Article[],
  trace?: { step: string | null; rules: RuleTrace[] },
): string {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const lines = [url];
  if (matches.length === 0) lines.push('  no topic recognised');
  matches.forEach((m, i) => {
    lines.push(`  ${i + 1}. ${m.id} (score ${m.score})${titles.has(m.id) ? ` — ${titles.get(m.id)}` : ''}`);
    for (const e of m.evidence) lines.push(`       ✓ ${e}`);
  });
  if (trace) {
    lines.push(
      '',
      'explain:',
      `  step: ${trace.step ?? '(none: a page at no step of a flow; only screens that come over a page can match)'}`,
    );
    for (const rule of trace.rules) {
      lines.push(`  ${rule.matched ? '✓' : '✗'} ${rule.id}${rule.matched ? ` (score ${rule.score})` : ` — ${rule.reason}`}`);
      for (const c of rule.conditions) lines.push(`      ${c.held ? 'held  ' : 'failed'} ${c.group.padEnd(4)} ${c.condition}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
