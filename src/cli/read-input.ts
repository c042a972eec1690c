import { readFileSync, statSync } from 'node:fs';
import type { Snapshot } from '../engine/types';
import { takeSnapshot } from '../page/snapshot';
import { readSnapshotJson } from '../report/snapshot-file';
import { parseHtmlDocument } from './parse-html';

export class InputError extends Error {}

/** Largest input the CLI reads; beyond it the file is certainly not a screen. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Checks and normalises a URL given on the command line. */
export function parseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError(`bad URL "${raw}": give a full address such as https://www.instagram.com/challenge/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`bad URL "${raw}": only http and https addresses are screens`);
  return url.href;
}

/** Reads a file as text after checking, on its size alone, that it is a file under `limit` bytes. */
export function readTextFile(path: string, limit = MAX_INPUT_BYTES): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${path} is not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > limit) throw new InputError(`${path} is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is ${limit / 1024 / 1024} MB`);
  return readFileSync(path, 'utf8');
}

/** Refuses text that is not HTML (binary data, or no markup at all). */
export function checkHtml(path: string, text: string): void {
  if (text.includes('\u0000') || text.includes('\ufffd') || !/<[a-z!]/i.test(text)) throw new InputError(`${path}: unreadable HTML (binary or no markup)`);
}

/** Reads an HTML page or a snapshot JSON file into a snapshot. `url` overrides a snapshot's own. */
export function readInput(path: string, url: string | undefined): Snapshot {
  const text = readTextFile(path);
  if (path.endsWith('.json') || /^\s*[[{]/.test(text)) {
    const result = readSnapshotJson(text);
    if (!result.ok) throw new InputError(`${path}: ${result.reason}`);
    return url ? { ...result.snapshot, url } : result.snapshot;
  }
  checkHtml(path, text);
  if (!url) throw new InputError(`${path}: --url is required for an HTML file (the address the page was shown at)`);
  return takeSnapshot(parseHtmlDocument(text), url);
}
