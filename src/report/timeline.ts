import { z } from 'zod';
import type { Match } from '../engine/types';
import { MAX_STORED_HEADING, type UnknownScreen } from '../messaging/types';
import { ERRORS_KEY, TIMELINE_KEY } from '../storage/keys';
import { maskUrl, redactCut } from './redact';
import { append, readList } from './session-log';

/**
 * The diagnostics report's memory (storage.session, session-log.ts): a bounded timeline of
 * recognitions per tab, and recent internal errors. Written by the background; read by the side
 * panel's report buttons. Redacted at write time, and cut only after — a URL or evidence string is
 * masked before it is stored, so nothing personal sits in storage waiting for a report.
 */

export const MAX_TIMELINE = 100;
export const MAX_ERRORS = 50;

export const timelineEntrySchema = z.object({
  tabId: z.number().int(),
  at: z.number(),
  /** Masked: no query, no fragment, account parts replaced. */
  url: z.string().max(4_096),
  /** The topic ranked first, null when the screen was no longer recognised. */
  topic: z.string().max(128).nullable(),
  score: z.number(),
  evidence: z.array(z.string().max(2_000)).max(50),
  /** Set when the screen was a security step no rule knew: its heading, redacted (may be empty). */
  unknown: z.string().max(200).optional(),
  /** The step of its platform's flow the page was at (a public step id, src/engine/steps.ts). */
  step: z.string().max(60).optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const internalErrorSchema = z.object({
  at: z.number(),
  /** dropped: a message that failed to parse; budget: work cut off at its limit; error: anything else. */
  kind: z.enum(['dropped', 'budget', 'error']),
  detail: z.string().max(500),
});
export type InternalError = z.infer<typeof internalErrorSchema>;

/** A timeline entry for a screen report, redacted. Pure. */
export function timelineEntry(
  tabId: number,
  url: string,
  matches: readonly Match[],
  at: number,
  unknown: UnknownScreen | null = null,
  step: string | null = null,
): TimelineEntry {
  const top = matches[0];
  const entry: TimelineEntry = {
    tabId,
    at,
    url: maskUrl(url),
    topic: top?.id ?? null,
    score: top?.score ?? 0,
    evidence: (top?.evidence ?? []).slice(0, 50).map((e) => redactCut(e, 2_000)),
    ...(step ? { step: step.slice(0, 60) } : {}),
  };
  return unknown && !top ? { ...entry, unknown: redactCut(unknown.heading, MAX_STORED_HEADING) } : entry;
}

/** Records what a tab's screen became (only call on a change); `unknown`: a security step no rule knew; `step`: the flow's step. */
export function recordRecognition(
  tabId: number,
  url: string,
  matches: readonly Match[],
  unknown: UnknownScreen | null = null,
  at = Date.now(),
  step: string | null = null,
): Promise<void> {
  return append(TIMELINE_KEY, timelineEntrySchema, timelineEntry(tabId, url, matches, at, unknown, step), MAX_TIMELINE);
}

/** Records an internal error (a dropped message, a budget cut-off…); the detail is redacted. */
export function recordInternalError(kind: InternalError['kind'], detail: string, at = Date.now()): Promise<void> {
  return append(ERRORS_KEY, internalErrorSchema, { at, kind, detail: redactCut(detail, 500) }, MAX_ERRORS);
}

export const readTimeline = () => readList(TIMELINE_KEY, timelineEntrySchema);
export const readInternalErrors = () => readList(ERRORS_KEY, internalErrorSchema);
