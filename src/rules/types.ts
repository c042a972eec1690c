// Types shared by the build (which produces these) and the UI (which renders them). Type-only.
import type { Kind, TableRule } from '../engine/types';

/** A rendered article: a tree of safe nodes, turned into DOM nodes by the UI (never HTML strings). */
export type MdNode =
  | string
  | { t: 'h3' | 'p' | 'ul' | 'ol' | 'li' | 'blockquote' | 'strong' | 'em' | 'code' | 'br'; c: MdNode[] }
  /** `s`: which article section the heading opens, set by the build on translations (rules/sections.ts). */
  | { t: 'h2'; c: MdNode[]; s?: import('./sections').SectionKey }
  | { t: 'a'; topic: string; c: MdNode[] };

/** An article's words in one language (English is the Article itself; translations, src/rules/translations.ts). */
export interface ArticleText {
  lang: string;
  title: string;
  summary: string;
  /** The words people type for this topic in this language (the translation's `search`). */
  search?: string[];
  body: MdNode[];
  plain: string;
}

export interface Article {
  id: string;
  platform: import('./platforms').Platform;
  title: string;
  summary: string;
  kind: Kind;
  related: string[];
  body: MdNode[];
  /**
   * Fix steps a step of the flow proves done: reached that step, the person did the first N steps of
   * "Fix it" (the challenge's code field means the code was sent). From the rule file's `progress`.
   */
  progress?: Record<string, number>;
  /** The article as plain text, for search. */
  plain: string;
  /** The words people type for this topic's problem, in English (the rule file's `search`); translations carry their own. */
  search?: string[];
  /** English screen texts the topic recognises, for search ("what did the screen say?"). */
  screenTexts: string[];
  /**
   * Every screen phrase the topic recognises, in every language, as the rule file writes it. Evidence
   * holds phrases normalised (lower case, no accents); the side panel shows them in this spelling.
   */
  phrases?: string[];
  /** The article in other languages, by language tag (es, pt-BR); missing ones fall back to English. */
  translations?: Record<string, ArticleText>;
  /** Set when a rule pack provides the topic (src/packs): which one, and where it came from. */
  pack?: { name: string; version: string; origin: 'imported' | 'organisation' };
}

export interface CompiledRules {
  table: TableRule[];
  articles: Article[];
}

/**
 * What the hint card says of a topic in one language: its title and one-line summary (the first
 * thing to do), and `fallback`: the first thing to do when that did not work (the first point of
 * "If that doesn't work"), which the card leads with once the fix was tried and refused.
 */
export interface TopicCardText {
  title: string;
  summary: string;
  fallback?: string;
}

/** Topic id → language → card text: English always, and each translation. Made at build time (src/build/rules/topic-cards.ts). */
export type TopicCards = Record<string, Record<string, TopicCardText>>;
