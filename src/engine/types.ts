import type { Shape } from './shapes';

/** Roles whose visible text a snapshot collects; rules match phrases against them. */
export const TEXT_ROLES = ['heading', 'dialog', 'alert', 'button', 'label', 'text'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

/** Input metadata. Never a value: only attributes the page author wrote. */
export interface InputMeta {
  tag: 'input' | 'textarea' | 'select';
  type?: string;
  name?: string;
  autocomplete?: string;
  inputmode?: string;
  testid?: string;
  aria_label?: string;
  placeholder?: string;
  /**
   * 'true' when the field holds nothing, 'false' when it holds something. Learnt from selectors
   * (`:placeholder-shown`, an empty or absent value attribute) — what it holds is never read.
   */
  empty?: string;
}
export const INPUT_ATTRS = ['type', 'name', 'autocomplete', 'inputmode', 'testid', 'aria_label', 'placeholder', 'empty'] as const;
export type InputAttr = (typeof INPUT_ATTRS)[number];

/** What the engine sees of a page. Plain data: serialisable, redactable, replayable. */
export interface Snapshot {
  url: string;
  lang: string;
  texts: Record<TextRole, string[]>;
  inputs: InputMeta[];
  testids: string[];
  roles: string[];
  /** True when the extractor stopped at its node or text cap. */
  truncated: boolean;
}

/** How serious a topic is, most serious first: blocking (the login cannot go on), warning, info (how-to). */
export const KINDS = ['blocking', 'warning', 'info'] as const;
export type Kind = (typeof KINDS)[number];

/** Every kind of condition, in the order the packed table numbers them (append only). */
export const CONDITION_KINDS = [
  'path',
  'heading',
  'dialog',
  'alert',
  'button',
  'label',
  'text',
  'input',
  'testid',
  'role',
  'lang',
  'shows',
  'step',
] as const;

/** One compiled condition. Phrases are already normalised (see normalize.ts). */
export type Condition =
  | { k: 'path'; v: string[]; w: number }
  | { k: TextRole; v: string[]; w: number }
  | { k: 'input'; v: Partial<Record<InputAttr, string>>; w: number }
  | { k: 'testid' | 'role' | 'lang'; v: string[]; w: number }
  /** The page's text shows an email address or a phone number (shapes.ts): language-free. */
  | { k: 'shows'; v: Shape[]; w: number }
  /** The page is at one of these steps of its platform's flow (steps.ts): structure, not words. */
  | { k: 'step'; v: string[]; w: number };

/** A rule as the content script receives it: no article, no provenance, nothing to validate. */
export interface TableRule {
  id: string;
  kind: Kind;
  hosts: string[];
  all: Condition[];
  any: Condition[];
  none: Condition[];
  minAny: number;
  /**
   * The steps of a platform's flow this topic's screen belongs to (steps.ts). On a page at another
   * step the rule cannot match, whatever its words; on a page at no step (a feed, a post) only when
   * `surface` says its screen can come over such a page. Absent (a rule pack's rule written without
   * them): not tied to steps.
   */
  steps?: string[];
  /** With `steps`: the screen can also come over a page at no step, as a dialog or a banner. */
  surface?: boolean;
  /** A secondary suggestion ("also worth reading"): ranks below every primary match, whatever its score. */
  secondary?: boolean;
}

export interface Match {
  id: string;
  score: number;
  evidence: string[];
}

export interface ConditionTrace {
  group: 'all' | 'any' | 'none';
  condition: string;
  held: boolean;
  weight: number;
}

export interface RuleTrace {
  id: string;
  matched: boolean;
  score: number;
  /** Why the rule did not match, when it did not: in English, for the CLI and logs. */
  reason?: string;
  /** The same, as data: pages say it in the interface language. */
  why?: TraceWhy;
  conditions: ConditionTrace[];
}

/** Why a rule did not match, the first check that failed (match.ts `explain`). */
export type TraceWhy =
  | { code: 'url' }
  | { code: 'host'; host: string; hosts: string[] }
  | { code: 'no-step'; steps: string[] }
  | { code: 'step'; step: string; steps: string[] }
  | { code: 'all'; failed: number; of: number }
  | { code: 'none' }
  /** `merged`: some conditions saw the same field or phrase, and counted once. */
  | { code: 'any'; held: number; needed: number; merged: boolean };
