import table from 'virtual:signpost/match-table';
import cards from 'virtual:signpost/topic-cards';
import type { Kind, TableRule } from '../engine/types';
import { pickLanguage } from '../i18n/languages';
import type { TopicCardText } from '../rules/types';
import { effectiveTopics, type EffectiveRule, type TopicLookups } from './effective';

/**
 * Every topic the background knows, live: the bundled ones, plus those of the rule packs in effect
 * (publish.ts calls `setPackTopics` whenever they change; the lookups themselves come from
 * effective.ts). The background trusts this, not the content script's word. Titles and summaries are
 * for the hint card (the content script carries no articles, to stay small), in every language the
 * topic has; no article body reaches the background.
 */
let lookups: TopicLookups = effectiveTopics(table, cards, []);
/** Set while the first load of the packs in effect runs (publish.ts starts it synchronously at start-up). */
let loading: { promise: Promise<void>; done: () => void } | null = null;
let loaded = true;

/** Topics a report may name: bundled match rules and pack topics with a match rule. */
export const isKnownTopic = (id: string): boolean => lookups.kinds.has(id);
export const topicKind = (id: string): Kind | undefined => lookups.kinds.get(id);
/** A topic's match rule: a pack's when a pack in effect has one, else the bundled one. */
export const ruleOf = (id: string): TableRule | undefined => lookups.rules.get(id);
/** What the hint card says of a topic in `lang` (English when it has no translation), and in which language. */
export function topicCard(id: string, lang: string): (TopicCardText & { lang: string }) | undefined {
  const all = lookups.cards.get(id);
  if (!all) return undefined;
  const shown = pickLanguage(lang, (l) => all[l] !== undefined);
  return { ...all[shown]!, lang: shown };
}

/** Called by publish.ts when it starts loading the packs in effect (worker start). */
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
  lookups = effectiveTopics(table, cards, rules);
  markReady();
}

/** Loading the packs failed: go on with the bundled topics. */
export const packTopicsFailed = (): void => markReady();
