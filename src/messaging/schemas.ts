import { MAX_LABEL_TEXT, MAX_LABELS } from '../engine/labels';
import { z } from 'zod';
import type { Match } from '../engine/types';
import { isAllowedUrl } from '../settings/sites';
import { MAX_REPORTED_MATCHES, MAX_UNKNOWN_HEADING, type ContentMessage } from './types';

// Bounds keep a hostile or buggy sender from making us store or render megabytes.
const topicId = z.string().min(1).max(100);

export const matchSchema = z.strictObject({
  id: topicId,
  score: z.number().finite().min(0).max(10_000),
  evidence: z.array(z.string().max(300)).max(30),
}) satisfies z.ZodType<Match>;

export const screenReportSchema = z.strictObject({
  type: z.literal('screen'),
  url: z
    .string()
    .max(4_096)
    .refine((url) => isAllowedUrl(url), 'not an allowed https URL'),
  matches: z.array(matchSchema).max(MAX_REPORTED_MATCHES),
  unknown: z.strictObject({ heading: z.string().max(MAX_UNKNOWN_HEADING) }).optional(),
  labels: z
    .record(z.string().max(200), z.string().max(MAX_LABEL_TEXT))
    .refine((l) => Object.keys(l).length <= MAX_LABELS, `at most ${MAX_LABELS} labels`)
    .optional(),
  step: z
    .string()
    .max(60)
    .regex(/^[a-z]+\/[a-z-]+$/)
    .optional(),
  error: z.literal(true).optional(),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  screenReportSchema,
  z.strictObject({ type: z.literal('open-side-panel') }),
  z.strictObject({ type: z.literal('dismiss'), topic: topicId }),
  z.strictObject({ type: z.literal('mute'), topic: topicId }),
]) satisfies z.ZodType<ContentMessage>;
