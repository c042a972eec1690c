import { strToU8, zipSync } from 'fflate';
import { stringify } from 'yaml';
import type { Kind, TableRule } from '../engine/types';
import { checkPack } from '../packs/import';
import { zipEntryName } from '../packs/paths';
import { MANIFEST_FILE, type PackJson } from '../packs/zip';
import { RULE_PACK_FORMAT, validateRulePackData, type PackResult } from '../packs/validate';
import { capturedPhrase, capturedSource, type DraftSignals } from './draft';
import type { ConditionSpec } from '../rules/schema';
import { siteOfHost } from '../settings/sites';

/**
 * The rule builder's model: the drafted signals as choices the author ticks into all / any / none
 * (or leaves out), the words they write, and from those a pack entry in exactly the JSON form Settings
 * imports — then a new pack, or an imported pack with the entry added. Pure (no DOM, no storage).
 */
export type Where = 'all' | 'any' | 'none' | 'off';
export const WHERES: readonly Where[] = ['all', 'any', 'none', 'off'];
export type SignalKind = 'path' | 'step' | 'heading' | 'button' | 'input' | 'testid' | 'role' | 'lang';

export interface SignalChoice {
  key: string;
  kind: SignalKind;
  /** The value as the author reads it (a path, a phrase, `name=…` pairs). */
  shown: string;
  condition: ConditionSpec;
  /** Where the draft puts it before the author changes anything. */
  where: Where;
}

/**
 * Every drafted signal as a choice. The defaults make a narrow rule: the route and the main heading
 * required, the rest as supporting evidence, the language left out (the screen exists in others).
 */
export function signalChoices(signals: DraftSignals): SignalChoice[] {
  const phrase = capturedPhrase(signals);
  // Shown as the address it starts with ("/challenge/"): the rule's anchor (^) is no word for people.
  const out: SignalChoice[] = [
    { key: 'path', kind: 'path', shown: signals.path.replace(/^\^/, ''), condition: { path: signals.path }, where: 'all' },
  ];
  if (signals.step) out.push({ key: 'step', kind: 'step', shown: signals.step, condition: { step: signals.step }, where: 'all' });
  signals.headings.forEach((text, i) =>
    out.push({ key: `heading-${i}`, kind: 'heading', shown: text, condition: { heading: phrase(text) }, where: i === 0 ? 'all' : 'any' }),
  );
  signals.buttons.forEach((text, i) =>
    out.push({ key: `button-${i}`, kind: 'button', shown: text, condition: { button: phrase(text) }, where: 'any' }),
  );
  signals.inputs.forEach((input, i) =>
    out.push({
      key: `input-${i}`,
      kind: 'input',
      shown: Object.entries(input)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
      condition: { input },
      where: 'any',
    }),
  );
  signals.testids.forEach((id, i) => out.push({ key: `testid-${i}`, kind: 'testid', shown: id, condition: { testid: id }, where: 'any' }));
  signals.roles.forEach((role, i) => out.push({ key: `role-${i}`, kind: 'role', shown: role, condition: { role }, where: 'any' }));
  if (signals.lang) out.push({ key: 'lang', kind: 'lang', shown: signals.lang, condition: { lang: signals.lang }, where: 'off' });
  return out;
}

export const defaultWheres = (choices: readonly SignalChoice[]): Record<string, Where> =>
  Object.fromEntries(choices.map((c) => [c.key, c.where]));

export interface RuleWords {
  title: string;
  summary: string;
  article: string;
}
export const TRANSLATION_TAGS = ['es', 'pt-BR'] as const;
export type TranslationTag = (typeof TRANSLATION_TAGS)[number];

export interface RuleInput extends RuleWords {
  id: string;
  kind: Kind;
  /** Optional articles in the other interface languages; one left entirely blank is left out. */
  translations: Partial<Record<TranslationTag, RuleWords>>;
}

/**
 * The article a new rule starts from: the sections of a pack article, in English like the rule file
 * (translations are added apart), for the author to fill in.
 */
export const STARTER_ARTICLE = '## Fix it\n\n1. \n\n## Why it happens\n\n';

export type PackEntry = PackJson['rules'][number];

