import table from 'virtual:signpost/match-table';
import cards from 'virtual:signpost/topic-cards';
import type { Kind, TableRule } from '../../src/engine/types';
import { pickLanguage } from '../../src/i18n/languages';
import type { EffectiveRule } from '../../src/packs/active';
import type { TopicCardText } from '../../src/rules/topic-cards';

/**
 * Every topic the background knows: the bundled ones, plus those of the rule packs in effect
 * (packs.ts calls `setPackTopics`). The background trusts this, not the content script's word.
 * Titles and summaries are for the hint card (the content script carries no articles, to stay small),
 * in every language the topic has; no article body reaches the background.
 */
const BUNDLED_KINDS: ReadonlyMap<string, Kind> = new Map(table.map((rule) => [rule.id, rule.kind]));
type Cards = Readonly<Record<string, TopicCardText>>;
const BUNDLED_CARDS: ReadonlyMap<string, Cards> = new Map(Object.entries(cards));

const BUNDLED_RULES: ReadonlyMap<string, TableRule> = new Map(table.map((rule) => [rule.id, rule]));
let ruleById = BUNDLED_RULES;
let kinds = BUNDLED_KINDS;
let topicCards = BUNDLED_CARDS;
/** Set while the first load of the packs in effect runs (packs.ts starts it synchronously at start-up). */
let loading: { promise: Promise<void>; done: () => void } | null = null;
let loaded = true;

/** Topics a report may name: bundled match rules and pack topics with a match rule. */
export const isKnownTopic = (id: string): boolean => kinds.has(id);
export const topicKind = (id: string): Kind | undefined => kinds.get(id);
/** A topic's match rule: a pack's when a pack in effect has one, else the bundled one. */
export const ruleOf = (id: string): TableRule | undefined => ruleById.get(id);
/** What the hint card says of a topic in `lang` (English when it has no translation), and in which language. */
export function topicCard(id: string, lang: string): (TopicCardText & { lang: string }) | undefined {
  const all = topicCards.get(id);
  if (!all) return undefined;
  const shown = pickLanguage(lang, (l) => all[l] !== undefined);
  return { ...all[shown]!, lang: shown };
}

/** Called by packs.ts when it starts loading the packs in effect (worker start). */
export function packTopicsLoading(): void {
  if (loading) return;
  let done!: () => void;
  loading = { promise: new Promise<void>((resolve) => (done = resolve)), done };
  loaded = false;
}

/** True unless the first load of the packs in effect is still running. */
export const topicsLoaded = (): boolean => loaded;

/**
 * Resolves once the packs in effect are loaded (at worker start). A report naming a topic not
 * known yet waits for it, so a pack topic reported just after a restart is not refused as unknown.
 */
export const topicsReady = (): Promise<void> => loading?.promise ?? Promise.resolve();

function markReady(): void {
  loaded = true;
  loading?.done();
}

export function setPackTopics(rules: readonly EffectiveRule[]): void {
  const nextKinds = new Map(BUNDLED_KINDS);
  const nextRules = new Map(BUNDLED_RULES);
  const nextCards = new Map(BUNDLED_CARDS);
  for (const { rule } of rules) {
    // A pack topic without a match rule keeps the bundled rule of its id (if any) under its own kind.
    if (rule.table || nextKinds.has(rule.frontMatter.id)) nextKinds.set(rule.frontMatter.id, rule.frontMatter.kind);
    if (rule.table) nextRules.set(rule.frontMatter.id, rule.table);
    const translated = Object.entries(rule.translations ?? {}).map(([lang, t]) => [lang, { title: t.title, summary: t.summary }] as const);
    nextCards.set(rule.frontMatter.id, {
      en: { title: rule.frontMatter.title, summary: rule.frontMatter.summary },
      ...Object.fromEntries(translated),
    });
  }
  kinds = nextKinds;
  ruleById = nextRules;
  topicCards = nextCards;
  markReady();
}

/** Loading the packs failed: go on with the bundled topics. */
export const packTopicsFailed = (): void => markReady();
