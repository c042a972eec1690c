import { maskEmails } from '../engine/shapes';
import { PUBLIC_ID, type Action, type ActionEntry } from './actions';
import { maskUrl, redactDeep, redactText } from './redact';
import type { InternalError, TimelineEntry } from './timeline';

/**
 * The diagnostics report's content. Pure: the side panel gathers the inputs, this builds the report
 * and redacts it — every free-text string, whatever its source, goes through redactText, and URLs
 * through maskUrl, here, once, as the last step. What the extension writes itself (its version,
 * the rules' build, topic and step ids) is kept as it is when it has the shape the extension gives
 * it, so support can read which rules the person had; anything else in those places is redacted.
 * diagnostics-markdown.ts writes it as the file a person reads; diagnostics-read.ts reads it back.
 */

export const DIAGNOSTICS_FORMAT = 'signpost-diagnostics';
/** 1: JSON only; 2: Markdown with the JSON inside, local times, topic titles, the person's actions. */
export const DIAGNOSTICS_VERSION = 2;

export interface DiagnosticsInput {
  now: Date;
  /** Minutes east of UTC of the computer's clock (`-now.getTimezoneOffset()`): times are shown in it. */
  utcOffset: number;
  /** The report's language, the interface's (BCP 47: "en", "pt-BR"). */
  language: string;
  extension: { name: string; version: string };
  rules: { version: string; topics: number };
  /** navigator.userAgent and a platform string. */
  browser: { userAgent: string; platform: string; language: string };
  settings: unknown;
  timeline: readonly TimelineEntry[];
  /** What the person did (src/report/actions.ts). */
  actions?: readonly ActionEntry[];
  errors: readonly InternalError[];
  /** Dropped-message counters (src/storage/counters.ts). */
  dropped: { total: number; byReason: Record<string, number> };
  /** "Did this fix it?" answers on this computer, per topic and interface language (src/storage/helped.ts). */
  helped?: Record<string, Record<string, { yes: number; no: number }>>;
  /** Topic id → its title in the report's language (the articles, bundled and from rule packs). */
  titles?: Readonly<Record<string, string>>;
}

/** A screen the tab showed: what Signpost recognised on it (or that it knew nothing there). */
export interface ScreenEvent {
  at: string;
  kind: 'screen';
  url: string;
  topic: string | null;
  score: number;
  evidence: string[];
  step?: string;
  /** A security step no rule knew: its heading, redacted. */
  unknown?: string;
}
/** Something the person did. */
export interface ActionEvent {
  at: string;
  kind: Action;
  topic: string | null;
}
export type DiagnosticsEvent = ScreenEvent | ActionEvent;

export interface DiagnosticsReport {
  format: typeof DIAGNOSTICS_FORMAT;
  version: typeof DIAGNOSTICS_VERSION;
  /** UTC, ISO 8601. */
  generatedAt: string;
  utcOffset: number;
  language: string;
  extension: { name: string; version: string };
  rules: { version: string; topics: number };
  browser: { userAgent: string; platform: string; language: string };
  settings: unknown;
  /** The titles of the topics the report names, in its language. */
  titles: Record<string, string>;
  /** Per tab (numbered in order of appearance, not the browser's ids), oldest first; tab 0, last: off any tab. */
  tabs: { tab: number; events: DiagnosticsEvent[] }[];
  errors: { dropped: { total: number; byReason: Record<string, number> }; recent: { at: string; kind: string; detail: string }[] };
  /** Security steps no rule knew, oldest first: the address's pattern and the screen's heading. */
  unknownScreens: { at: string; url: string; heading: string }[];
  /** "Did this fix it?" answers on this computer: per topic, per interface language. */
  helped: Record<string, Record<string, { yes: number; no: number }>>;
}

const iso = (ms: number) => new Date(ms).toISOString();

