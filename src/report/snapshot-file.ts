import { z } from 'zod';
import { INPUT_ATTRS, TEXT_ROLES, type Snapshot } from '../engine/types';

/** The snapshot file format version this build writes and reads. */
export const SNAPSHOT_FILE_VERSION = 1;

const text = z.string().max(50_000);
const list = z.array(text).max(1_000);

export const snapshotSchema = z.strictObject({
  url: z.string().max(4_096),
  lang: z.string().max(64),
  texts: z.strictObject(Object.fromEntries(TEXT_ROLES.map((r) => [r, list])) as Record<(typeof TEXT_ROLES)[number], typeof list>),
  inputs: z
    .array(
      z.strictObject({
        tag: z.enum(['input', 'textarea', 'select']),
        ...(Object.fromEntries(INPUT_ATTRS.map((a) => [a, z.string().max(1_000).optional()])) as Record<(typeof INPUT_ATTRS)[number], z.ZodOptional<z.ZodString>>),
      }),
    )
    .max(1_000),
  testids: list,
  roles: list,
  truncated: z.boolean(),
}) satisfies z.ZodType<Snapshot>;

/** `*.signpost.json`: what the side panel exports and replay and the CLI read. */
export const snapshotFileSchema = z.object({
  format: z.literal('signpost-snapshot'),
  version: z.number().int(),
  snapshot: snapshotSchema,
});

export type SnapshotFile = z.infer<typeof snapshotFileSchema>;

/** Parses JSON text as a snapshot file (or a bare snapshot). Returns a reason instead of throwing. */
export function readSnapshotJson(json: string): { ok: true; snapshot: Snapshot } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (data !== null && typeof data === 'object' && 'format' in data) {
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > SNAPSHOT_FILE_VERSION) {
      return { ok: false, reason: `snapshot file version ${version} is newer than this Signpost understands (${SNAPSHOT_FILE_VERSION}); update Signpost` };
    }
    const file = snapshotFileSchema.safeParse(data);
    return file.success ? { ok: true, snapshot: file.data.snapshot } : { ok: false, reason: `not a Signpost snapshot: ${firstIssue(file.error)}` };
  }
  const bare = snapshotSchema.safeParse(data);
  return bare.success ? { ok: true, snapshot: bare.data } : { ok: false, reason: `not a Signpost snapshot: ${firstIssue(bare.error)}` };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(top level)'}: ${issue.message}`;
}
