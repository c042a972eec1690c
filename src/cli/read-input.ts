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

/** Reads an HTML page or a snapshot JSON file into a snapshot. `url` overrides a snapshot's own. */
export function readInput(path: string, url: string | undefined): Snapshot {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${path} is not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json') || /^\s*[[{]/.test(text)) {
    const result = readSnapshotJson(text);
    if (!result.ok) throw new InputError(`${path}: ${result.reason}`);
    return url ? { ...result.snapshot, url } : result.snapshot;
  }
  if (text.includes('\u0000') || text.includes('\ufffd') || !/<[a-z!]/i.test(text)) throw new InputError(`${path}: unreadable HTML (binary or no markup)`);
  if (!url) throw new InputError(`${path}: --url is required for an HTML file (the address the page was shown at)`);
  return takeSnapshot(parseHtmlDocument(text), url);
}
