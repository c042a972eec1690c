import { CONDITION_KINDS, KINDS, type Kind, type TableRule } from '../engine/types';
import type { Lifetime } from '../observe/lifetime';
import type { Article, TopicCards, TopicCardText } from '../rules/types';
import { PACK_TABLE_KEY } from '../storage/keys';
// A type only: validate.ts builds zod schemas, and this file rides in the content script.
import type { PackRule } from './validate';

/**
 * What Signpost knows once rule packs are in effect — the one place bundled topics and pack topics
 * combine, for every context: the background (its topic lookups, and `packTable` it writes), the
 * content script (the rules it matches), the pages (the articles they show), the CLI, the rule builder
 * and the check against the bundled screens. Precedence: bundled < imported packs (import order) <
 * organisation packs (policy order); the same topic id overrides.
 *
 * The content script imports this file: no zod, no parser, nothing that runs on import.
 */
export type PackOrigin = 'imported' | 'organisation';

export interface ActivePack {
  name: string;
  version: string;
  origin: PackOrigin;
  rules: PackRule[];
}

export interface EffectiveRule {
  rule: PackRule;
  pack: ActivePack;
}

/** Each pack topic in effect (the rule of the last pack naming its id), in id order. `packs`: lowest precedence first. */
export function effectivePackRules<P extends { rules: readonly PackRule[] }>(packs: readonly P[]): { rule: PackRule; pack: P }[] {
  const byId = new Map<string, { rule: PackRule; pack: P }>();
  for (const pack of packs) for (const rule of pack.rules) byId.set(rule.frontMatter.id, { rule, pack });
  return [...byId.values()].sort((a, b) => (a.rule.frontMatter.id < b.rule.frontMatter.id ? -1 : 1));
}

/** The match rules of the pack topics in effect — what `packTable` holds. A topic without `match` keeps the bundled recognition. */
export const packTableOf = (rules: readonly { rule: PackRule }[]): TableRule[] =>
  rules.flatMap(({ rule }) => (rule.table ? [rule.table] : []));

/** Bundled topics (rules, articles) with the packs' merged in: a pack's replaces the bundled one of its id, the others are added. */
export function overrideById<T extends { id: string }>(bundled: readonly T[], packs: readonly T[]): T[] {
  const byId = new Map(bundled.map((item) => [item.id, item] as const));
  for (const item of packs) byId.set(item.id, item);
  return [...byId.values()];
}

/** The rules in effect: the bundled table with the pack table merged in (the bundled table itself when there is none). */
export const effectiveTable = (bundled: readonly TableRule[], packTable: readonly TableRule[]): TableRule[] =>
  packTable.length === 0 ? (bundled as TableRule[]) : overrideById(bundled, packTable);

/** The bundled table with `packs` in effect (lowest precedence first): how the CLI and the screen check see a pack. */
export const tableWithPacks = (bundled: readonly TableRule[], packs: readonly { rules: readonly PackRule[] }[]): TableRule[] =>
  effectiveTable(bundled, packTableOf(effectivePackRules(packs)));

/** The articles the pages show: the bundled ones with the pack topics' (made by pack-articles.ts) in their place, in id order. */
export const effectiveArticles = (bundled: readonly Article[], packArticles: readonly Article[]): readonly Article[] =>
  packArticles.length === 0 ? bundled : overrideById(bundled, packArticles).sort((a, b) => (a.id < b.id ? -1 : 1));

/** What the background looks a topic up by: its match rule, its kind, and its hint card's words in each language. */
export interface TopicLookups {
  rules: ReadonlyMap<string, TableRule>;
  kinds: ReadonlyMap<string, Kind>;
  cards: ReadonlyMap<string, Readonly<Record<string, TopicCardText>>>;
}

export function effectiveTopics(bundled: readonly TableRule[], bundledCards: TopicCards, rules: readonly EffectiveRule[]): TopicLookups {
  const table = effectiveTable(bundled, packTableOf(rules));
  const kinds = new Map(table.map((rule) => [rule.id, rule.kind] as const));
  const cards = new Map(Object.entries(bundledCards));
  for (const { rule } of rules) {
    const { id, kind, title, summary } = rule.frontMatter;
    // A pack topic without a match rule keeps the bundled rule of its id (if any) under its own kind.
    if (kinds.has(id)) kinds.set(id, kind);
    const translated = Object.entries(rule.translations ?? {}).map(([lang, t]) => [lang, { title: t.title, summary: t.summary }] as const);
    cards.set(id, { en: { title, summary }, ...Object.fromEntries(translated) });
  }
  return { rules: new Map(table.map((rule) => [rule.id, rule] as const)), kinds, cards };
}

// `packTable` is checked by hand, tersely: enough that the matcher cannot throw on what it reads. The
// background validated every rule with zod before writing it.
type Loose = Record<string, unknown> | undefined;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCondition = (c: Loose): boolean =>
  (CONDITION_KINDS as readonly string[]).includes(c?.k as string) &&
  typeof c!.w === 'number' &&
  (c!.k === 'input' ? typeof c!.v === 'object' && !Array.isArray(c!.v) && isStrings(Object.values(c!.v ?? 0)) : isStrings(c!.v));
const isRule = (r: Loose): r is Loose & TableRule =>
  typeof r?.id === 'string' &&
  (KINDS as readonly string[]).includes(r.kind as string) &&
  isStrings(r.hosts) &&
  typeof r.minAny === 'number' &&
  (r.steps === undefined || isStrings(r.steps)) &&
  (r.surface === undefined || typeof r.surface === 'boolean') &&
  [r.all, r.any, r.none].every((g) => Array.isArray(g) && g.every(isCondition));

/** What storage holds under `packTable`: anything malformed is left out. */
export function parsePackTable(stored: unknown): TableRule[] {
  return Array.isArray(stored) ? (stored as Loose[]).filter(isRule) : [];
}

/** The extension storage the content script reads `packTable` from (passed in: the CLI loads this file too, and has none). */
export interface PackTableStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * The content script's rules in effect: read once at start (one storage read: the first look waits
 * for it, so the first report already counts the packs), and again whenever `packTable` changes.
 */
export function watchEffectiveTable(
  ctx: Lifetime,
  storage: PackTableStorage,
  bundled: readonly TableRule[],
  use: (rules: readonly TableRule[]) => void,
): void {
  const apply = (stored: unknown) => use(effectiveTable(bundled, parsePackTable(stored)));
  ctx.listenTo(storage.onChanged, (changes, area) => {
    const change = changes[PACK_TABLE_KEY];
    // Only a real change: the background may write the same rules again (a worker start).
    if (area === 'local' && change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) apply(change.newValue);
  });
  storage.local.get(PACK_TABLE_KEY).then(
    (stored) => apply(stored[PACK_TABLE_KEY]),
    () => apply(undefined),
  );
}
