import { RULE_PACK_FORMAT } from '../../src/packs/validate';
import type { Snapshot } from '../../src/engine/types';
import type { BundledScreen } from '../../src/screens/screens';
import type { MessageKey } from '../../src/i18n';
import { parseInertHtml } from '../../src/page/inert-html';
import { takeSnapshot } from '../../src/page/snapshot';
import { sanitizeElement } from '../../src/report/sanitize';
import {
  MAX_SNAPSHOT_FILE_BYTES,
  readSnapshotJson,
  SNAPSHOT_FILE_VERSION,
  snapshotFileSchema,
  snapshotFileTooLarge,
  snapshotSchema,
  type CaptureInfo,
  type PageCopy,
} from '../../src/report/snapshot-file';

/** The example address shown in the URL field and in its error (an address: not translated). */
export const EXAMPLE_URL = 'https://www.instagram.com/challenge/';

/** What replay shows: a snapshot to match, the sanitised page to look at, and where they came from. */
export interface Loaded {
  name: string;
  kind: 'snapshot' | 'html' | 'screen';
  snapshot: Snapshot;
  page?: PageCopy;
  capture?: CaptureInfo;
  /** The address the file suggests (the snapshot's own, or an HTML fixture's signpost:url). */
  url: string;
  /** A saved page read in part: nested too deep or too many elements (src/page/bounded-html.ts). */
  partial?: true;
}

/** A bundled screen (src/screens), shown like an opened file. */
export function screenLoaded(screen: BundledScreen): Loaded {
  return { name: screen.file, kind: 'screen', snapshot: screen.snapshot, ...(screen.page ? { page: screen.page } : {}), url: screen.url };
}

/**
 * A message for the person, as a catalogue key and its substitutions (the page translates it, so
 * it follows a change of interface language). Technical details (a parser's or the browser's own
 * message, a schema path) are passed through as they are.
 */
export interface LoadMessage {
  key: MessageKey;
  subs: string[];
}

export type LoadResult = { ok: true; loaded: Loaded } | { ok: false; error: LoadMessage };

/** The part of a File replay needs (a real File, or a stand-in in tests). */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const fail = (key: MessageKey, ...subs: string[]): { ok: false; error: LoadMessage } => ({ ok: false, error: { key, subs } });

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Opens a dropped or picked file: a `*.signpost.json` snapshot, or a saved HTML page. Size is
 * judged first, before a byte is read; every failure is one sentence naming the file, never a throw.
 */
export async function loadFile(file: FileLike): Promise<LoadResult> {
  if (snapshotFileTooLarge(file.size))
    return fail('replayErrorTooLarge', file.name, megabytes(file.size), megabytes(MAX_SNAPSHOT_FILE_BYTES));
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail('replayErrorUnreadable', file.name, (e as Error).message);
  }
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(text)) {
    const read = readSnapshotJson(text);
    if (!read.ok) return whyNotSnapshot(file.name, text, read.reason);
    return {
      ok: true,
      loaded: {
        name: file.name,
        kind: 'snapshot',
        snapshot: read.snapshot,
        page: read.page,
        capture: read.capture,
        url: read.snapshot.url,
      },
    };
  }
  // A zip here is a rule pack (the only zip Signpost makes): it belongs in Settings, not in replay.
  if (text.startsWith('PK\u0003\u0004')) return fail('replayErrorRulePack', file.name);
  if (text.includes('\u0000') || !/<[a-z!]/i.test(text)) return fail('replayErrorNotSnapshotOrHtml', file.name);
  // An inert document, bounded before it is built: nothing in it runs or loads, and a page nested
  // 300 000 deep costs what an ordinary one does (the browser's own parser would take minutes).
  const { doc, bounded } = parseInertHtml(text, document.implementation.createHTMLDocument(''));
  const url = doc.querySelector('meta[name="signpost:url"]')?.getAttribute('content') ?? '';
  const page = sanitizeElement(doc.body);
  const snapshot = takeSnapshot(doc, url);
  const partial = bounded.cut || bounded.deepTags > 0 || bounded.textOnly;
  const loaded: Loaded = partial
    ? { name: file.name, kind: 'html', snapshot: { ...snapshot, truncated: true }, page: { ...page, truncated: true }, url, partial: true }
    : { name: file.name, kind: 'html', snapshot, page, url };
  return { ok: true, loaded };
}

/**
 * `readSnapshotJson` refused the text (it decides; its reason is English, shared with the CLI):
 * finds which of its refusals it was, in the same order, to say it in the interface language.
 */
function whyNotSnapshot(name: string, text: string, reason: string): { ok: false; error: LoadMessage } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('replayErrorNotJson', name, (e as Error).message);
  }
  const isFile = data !== null && typeof data === 'object' && 'format' in data;
  if (isFile && (data as { format?: unknown }).format === RULE_PACK_FORMAT) return fail('replayErrorRulePack', name);
  if (isFile) {
    const version = (data as { version?: unknown }).version;
    if (typeof version === 'number' && version > SNAPSHOT_FILE_VERSION)
      return fail('replayErrorNewerVersion', name, String(version), String(SNAPSHOT_FILE_VERSION));
  }
  const parsed = isFile ? snapshotFileSchema.safeParse(data) : snapshotSchema.safeParse(data);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return fail('replayErrorNotSnapshot', name, issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : reason);
}

/** The URL field's value as a screen address, or a reason it is not one. */
export function checkUrl(raw: string): { ok: true; url: string } | { ok: false; error: LoadMessage } {
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, url: url.href };
  } catch {
    // fall through
  }
  return fail('replayErrorUrl', raw, EXAMPLE_URL);
}
