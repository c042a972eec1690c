import { containsPhrase } from './normalize';
import { shows } from './shapes';
import type { PreparedSnapshot } from './prepare';
import { INPUT_ATTRS, type Condition, type InputAttr } from './types';

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
      return inputIndex(cond, page) >= 0
        ? Object.entries(cond.v)
            .map(([a, v]) => `${a}=${v}`)
            .join(' ')
        : null;
    }
    case 'testid':
      return cond.v.find((t) => page.testids.has(t)) ?? null;
    case 'role':
      return cond.v.find((r) => page.roles.has(r)) ?? null;
    case 'lang':
      return cond.v.find((l) => page.lang === l || page.lang.startsWith(`${l}-`)) ?? null;
    case 'shows':
      return cond.v.find((shape) => page.raw.some((t) => shows(t, shape))) ?? null;
    case 'step':
      return page.step && cond.v.includes(page.step.id) ? page.step.id : null;
    default:
      return null;
  }
}

/** The first field an `input` condition holds on, or -1. */
function inputIndex(cond: Extract<Condition, { k: 'input' }>, page: PreparedSnapshot): number {
  const wanted = Object.entries(cond.v) as [keyof typeof cond.v, string][];
  return page.inputs.findIndex((input) =>
    wanted.every(([attr, value]) => {
      const actual = input[attr];
      if (actual === undefined) return false;
      return attr === 'aria_label' || attr === 'placeholder' ? containsPhrase(actual, value) : actual === value;
    }),
  );
}

/**
 * What a held condition saw, so that one thing on the page is one sign however many conditions
 * see it: two attributes of one field are one field; one phrase is one phrase whether it was read as
 * a heading, a dialog's text or the page's. Everything else is its own sign.
 */
export function signOf(cond: Condition, value: string, page: PreparedSnapshot): string {
  if (cond.k === 'input') return `input ${inputIndex(cond, page)}`;
  if (cond.k === 'heading' || cond.k === 'dialog' || cond.k === 'alert' || cond.k === 'button' || cond.k === 'label' || cond.k === 'text')
    return `phrase ${value}`;
  return `${cond.k} ${value}`;
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
  step: 'screen step',
};
/** An anchored path (`^/challenge/`) is worded apart from LABELS.path. */
const STARTS_WITH = 'URL path starts with';

/** Human-readable evidence: names the rule's own value, never the page's text (which may hold PII). */
export function describe(cond: Condition, value: string): string {
  if (cond.k === 'input') return `${LABELS.input} ${value}`;
  if (cond.k === 'path' && value.startsWith('^')) return `${STARTS_WITH} "${value.slice(1)}"`;
  return `${LABELS[cond.k] ?? cond.k} "${value}"`;
}

/** Describes a condition without a particular value, for explain traces. */
export function describeAll(cond: Condition): string {
  if (cond.k === 'input')
    return `${LABELS.input} ${Object.entries(cond.v)
      .map(([a, v]) => `${a}=${v}`)
      .join(' ')}`;
  return `${LABELS[cond.k] ?? cond.k} ${cond.v.map((v) => `"${v}"`).join(' | ')}`;
}

/** What an evidence string names: the kind of condition that held and the rule value it held with. */
export interface EvidenceParts {
  kind: Condition['k'];
  /** The value as `describe()` was given it: a path keeps its leading `^`, an input its `attr=value` pairs. */
  value: string;
}

/**
 * The inverse of `describe()`, kept beside it so the format has one home: evidence is stored and
 * exported as `describe()` writes it (reports, captures, `--json`), and a page that words it for
 * people reads it back here. Null for a string `describe()` does not write (a newer or older build).
 */
export function parseEvidence(text: string): EvidenceParts | null {
  if (text.startsWith(`${LABELS.input} `)) return { kind: 'input', value: text.slice(LABELS.input.length + 1) };
  if (!text.endsWith('"')) return null;
  if (text.startsWith(`${STARTS_WITH} "`)) return { kind: 'path', value: `^${text.slice(STARTS_WITH.length + 2, -1)}` };
  for (const kind of Object.keys(LABELS) as Condition['k'][]) {
    const head = `${LABELS[kind]} "`;
    if (text.length > head.length && text.startsWith(head)) return { kind, value: text.slice(head.length, -1) };
  }
  return null;
}

/** The attributes of an `input` evidence value ("type=radio name=choice"). */
export function inputEvidenceAttrs(value: string): Partial<Record<InputAttr, string>> {
  // An attribute name at the start or after a space, then `=`: phrases are normalised (no `=` in them).
  // Built here, not at module level, so that the content script (which never reads evidence back) drops it.
  const pairs = [...value.matchAll(new RegExp(`(?:^| )(${INPUT_ATTRS.join('|')})=`, 'g'))];
  const attrs: Partial<Record<InputAttr, string>> = {};
  pairs.forEach((m, i) => (attrs[m[1] as InputAttr] = value.slice(m.index + m[0].length, pairs[i + 1]?.index ?? value.length)));
  return attrs;
}
