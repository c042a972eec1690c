import type { Snapshot } from '../engine/types';
import { takeSnapshot } from '../page/snapshot';
import { readSnapshotJson } from '../report/snapshot-file';
import { boundsNote, parseHtmlPage } from '../screens/parse-html';
import { InputError, readBoundedFile } from './read-file';

export { InputError } from './read-file';

/** Largest input the CLI reads; beyond it the file is certainly not a screen. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Where a command says something that is not an error (a page read in part): one line on stderr. */
export type Note = (message: string) => void;
const silent: Note = () => undefined;

/** Checks and normalises a URL given on the command line. */
export function parseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`bad URL "${raw}": give a full address such as https://www.instagram.com/challenge/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(`bad URL "${raw}": only http and https addresses are screens`);
  return url.href;
}

/** A regular file of at most `limit` bytes, as text; its kind and size are checked before reading (read-file.ts). */
export function readTextFile(path: string, limit = MAX_INPUT_BYTES): string {
  return readBoundedFile(path, limit).toString('utf8');
}

/** Refuses text that is not HTML (binary data, or no markup at all). */
export function checkHtml(path: string, text: string): void {
  if (text.includes('\u0000') || text.includes('\ufffd') || !/<[a-z!]/i.test(text))
    throw new InputError(`${path}: unreadable HTML (binary or no markup)`);
}

/** Reads an HTML page or a snapshot JSON file into a snapshot. `url` overrides a snapshot's own. */
export function readInput(path: string, url: string | undefined, note: Note = silent): Snapshot {
  return snapshotFromText(path, readTextFile(path), url, note);
}

/** The snapshot of a file's text, already read: a snapshot JSON, or an HTML page at `url`. */
export function snapshotFromText(path: string, text: string, url: string | undefined, note: Note = silent): Snapshot {
  if (path.endsWith('.json') || /^\s*[[{]/.test(text)) {
    const result = readSnapshotJson(text);
    if (!result.ok) throw new InputError(`${path}: ${result.reason}`);
    return url ? { ...result.snapshot, url } : result.snapshot;
  }
  checkHtml(path, text);
  if (!url) throw new InputError(`${path}: --url is required for an HTML file (the address the page was shown at)`);
  const page = parseHtmlPage(text);
  const left = boundsNote(page.bounded);
  if (left) note(`${path}: ${left}`);
  const snapshot = takeSnapshot(page.document, url);
  return left ? { ...snapshot, truncated: true } : snapshot;
}
