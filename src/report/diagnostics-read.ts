import { z } from 'zod';
import { DIAGNOSTICS_FORMAT, DIAGNOSTICS_VERSION } from './diagnostics';
import { JSON_FENCE } from './diagnostics-markdown';

/**
 * Reads a diagnostics report back, for support tools: the Markdown file (its fenced JSON block) or
 * the JSON file earlier versions downloaded. Returns a reason instead of throwing. Linear: one
 * search for the fence, one JSON parse.
 */

const event = z.looseObject({ at: z.string(), topic: z.string().nullable().optional() });
/** What every version holds; later fields pass through as they are. */
export const diagnosticsSchema = z.looseObject({
  format: z.literal(DIAGNOSTICS_FORMAT),
  version: z.number().int().min(1).max(DIAGNOSTICS_VERSION),
  generatedAt: z.string(),
  extension: z.looseObject({ name: z.string(), version: z.string() }),
  rules: z.looseObject({ version: z.string(), topics: z.number() }),
  tabs: z.array(z.looseObject({ tab: z.number(), events: z.array(event) })),
  unknownScreens: z.array(z.looseObject({ at: z.string(), url: z.string(), heading: z.string() })).optional(),
  errors: z.looseObject({ dropped: z.looseObject({ total: z.number() }) }),
});
export type ReadDiagnostics = z.infer<typeof diagnosticsSchema>;

/** The JSON of a report: the whole text when it is JSON, else the last fenced JSON block of the Markdown. */
function jsonPart(text: string): string | null {
  if (text.trimStart().startsWith('{')) return text;
  const open = text.lastIndexOf(`\n${JSON_FENCE}\n`);
  const start = open >= 0 ? open + JSON_FENCE.length + 2 : text.startsWith(`${JSON_FENCE}\n`) ? JSON_FENCE.length + 1 : -1;
  if (start < 0) return null;
  const end = text.indexOf('\n```', start - 1);
  return end < 0 ? null : text.slice(start, end);
}

export function readDiagnostics(text: string): { ok: true; report: ReadDiagnostics } | { ok: false; reason: string } {
  const json = jsonPart(text.replace(/\r\n/g, '\n'));
  if (json === null) return { ok: false, reason: `no report found: a diagnostics file ends with a ${JSON_FENCE} block` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > DIAGNOSTICS_VERSION)
    return {
      ok: false,
      reason: `diagnostics version ${version} is newer than this Signpost understands (${DIAGNOSTICS_VERSION}); update Signpost`,
    };
  const parsed = diagnosticsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `not a Signpost diagnostics report: ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  return { ok: true, report: parsed.data };
}
