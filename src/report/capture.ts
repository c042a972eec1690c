import type { Snapshot } from '../engine/types';
import { takeSnapshot } from '../page/snapshot';
import { SNAPSHOT_FILE_VERSION, SNAPSHOT_FORMAT } from './format';
import { maskUrl, redactSnapshot } from './redact';
import { sanitizeElement } from './sanitize';
import type { CaptureInfo, SnapshotFile } from './snapshot-file';

/**
 * "Capture this screen": a document → a redacted `*.signpost.json` object (engine snapshot + sanitised
 * page copy). The same function runs in the content script (live page) and the CLI (linkedom).
 * No zod here: the content script carries this file.
 *
 * The engine snapshot is taken from the live DOM first and redacted after, so the copy matches what
 * the live page matched (redaction never touches rule phrases; tests/unit/report.test.ts checks it on
 * every fixture). The URL keeps its path shape with account parts masked, so path rules still hold.
 */
export function captureDocument(doc: Document, url: string, info: CaptureInfo, live: Snapshot = takeSnapshot(doc, url)): SnapshotFile {
  const snapshot: Snapshot = redactSnapshot(live);
  const root = doc.body ?? doc.documentElement;
  const page = root ? sanitizeElement(root) : undefined;
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_FILE_VERSION, snapshot, ...(page ? { page } : {}), capture: info };
}

/** A file name for a capture: host, masked path and time, nothing account-specific. */
export function captureFileName(url: string, at: Date): string {
  const masked = maskUrl(url).replace(/^https?:\/\//, '');
  const slug = masked.replace(/\[[a-z]+\]/g, 'x').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'screen';
  return `${slug}-${at.toISOString().replace(/[:.]/g, '-').slice(0, 19)}.signpost.json`;
}
