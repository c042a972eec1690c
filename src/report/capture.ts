import type { Snapshot } from '../engine/types';
import { takeSnapshot } from '../page/snapshot';
import { SNAPSHOT_FILE_VERSION, SNAPSHOT_FORMAT } from './file-version';
import { maskUrl, redactSnapshot, redactText } from './redact';
import { DEFAULT_SANITIZE_LIMITS, sanitizeElement } from './sanitize';
import type { CaptureInfo, SnapshotFile } from './snapshot-file';

/**
 * "Capture this screen", in two halves. `collectScreen` runs where the page is (the content script,
 * or the CLI on a DOM parsed by linkedom): the engine snapshot of the live DOM and an allow-list copy
 * of the page (sanitize.ts) — never a field's value, but the page's text as it is. `redactCapture`
 * runs where the file is made (the side panel, the CLI) before anything is saved or shown: emails,
 * phone numbers, codes and usernames out of both, the URL masked. Redaction thus rides in the side
 * panel, not in the script every Instagram and X page downloads. No zod here.
 *
 * The engine snapshot is taken from the live DOM first and redacted after, so the copy matches what
 * the live page matched (redaction never touches rule phrases; tests/unit/report.test.ts checks it on
 * every fixture). The URL keeps its path shape with account parts masked, so path rules still hold.
 */
export function collectScreen(doc: Document, url: string, info: CaptureInfo, live: Snapshot = takeSnapshot(doc, url)): SnapshotFile {
  const root = doc.body ?? doc.documentElement;
  const page = root ? sanitizeElement(root) : undefined;
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_FILE_VERSION, snapshot: live, ...(page ? { page } : {}), capture: info };
}

/**
 * A collected screen made fit to leave the machine. `parse` turns the page copy back into a DOM (the
 * side panel's DOMParser, linkedom in Node): the copy is sanitised markup, parsed inert, and written
 * out again by the same allow-list serialiser, this time redacting its text.
 */
export function redactCapture(file: SnapshotFile, parse: (html: string) => Document): SnapshotFile {
  const page = file.page && {
    html: sanitizeElement(parse(`<!DOCTYPE html><html><body>${file.page.html}</body></html>`).body, DEFAULT_SANITIZE_LIMITS, redactText)
      .html,
    truncated: file.page.truncated,
  };
  return { ...file, snapshot: redactSnapshot(file.snapshot), ...(page ? { page } : {}) };
}

/** Both halves at once, where the page and the file are in one place (the CLI, tests). */
export function captureDocument(
  doc: Document,
  url: string,
  info: CaptureInfo,
  parse: (html: string) => Document,
  live?: Snapshot,
): SnapshotFile {
  return redactCapture(collectScreen(doc, url, info, live), parse);
}

/** A file name for a capture: host, masked path and time, nothing account-specific. */
export function captureFileName(url: string, at: Date): string {
  const masked = maskUrl(url).replace(/^https?:\/\//, '');
  const slug =
    masked
      .replace(/\[[a-z]+\]/g, 'x')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'screen';
  return `${slug}-${at.toISOString().replace(/[:.]/g, '-').slice(0, 19)}.signpost.json`;
}