/** Why this id cannot be the new topic's: its shape, its platform (the screen's site), or a bundled topic's. */
export function idProblem(id: string, host: string, bundledIds: ReadonlySet<string>): 'shape' | 'platform' | 'bundled' | null {
  if (!/^(instagram|x|general)\/[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return 'shape';
  const site = siteOfHost(host);
  if (!site || id.split('/')[0] !== site) return 'platform';
  if (bundledIds.has(id)) return 'bundled';
  return null;
}

/** A rule that uses the screen's step belongs to it: `steps` names it, so the rule ranks among that step's topics. */
function tiedTo(signals: DraftSignals, choices: readonly SignalChoice[], wheres: Readonly<Record<string, Where>>): { steps?: string[] } {
  const step = choices.find((c) => c.kind === 'step');
  return signals.step && step && ['all', 'any'].includes(wheres[step.key] ?? step.where) ? { steps: [signals.step] } : {};
}

const blank = (w: RuleWords | undefined) => !w || (!w.title.trim() && !w.summary.trim() && !w.article.trim());

/** The pack entry: the front matter a rule file would hold, its article and its translations. */
export function ruleEntry(
  signals: DraftSignals,
  choices: readonly SignalChoice[],
  wheres: Readonly<Record<string, Where>>,
  input: RuleInput,
): PackEntry {
  const group = (where: Where) => choices.filter((c) => (wheres[c.key] ?? c.where) === where).map((c) => c.condition);
  const [platform, slug] = input.id.split('/');
  const usesPhrases = choices.some((c) => (c.kind === 'heading' || c.kind === 'button') && (wheres[c.key] ?? c.where) !== 'off');
  const frontMatter = {
    id: input.id,
    platform,
    title: input.title.trim(),
    summary: input.summary.trim(),
    kind: input.kind,
    seeds: ['Captured screen'],
    match: { hosts: [signals.host], ...tiedTo(signals, choices, wheres), all: group('all'), any: group('any'), none: group('none') },
    ...(usesPhrases && signals.lang ? { sources: [capturedSource(signals)] } : {}),
  };
  const translations = Object.fromEntries(
    TRANSLATION_TAGS.filter((tag) => !blank(input.translations[tag])).map((tag) => [tag, { ...input.translations[tag]! }]),
  );
  return {
    file: `${platform}/${slug ?? 'rule'}.md`,
    frontMatter,
    article: input.article,
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}

/** The entry's compiled match rule, for the live checks; null while its front matter is not valid yet. */
export function entryTable(entry: PackEntry): TableRule | null {
  const result = validateRulePackData({
    format: RULE_PACK_FORMAT,
    name: 'probe',
    version: '1.0.0',
    rules: [{ ...entry, article: 'x', translations: undefined }],
  });
  return result.ok ? result.pack.rules[0]!.table : null;
}

export const newPack = (name: string, version: string, entry: PackEntry): PackJson => ({
  format: RULE_PACK_FORMAT,
  name: name.trim(),
  version: version.trim(),
  rules: [entry],
});

/**
 * An imported pack with the entry added: its other rules kept in their order; a rule of the same
 * topic id replaced in place (said, not silent). The version is the one the author chose.
 */
export function addToPack(existing: PackJson, entry: PackEntry, version: string): { data: PackJson; replaces: boolean } {
  const id = (entry.frontMatter as { id: string }).id;
  const at = existing.rules.findIndex((r) => (r.frontMatter as { id?: unknown } | null)?.id === id);
  const rules = [...existing.rules];
  // Another rule of the pack may already use the file name: the new one gets its own.
  const taken = new Set(rules.filter((_, i) => i !== at).map((r) => r.file));
  const file = taken.has(entry.file) ? entry.file.replace(/\.md$/, '-2.md') : entry.file;
  if (at >= 0) rules[at] = { ...entry, file };
  else rules.push({ ...entry, file });
  return { data: { ...existing, version: version.trim(), rules }, replaces: at >= 0 };
}

/** The pack checked exactly as Settings → Import rule pack and the policy check it. */
export const checkBuiltPack = (data: PackJson, bundledIds: ReadonlySet<string>): PackResult => checkPack(data, bundledIds);

const ruleFileText = (frontMatter: unknown, article: string) => `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${article}`;

/** The same pack as a zip of rule files (`pack.json` and `<platform>/<slug>.md`, translations beside). */
export function packZip(data: PackJson): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [MANIFEST_FILE]: strToU8(`${JSON.stringify({ name: data.name, version: data.version }, null, 2)}\n`),
  };
  for (const rule of data.rules) {
    // Names are checked again as they are written (zipEntryName throws on `../`, `/`, `\`, `C:`): never a path out of the zip.
    files[zipEntryName(rule.file)] = strToU8(ruleFileText(rule.frontMatter, rule.article));
    const id = (rule.frontMatter as { id: string }).id;
    for (const [lang, words] of Object.entries(rule.translations ?? {})) {
      files[zipEntryName(rule.file.replace(/\.md$/, `.${lang}.md`))] = strToU8(
        ruleFileText({ id, title: words.title, summary: words.summary }, words.article),
      );
    }
  }
  return zipSync(files);
}

export const zipFileName = (name: string, version: string) =>
  `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'rule-pack'
  }-${version.replace(/[^\w.-]+/g, '')}.signpost-pack.zip`;
