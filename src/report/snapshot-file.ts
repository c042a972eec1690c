import { z } from 'zod';
import { INPUT_ATTRS, TEXT_ROLES, type Snapshot } from '../engine/types';
import { SNAPSHOT_FILE_VERSION, SNAPSHOT_FORMAT } from './file-version';

export { SNAPSHOT_FILE_VERSION, SNAPSHOT_FORMAT } from './file-version';

/**
 * The largest snapshot file replay and the CLI will open. Checked on the size, before reading or
 * parsing; a real capture is well under 3 MB (the page copy is capped at 2 million characters).
 */
export const MAX_SNAPSHOT_FILE_BYTES = 20 * 1024 * 1024;

/** A clear reason when a file of `bytes` is too large to open, else null. */
export function snapshotFileTooLarge(bytes: number): string | null {
  if (bytes <= MAX_SNAPSHOT_FILE_BYTES) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return `file is ${mb(bytes)}; the limit is ${mb(MAX_SNAPSHOT_FILE_BYTES)} (a captured screen is a few hundred KB): is it really a Signpost snapshot?`;
}

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
        ...(Object.fromEntries(INPUT_ATTRS.map((a) => [a, z.string().max(1_000).optional()])) as Record<
          (typeof INPUT_ATTRS)[number],
          z.ZodOptional<z.ZodString>
        >),
      }),
    )
    .max(1_000),
  testids: list,
  roles: list,
  truncated: z.boolean(),
}) satisfies z.ZodType<Snapshot>;

/** The sanitised copy of the screen (see sanitize.ts): markup only, no script, no URL, no value. */
export const pageCopySchema = z.strictObject({
  html: z.string().max(2_500_000),
  truncated: z.boolean(),
});

export const captureInfoSchema = z.strictObject({
  /** ISO time of the capture. */
  at: z.string().max(64),
  extension: z.string().max(64).optional(),
  rules: z.string().max(64).optional(),
  browser: z.string().max(256).optional(),
  /** The topic the live page ranked first when captured (null: none), for comparing with replay. */
  top: z.string().max(128).nullable().optional(),
});

/** `*.signpost.json`: what the side panel exports and replay and the CLI read. */
export const snapshotFileSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.number().int().min(1).max(SNAPSHOT_FILE_VERSION),
  snapshot: snapshotSchema,
  page: pageCopySchema.optional(),
  capture: captureInfoSchema.optional(),
});

export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type PageCopy = z.infer<typeof pageCopySchema>;
export type CaptureInfo = z.infer<typeof captureInfoSchema>;

export type ReadResult = { ok: true; snapshot: Snapshot; page?: PageCopy; capture?: CaptureInfo } | { ok: false; reason: string };

/** Parses JSON text as a snapshot file (or a bare snapshot). Returns a reason instead of throwing. */
export function readSnapshotJson(json: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  if (data !== null && typeof data === 'object' && 'format' in data) {
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > SNAPSHOT_FILE_VERSION) {
      return {
        ok: false,
        reason: `snapshot file version ${version} is newer than this Signpost understands (${SNAPSHOT_FILE_VERSION}); update Signpost`,
      };
    }
    const file = snapshotFileSchema.safeParse(data);
    if (!file.success) return { ok: false, reason: `not a Signpost snapshot: ${firstIssue(file.error)}` };
    const { snapshot, page, capture } = file.data;
    return { ok: true, snapshot, ...(page ? { page } : {}), ...(capture ? { capture } : {}) };
  }
  const bare = snapshotSchema.safeParse(data);
  return bare.success ? { ok: true, snapshot: bare.data } : { ok: false, reason: `not a Signpost snapshot: ${firstIssue(bare.error)}` };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(top level)'}: ${issue.message}`;
}
