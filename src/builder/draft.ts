import { stringify } from 'yaml';
import { prepare } from '../engine/prepare';
import type { InputMeta, Snapshot } from '../engine/types';
import { maskUrl, REDACTED, redactText } from '../report/redact';
import { siteOfHost } from '../settings/sites';

/**
 * A rule drafted from one screen: the signals a rule could require, generalised so that the draft
 * matches the same screen for another account (ids and tokens in the address dropped, personal data
 * redacted), and a valid rule file around them with a placeholder article for the author to replace.
 * Pure: the CLI's `rule-draft` and the replay page's rule builder share it.
 */
export interface DraftSignals {
  /** The address's route up to its first account-specific segment, anchored: "^/challenge/". */
  path: string;
  /** The step of its platform's flow the screen is at (src/engine/steps.ts), or null at none. */
  step: string | null;
  headings: string[];
  buttons: string[];
  inputs: Partial<Record<'type' | 'name' | 'autocomplete' | 'inputmode' | 'testid', string>>[];
  testids: string[];
  roles: string[];
  lang: string;
  host: string;
}

const MAX_PHRASE = 80;
const MAX_EACH = 4;
const PLACEHOLDERS = Object.values(REDACTED);

/** Visible words worth matching: short, not personal, not only digits and symbols. */
const phrases = (texts: readonly string[]) =>
  [...new Set(texts.map((t) => redactText(t).replace(/\s+/g, ' ').trim()))]
    .filter((t) => t.length >= 3 && t.length <= MAX_PHRASE && /\p{L}{2}/u.test(t) && !PLACEHOLDERS.some((p) => t.includes(p)))
    .slice(0, MAX_EACH);

/**
 * A name a developer gave (`phone_number`, `ocfEnterTextTextInput`), not something of the account's:
 * redaction finds nothing in it, and it has no dots, spaces or runs of digits (a username such as
 * "ana.smith.1990" or an id put in a field's name would).
 */
const isToken = (v: string) => redactText(v) === v && /^[A-Za-z][\w-]*$/.test(v) && !/\d{3}/.test(v);

/** The attributes that name a field's purpose; never its value (a snapshot has none) or free text. */
const inputSpec = (i: InputMeta): DraftSignals['inputs'][number] => {
  const out: DraftSignals['inputs'][number] = {};
  for (const key of ['type', 'name', 'autocomplete', 'inputmode', 'testid'] as const) {
    const v = i[key];
    if (v && v !== 'text' && v !== 'on' && v !== 'off' && isToken(v)) out[key] = v;
  }
  return out;
};

export function draftSignals(snapshot: Snapshot): DraftSignals {
  const url = new URL(snapshot.url);
  const masked = new URL(maskUrl(snapshot.url)).pathname;
  // The first segment that is the account's or the session's: a masked one, or one holding a digit
  // ("/challenge/1/a/", "/challenge/action/AXE2kq9/") — routes are words, ids are not.
  const cut = masked.search(/\/(?=\[(id|account)\]|[^/]*\d)/) + 1 || -1;
  // Cut before an account-specific segment, the route ends at a "/" (a prefix of longer addresses);
  // kept whole it ends as the address does, so "^/i/flow/login" still matches "/i/flow/login" itself.
  const route = (cut < 0 ? masked : masked.slice(0, cut).replace(/\/?$/, '/')).toLowerCase();
  const inputs = snapshot.inputs.map(inputSpec).filter((i) => Object.keys(i).length > 0);
  return {
    path: `^${route || '/'}`,
    step: prepare(snapshot)?.step?.id ?? null,
    headings: phrases(snapshot.texts.heading),
    buttons: phrases(snapshot.texts.button),
    inputs: [...new Map(inputs.map((i) => [JSON.stringify(i), i])).values()].slice(0, MAX_EACH),
    testids: snapshot.testids.filter(isToken).slice(0, MAX_EACH),
    roles: snapshot.roles.filter((r) => r === 'dialog' || r === 'alert'),
    lang: snapshot.lang.split('-')[0]!.toLowerCase(),
    host: url.hostname,
  };
}

export interface DraftOptions {
  id: string;
  title?: string;
  summary?: string;
}

/** Why a draft cannot be made for this id on this screen, or null. */
export function draftProblem(signals: DraftSignals, id: string): string | null {
  const site = siteOfHost(signals.host);
  if (!site) return `the address is not on a site Signpost runs on (${signals.host})`;
  if (!new RegExp(`^(${site}|general)/[a-z0-9]+(-[a-z0-9]+)*$`).test(id))
    return `--id must look like ${site}/<kebab-case-slug> (got "${id}")`;
  return null;
}

/** A captured phrase as a rule holds it: tagged with the screen's language and its source when known. */
export const capturedPhrase = (signals: DraftSignals) => (text: string) =>
  signals.lang ? { text, lang: signals.lang, source: 'captured' } : text;

/** The `sources` entry those phrases name: where they were captured (address masked). */
export const capturedSource = (signals: DraftSignals) => ({
  id: 'captured',
  note: `Drafted from a captured screen at ${maskUrl(`https://${signals.host}${signals.path.slice(1)}`)}: its visible headings and buttons, redacted`,
});

/** The rule file: front matter that validates as written, and a placeholder article. */
export function draftRuleFile(signals: DraftSignals, options: DraftOptions): string {
  const [platform] = options.id.split('/') as [string];
  const lang = signals.lang || undefined;
  const phrase = capturedPhrase(signals);
  const any: unknown[] = [];
  if (signals.headings.length) any.push({ heading: signals.headings.map(phrase) });
  if (signals.buttons.length) any.push({ button: signals.buttons.map(phrase) });
  for (const input of signals.inputs) any.push({ input });
  if (signals.testids.length) any.push({ testid: signals.testids });
  for (const role of signals.roles) any.push({ role });
  const frontMatter = {
    id: options.id,
    platform,
    title: options.title ?? `Draft: ${signals.headings[0] ?? options.id}`.slice(0, 80),
    summary: options.summary ?? 'Replace with the first thing to do, in one line.',
    kind: 'blocking',
    seeds: ['Captured screen'],
    match: {
      hosts: [signals.host],
      // Tied to the screen's step: the draft can only match where its screen is, and ranks among that
      // step's topics rather than below them.
      ...(signals.step ? { steps: [signals.step] } : {}),
      all: [{ path: signals.path }, ...(signals.step ? [{ step: signals.step }] : [])],
      ...(any.length ? { any } : {}),
    },
    ...(lang ? { sources: [capturedSource(signals)] } : {}),
  };
  const article = [
    '## Fix it',
    '',
    "1. Replace with the first step, naming the screen's own button in **bold**.",
    '2. Replace with the next step.',
    '',
    "## What you're seeing",
    '',
    "Replace with what the screen says, in the person's words.",
    '',
    '## Why it happens',
    '',
    'Replace with why the platform shows this screen.',
    '',
  ].join('\n');
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${article}`;
}
