import { MAX_LABEL_TEXT, MAX_LABELS } from '../engine/labels';
import { z } from 'zod/mini';
import type { Match } from '../engine/types';
import { isAllowedUrl } from '../settings/sites';
import { MAX_REPORTED_MATCHES, MAX_UNKNOWN_HEADING, type ContentMessage } from './types';

// Bounds keep a hostile or buggy sender from making us store or render megabytes.
const topicId = z.string().check(z.minLength(1), z.maxLength(100));

export const matchSchema = z.strictObject({
  id: topicId,
  // z.number() already refuses Infinity and NaN (classic's `.finite()` was a no-op kept for zod 3 code).
  score: z.number().check(z.gte(0), z.lte(10_000)),
  evidence: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(30)),
}) satisfies z.ZodMiniType<Match>;

export const screenReportSchema = z.strictObject({
  type: z.literal('screen'),
  url: z.string().check(
    z.maxLength(4_096),
    z.refine((url) => isAllowedUrl(url), 'not an allowed https URL'),
  ),
  matches: z.array(matchSchema).check(z.maxLength(MAX_REPORTED_MATCHES)),
  unknown: z.optional(z.strictObject({ heading: z.string().check(z.maxLength(MAX_UNKNOWN_HEADING)) })),
  labels: z.optional(
    z
      .record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(MAX_LABEL_TEXT)))
      .check(z.refine((l) => Object.keys(l).length <= MAX_LABELS, `at most ${MAX_LABELS} labels`)),
  ),
  step: z.optional(z.string().check(z.maxLength(60), z.regex(/^[a-z]+\/[a-z-]+$/))),
  error: z.optional(z.literal(true)),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  screenReportSchema,
  z.strictObject({ type: z.literal('open-side-panel') }),
  z.strictObject({ type: z.literal('dismiss'), topic: topicId }),
  z.strictObject({ type: z.literal('mute'), topic: topicId }),
]) satisfies z.ZodMiniType<ContentMessage>;
