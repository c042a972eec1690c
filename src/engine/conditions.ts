import { containsPhrase } from './normalize';
import { shows } from './shapes';
import type { PreparedSnapshot } from './prepare';
import type { Condition } from './types';

/**
 * Evaluates one condition. Returns the rule value that held (for evidence), or null.
 * Unknown condition kinds hold nothing: a table from a newer build degrades instead of throwing.
 */
export function evaluate(cond: Condition, page: PreparedSnapshot): string | null {
  switch (cond.k) {
    case 'path':
      return cond.v.find((p) => (p.startsWith('^') ? page.path.startsWith(p.slice(1)) : page.path.includes(p))) ?? null;
    case 'heading':
    case 'dialog':
    case 'alert':
    case 'button':
    case 'label':
    case 'text': {
      const texts = page.texts[cond.k];
      return cond.v.find((phrase) => texts.some((t) => containsPhrase(t, phrase))) ?? null;
    }
    case 'input': {
      const wanted = Object.entries(cond.v) as [keyof typeof cond.v, string][];
      const hit = page.inputs.some((input) =>
        wanted.every(([attr, value]) => {
          const actual = input[attr];
          if (actual === undefined) return false;
          return attr === 'aria_label' || attr === 'placeholder' ? containsPhrase(actual, value) : actual === value;
        }),
      );
      return hit ? wanted.map(([a, v]) => `${a}=${v}`).join(' ') : null;
    }
    case 'testid':
      return cond.v.find((t) => page.testids.has(t)) ?? null;
    case 'role':
      return cond.v.find((r) => page.roles.has(r)) ?? null;
    case 'lang':
      return cond.v.find((l) => page.lang === l || page.lang.startsWith(`${l}-`)) ?? null;
    case 'shows':
      return cond.v.find((shape) => page.raw.some((t) => shows(t, shape))) ?? null;
    default:
      return null;
  }
}

const LABELS: Record<Condition['k'], string> = {
  path: 'URL path contains',
  heading: 'heading',
  dialog: 'dialog text',
  alert: 'alert',
  button: 'button',
  label: 'label',
  text: 'page text',
  input: 'input with',
  testid: 'element with data-testid',
  role: 'element with role',
  lang: 'page language',
  shows: 'page shows',
};

/** Human-readable evidence: names the rule's own value, never the page's text (which may hold PII). */
export function describe(cond: Condition, value: string): string {
  if (cond.k === 'input') return `${LABELS.input} ${value}`;
  if (cond.k === 'path' && value.startsWith('^')) return `URL path starts with "${value.slice(1)}"`;
  return `${LABELS[cond.k] ?? cond.k} "${value}"`;
}

/** Describes a condition without a particular value, for explain traces. */
export function describeAll(cond: Condition): string {
  if (cond.k === 'input') return `${LABELS.input} ${Object.entries(cond.v).map(([a, v]) => `${a}=${v}`).join(' ')}`;
  return `${LABELS[cond.k] ?? cond.k} ${cond.v.map((v) => `"${v}"`).join(' | ')}`;
}
