import type { Shape } from '../engine/shapes';
import { normalize } from '../engine/normalize';
import { TEXT_ROLES, type Condition, type TableRule, type TextRole } from '../engine/types';
import type { ConditionSpec, FrontMatter, Phrase } from './schema';
import { PLATFORM_HOSTS } from './schema';

/** Default weight of each signal: specific, platform-written signals count more than loose page text. */
export const DEFAULT_WEIGHTS: Record<Condition['k'], number> = {
  path: 2,
  heading: 3,
  dialog: 3,
  alert: 3,
  button: 2,
  label: 2,
  text: 1,
  input: 2,
  testid: 2,
  role: 1,
  lang: 0,
  shows: 2,
  step: 4,
};

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
export const phraseText = (p: Phrase): string => (typeof p === 'string' ? p : p.text);

export function compileCondition(spec: ConditionSpec): Condition {
  const key = Object.keys(spec).find((k) => k !== 'weight') as Condition['k'];
  // The schema admits only known keys; own-property lookup all the same, so an unchecked spec with a
  // key such as `constructor` fails loudly here instead of picking up Object.prototype's.
  if (!Object.hasOwn(DEFAULT_WEIGHTS, key)) throw new TypeError(`not a condition: ${String(key)}`);
  const w = spec.weight ?? DEFAULT_WEIGHTS[key];
  const value = (spec as Record<string, unknown>)[key];
  if (key === 'input') {
    const v: Record<string, string> = {};
    for (const [attr, raw] of Object.entries(value as Record<string, string>)) {
      v[attr] = attr === 'aria_label' || attr === 'placeholder' ? normalize(raw) : raw.trim().toLowerCase();
    }
    return { k: 'input', v, w };
  }
  if ((TEXT_ROLES as readonly string[]).includes(key)) {
    const phrases = [...new Set(list(value as Phrase | Phrase[]).map((p) => normalize(phraseText(p))))];
    return { k: key as TextRole, v: phrases, w };
  }
  if (key === 'shows') return { k: 'shows', v: [...new Set(list(value as Shape | Shape[]))], w };
  const strings = list(value as string | string[]).map((s) => s.trim().toLowerCase());
  return { k: key as 'path' | 'testid' | 'role' | 'lang' | 'step', v: strings, w };
}

/** Front matter → the compact rule the content script receives. */
export function compileRule(fm: FrontMatter): TableRule | null {
  if (!fm.match) return null;
  const m = fm.match;
  return {
    id: fm.id,
    kind: fm.kind,
    hosts: m.hosts ?? [...PLATFORM_HOSTS[fm.platform]],
    all: m.all.map(compileCondition),
    any: m.any.map(compileCondition),
    none: m.none.map(compileCondition),
    minAny: m.min_any ?? (m.any.length > 0 ? 1 : 0),
    ...(m.steps ? { steps: [...new Set(m.steps)] } : {}),
    ...(m.steps && m.surface ? { surface: true } : {}),
    ...(m.secondary ? { secondary: true } : {}),
  };
}

/** Every phrase of a rule's conditions, with its place, for validation and reports. */
export function* phrasesOf(fm: FrontMatter): Generator<{ where: string; role: TextRole; phrase: Phrase }> {
  if (!fm.match) return;
  for (const group of ['all', 'any', 'none'] as const) {
    for (const [i, spec] of fm.match[group].entries()) {
      for (const role of TEXT_ROLES) {
        const value = (spec as Record<string, unknown>)[role] as Phrase | Phrase[] | undefined;
        if (value === undefined) continue;
        for (const [j, phrase] of list(value).entries())
          yield { where: `match.${group}[${i}].${role}${Array.isArray(value) ? `[${j}]` : ''}`, role, phrase };
      }
    }
  }
}

/**
 * What the panel shows of a rule's words: `screenTexts`, the screen's own words in English (the
 * untagged phrases and the `en` ones), and `phrases`, every phrase in any language — each once.
 */
export function phraseTextsOf(fm: FrontMatter): { screenTexts: string[]; phrases: string[] } {
  const all = [...phrasesOf(fm)].map(({ phrase }) => phrase);
  const english = all.filter((phrase) => typeof phrase === 'string' || phrase.lang === 'en');
  return { screenTexts: [...new Set(english.map(phraseText))], phrases: [...new Set(all.map(phraseText))] };
}

/** What an article says of its topic, from the rule's front matter: the bundled and the packs' alike. */
export const topicFieldsOf = ({ id, platform, title, summary, kind, related }: FrontMatter) => ({
  id,
  platform,
  title,
  summary,
  kind,
  related,
});