// The extension's own identifiers, in the shapes it writes them ("0.1.0", "0.1.0+1a2b3c4d",
// "instagram/suspicious-login"). Linear: bounded length, and no two quantifiers can share a character.
const VERSION = /^\d{1,6}(?:\.\d{1,6}){0,3}(?:\+[0-9a-f]{8})?$/;
const own = (value: string, shape: RegExp) => (value.length <= 100 && shape.test(value) ? value : redactText(value));
const ownId = (id: string) => own(id, PUBLIC_ID);
/** A language tag ("en", "pt-BR"). */
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

export function buildDiagnostics(input: DiagnosticsInput): DiagnosticsReport {
  const tabs = new Map<number | null, DiagnosticsReport['tabs'][number]>();
  const tabOf = (id: number | null) => {
    let tab = tabs.get(id);
    if (!tab) tabs.set(id, (tab = { tab: id === null ? 0 : [...tabs.keys()].filter((k) => k !== null).length + 1, events: [] }));
    return tab;
  };
  const events: { at: number; tabId: number | null; event: DiagnosticsEvent }[] = [
    ...input.timeline.map((e) => ({
      at: e.at,
      tabId: e.tabId,
      event: {
        at: iso(e.at),
        kind: 'screen' as const,
        url: maskUrl(e.url),
        topic: e.topic === null ? null : ownId(e.topic),
        score: e.score,
        evidence: e.evidence.map(redactText),
        ...(e.step ? { step: ownId(e.step) } : {}),
        ...(e.unknown !== undefined ? { unknown: redactText(e.unknown) } : {}),
      },
    })),
    ...(input.actions ?? []).map((a) => ({
      at: a.at,
      tabId: a.tabId,
      event: { at: iso(a.at), kind: a.action, topic: a.topic === null ? null : ownId(a.topic) },
    })),
  ];
  for (const { tabId, event } of events.sort((a, b) => a.at - b.at)) tabOf(tabId).events.push(event);
  const helped = Object.fromEntries(Object.entries(input.helped ?? {}).map(([topic, byLang]) => [ownId(topic), byLang]));
  const named = new Set([...events.map((e) => e.event.topic), ...Object.keys(helped)].filter((t): t is string => t !== null));
  return {
    format: DIAGNOSTICS_FORMAT,
    version: DIAGNOSTICS_VERSION,
    generatedAt: input.now.toISOString(),
    utcOffset: Number.isInteger(input.utcOffset) && Math.abs(input.utcOffset) <= 18 * 60 ? input.utcOffset : 0,
    language: LANGUAGE.test(input.language) ? input.language : 'en',
    extension: { name: redactText(input.extension.name), version: own(input.extension.version, VERSION) },
    rules: { version: own(input.rules.version, VERSION), topics: input.rules.topics },
    // The browser's own identification, not page text: its version numbers ("Chrome/124.0.6367.91",
    // "x86-64") are what support needs and would read as codes; only an address is masked.
    browser: {
      userAgent: maskEmails(input.browser.userAgent.slice(0, 500)),
      platform: maskEmails(input.browser.platform.slice(0, 100)),
      language: maskEmails(input.browser.language.slice(0, 35)),
    },
    settings: redactDeep(input.settings),
    titles: Object.fromEntries([...named].sort().flatMap((id) => (input.titles?.[id] ? [[id, input.titles[id]!.slice(0, 200)]] : []))),
    tabs: [...tabs.values()].sort((a, b) => (a.tab || Infinity) - (b.tab || Infinity)), // off any tab: last
    unknownScreens: [...input.timeline]
      .filter((e) => e.unknown !== undefined)
      .sort((a, b) => a.at - b.at)
      .map((e) => ({ at: iso(e.at), url: maskUrl(e.url), heading: redactText(e.unknown!) })),
    helped,
    errors: {
      dropped: {
        total: input.dropped.total,
        byReason: Object.fromEntries(Object.entries(input.dropped.byReason).map(([k, v]) => [redactText(k), v])),
      },
      recent: [...input.errors].sort((a, b) => a.at - b.at).map((e) => ({ at: iso(e.at), kind: e.kind, detail: redactText(e.detail) })),
    },
  };
}
