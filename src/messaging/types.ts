// Type-only: the content script imports these (erased at build), so no zod reaches its bundle.
import type { Match } from '../engine/types';

/** At most this many matches travel per report: the top one plus a few "other likely" topics. */
export const MAX_REPORTED_MATCHES = 5;

/**
 * Content script → background: the screen changed. Sent only on a change; `matches` empty means
 * the recognised screen is gone. The first report of every document is always sent, so that a full
 * navigation within the same site clears whatever the previous document reported.
 */
export interface ScreenReport {
  type: 'screen';
  url: string;
  matches: Match[];
  /** A security step no rule knows (src/engine/security-step.ts); only when `matches` is empty. */
  unknown?: UnknownScreen;
  /**
   * The page's own labels of the controls the top match's signs saw, keyed by the rule's phrase
   * (src/engine/labels.ts): the panel shows them beside the article's labels. Not yet redacted.
   */
  labels?: Record<string, string>;
  /** The step of its platform's flow the page is at (src/engine/steps.ts), when it is at one. */
  step?: string;
  /** The page shows an error message (an alert with text): the panel leads with what to do then. */
  error?: true;
}

/** What a look saw of the screen besides its matches (src/observe/recogniser.ts). */
export interface ScreenFacts {
  labels: Record<string, string>;
  step: string | null;
  error: boolean;
}

/** What the panel needs of a screen Signpost does not know yet: its heading, to search with. */
export interface UnknownScreen {
  /** The page's first heading, whole (at most MAX_UNKNOWN_HEADING); may be empty. Not yet redacted. */
  heading: string;
}

/**
 * The heading travels whole — as long as a snapshot keeps one text — and the background redacts it
 * before it cuts it to MAX_STORED_HEADING: cut first, an address split by the cut would no longer
 * look like one and would be stored as it is.
 */
export const MAX_UNKNOWN_HEADING = 2_000;
export const MAX_STORED_HEADING = 160;

/** Content script → background, from the hint's button click (a user gesture the background spends). */
export interface OpenPanelRequest {
  type: 'open-side-panel';
}

/** Content script → background: the person dismissed the hint for this topic in this tab. */
export interface DismissRequest {
  type: 'dismiss';
  topic: string;
}

/** Content script → background: the person asked, from the card, never to be shown this topic again. */
export interface MuteRequest {
  type: 'mute';
  topic: string;
}

export type ContentMessage = ScreenReport | OpenPanelRequest | DismissRequest | MuteRequest;

/**
 * Side panel → one tab's content script ("Show me"): outline the recognised screen's control with
 * this label (the page's own, as the tab state holds it). Answered `{found}`.
 */
export interface ShowRequest {
  type: 'show';
  label: string;
}

/**
 * Side panel → one tab's content script ("Capture this screen"): answered with the collected screen
 * (src/report/capture.ts), which the panel validates and redacts before anything else.
 */
export interface CaptureRequest {
  type: 'capture';
}

/**
 * Background's answer to a ScreenReport: the hint card to show, or null (nothing recognised, hints
 * off in settings, site off, or dismissed for this topic in this tab). The background owns settings
 * and the articles' titles and summaries (the summary is the first thing to do), so the content
 * script needs neither zod nor the articles.
 */
export interface ScreenReply {
  /**
   * `css`: the card's stylesheet. It travels with the hint rather than in the content script, which
   * every Instagram and X page downloads (budget 30 KB) while few ever show a card.
   */
  hint: HintPayload | null;
}

/**
 * Everything the card shows, in the person's language (the interface-language setting): the topic's
 * title and summary, the card's own words, and on Firefox the first steps of the fix (it cannot open
 * the sidebar from a page click). It all travels with the hint, so the content script carries no
 * strings, no articles and no CSS, and a language change reaches an open card with the next reply.
 */
export interface HintPayload {
  topic: string;
  /** The language the texts are in (BCP 47: en, es, pt-BR). */
  lang: string;
  title: string;
  summary: string;
  labels: HintLabels;
  /** Firefox only: the fix's first steps. */
  steps?: string[];
  css: string;
}

export interface HintLabels {
  card: string;
  recognised: string;
  showFix: string;
  dismiss: string;
  dismissLabel: string;
  /** Absent when the organisation's policy fixes the muted topics: the card then offers no mute. */
  mute?: string;
  quickFix: string;
  openFull: string;
}

/**
 * Background → content script: forget what was reported and report again (settings changed).
 * The answer to that report carries the new hint decision.
 */
export type BackgroundMessage = { type: 'resync' };
