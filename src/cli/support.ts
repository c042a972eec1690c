import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explain, match, stepOfSnapshot } from '../engine/match';
import { takeSnapshot } from '../page/snapshot';
import { captureDocument, captureFileName } from '../report/capture';
import { MAX_SNAPSHOT_FILE_BYTES, readSnapshotJson } from '../report/snapshot-file';
import type { CompiledRules } from '../rules/types';
import { formatMatches } from './print-matches';
import { boundsNote, parseHtmlDocument, parseHtmlPage } from '../screens/parse-html';
import { checkHtml, InputError, parseUrl, readTextFile, type Note } from './read-input';

/**
 * The support commands: `snapshot` turns a saved HTML page into a redacted
 * `*.signpost.json` exactly as "Capture this screen" does in the extension; `replay` shows what the
 * engine makes of a snapshot file — ranked matches and the per-condition trace. Both throw
 * InputError for bad input; main.ts turns that into one line on stderr and exit 2.
 */

export const SUPPORT_USAGE = [
  'signpost snapshot <file.html> --url <url> [-o <out.signpost.json>]',
  'signpost replay <snapshot.signpost.json> [--url <url>] [--json]',
];

interface Out {
  write(s: string): unknown;
}

/** node:util's parseArgs, its errors (unknown option…) turned into InputError. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

function onePositional(positionals: string[], what: string): string {
  const [file, ...extra] = positionals;
  if (!file) throw new InputError(`missing the ${what}`);
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}"`);
  return file;
}

/** `signpost snapshot page.html --url … -o out.signpost.json`: writes the file, prints one line. */
export function snapshotCommand(argv: string[], rules: CompiledRules, stdout: Out, note: Note, now = new Date()): void {
  const { values, positionals } = parsed(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' }, output: { type: 'string', short: 'o' } } }),
  );
  const file = onePositional(positionals, 'HTML file to capture');
  if (typeof values.url !== 'string') throw new InputError(`${file}: --url is required (the address the page was shown at)`);
  const url = parseUrl(values.url);
  const html = readTextFile(file);
  checkHtml(file, html);
  const page = parseHtmlPage(html);
  const doc = page.document;
  const left = boundsNote(page.bounded);
  if (left) note(`${file}: ${left}`);
  // The top match is judged on the page as given (like the live page), then stored for comparison.
  const top = match(rules.table, takeSnapshot(doc, url))[0]?.id ?? null;
  const out = typeof values.output === 'string' ? values.output : captureFileName(url, now);
  const whole = captureDocument(doc, url, { at: now.toISOString(), extension: 'signpost-cli', top }, parseHtmlDocument);
  // A page read in part says so in its capture, as the content script's own cut snapshots do.
  const captured = left ? { ...whole, snapshot: { ...whole.snapshot, truncated: true } } : whole;
  try {
    writeFileSync(out, `${JSON.stringify(captured, null, 2)}\n`);
  } catch (e) {
    throw new InputError(`cannot write ${out}: ${(e as Error).message}`);
  }
  stdout.write(
    `${out}: ${captured.snapshot.url} — ${top ?? 'no topic recognised'}${captured.page?.truncated ? ' (page copy cut at its size limit)' : ''}${left ? ' (page read in part)' : ''}\n`,
  );
}

/** `signpost replay file.signpost.json`: matches and explain trace, readable or `--json`. */
export function replayCommand(argv: string[], rules: CompiledRules, stdout: Out): void {
  const { values, positionals } = parsed(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { url: { type: 'string' }, json: { type: 'boolean' } } }),
  );
  const file = onePositional(positionals, 'snapshot file to replay');
  const text = readTextFile(file, MAX_SNAPSHOT_FILE_BYTES);
  const read = readSnapshotJson(text);
  if (!read.ok) throw new InputError(`${file}: ${read.reason}`);
  const snapshot = typeof values.url === 'string' ? { ...read.snapshot, url: parseUrl(values.url) } : read.snapshot;
  const matches = match(rules.table, snapshot);
  const trace = explain(rules.table, snapshot);
  if (values.json) {
    stdout.write(
      `${JSON.stringify({ url: snapshot.url, matches, step: stepOfSnapshot(snapshot), explain: trace, ...(read.capture ? { capture: read.capture } : {}) }, null, 2)}\n`,
    );
    return;
  }
  const capture = read.capture;
  const header = capture
    ? `captured ${capture.at || '(time unknown)'}${capture.extension ? ` by ${capture.extension}` : ''}; ranked first when captured: ${capture.top === undefined ? '(not recorded)' : (capture.top ?? 'nothing')}\n`
    : '';
  stdout.write(header + formatMatches(snapshot.url, matches, rules.articles, { step: stepOfSnapshot(snapshot), rules: trace }));
}
