import type { Snapshot } from '../../src/engine/types';
import { takeSnapshot } from '../../src/page/snapshot';
import { sanitizeElement } from '../../src/report/sanitize';
import { readSnapshotJson, snapshotFileTooLarge, type CaptureInfo, type PageCopy } from '../../src/report/snapshot-file';

/** What replay shows: a snapshot to match, the sanitised page to look at, and where they came from. */
export interface Loaded {
  name: string;
  kind: 'snapshot' | 'html';
  snapshot: Snapshot;
  page?: PageCopy;
  capture?: CaptureInfo;
  /** The address the file suggests (the snapshot's own, or an HTML fixture's signpost:url). */
  url: string;
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; error: string };

/** The part of a File replay needs (a real File, or a stand-in in tests). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * Opens a dropped or picked file: a `*.signpost.json` snapshot, or a saved HTML page. Size is
 * judged first, before a byte is read; every failure is one sentence naming the file, never a throw.
 */
export async function loadFile(file: FileLike): Promise<LoadResult> {
  const tooLarge = snapshotFileTooLarge(file.size);
  if (tooLarge) return { ok: false, error: `${file.name}: ${tooLarge}` };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, error: `${file.name}: cannot be read (${(e as Error).message})` };
  }
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(text)) {
    const read = readSnapshotJson(text);
    if (!read.ok) return { ok: false, error: `${file.name}: ${read.reason}` };
    return { ok: true, loaded: { name: file.name, kind: 'snapshot', snapshot: read.snapshot, page: read.page, capture: read.capture, url: read.snapshot.url } };
  }
  if (text.includes('\u0000') || !/<[a-z!]/i.test(text)) return { ok: false, error: `${file.name}: neither a Signpost snapshot nor an HTML page` };
  // DOMParser builds an inert document: its scripts never run and nothing it references loads.
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const url = doc.querySelector('meta[name="signpost:url"]')?.getAttribute('content') ?? '';
  const page = doc.body ? sanitizeElement(doc.body) : undefined;
  return { ok: true, loaded: { name: file.name, kind: 'html', snapshot: takeSnapshot(doc, url), page, url } };
}

/** The URL field's value as a screen address, or a reason it is not one. */
export function checkUrl(raw: string): { ok: true; url: string } | { ok: false; error: string } {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, url: url.href };
  } catch {
    // fall through
  }
  return { ok: false, error: `"${raw}" is not a web address: give a full one, such as https://www.instagram.com/challenge/` };
}
