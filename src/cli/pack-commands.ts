import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { screenEffects } from '../screens/effects';
import type { TableRule } from '../engine/types';
import { importPackFile } from '../packs/import';
import { tableWithPacks } from '../packs/effective';
import { MAX_RULE_PACK_BYTES, type RulePack } from '../packs/validate';
import { draftProblem, draftRuleFile, draftSignals } from '../builder/draft';
import type { CompiledRules } from '../rules/types';
import { loadFixtures, snapshotOf } from '../screens/fixtures';
import { readBoundedFile } from './read-file';
import { InputError, parseUrl, readInput, readTextFile, snapshotFromText, type Note } from './read-input';
import { screenFiles } from './screen-files';

/**
 * The rule-pack loop from a terminal: draft a rule from a captured screen (`rule-draft`), check a
 * pack against the build's rules and every bundled screen (`check-pack`), and `match --pack`.
 * Bad input throws InputError (one line on stderr, exit 2); a pack that fails its checks is not bad
 * input but a result: `check-pack` prints every problem and exits 1.
 */
export const PACK_USAGE = [
  'signpost rule-draft <snapshot.json|page.html> --url <url> --id <platform>/<slug> [-o rule.md]',
  'signpost check-pack <pack.json|pack.zip> [--fixtures DIR] [--json]',
];

interface Out {
  write(s: string): unknown;
}

const parsed = <T>(parse: () => T): T => {
  try {
    return parse();
  } catch (e) {
    throw new InputError((e as Error).message);
  }
};

/** All the screens of `--fixtures` together, read in turn: enough for any set of captures. */
export const MAX_SCREENS_BYTES = 200 * 1024 * 1024;

/** A pack file read and checked as Settings → Import rule pack does: the pack, or every problem. */
export function loadPack(path: string, rules: CompiledRules): { ok: true; pack: RulePack } | { ok: false; problems: string[] } {
  const outcome = importPackFile(
    basename(path),
    readBoundedFile(path, MAX_RULE_PACK_BYTES, 'a rule pack'),
    new Set(rules.articles.map((a) => a.id)),
  );
  if (outcome.ok) return { ok: true, pack: outcome.pack };
  return { ok: false, problems: outcome.errors.map((e) => `${e.file} — ${e.field} — ${e.reason}`) };
}

/** `match --pack FILE`: the bundled table with the pack merged as the extension merges it. */
export function tableWithPack(path: string, rules: CompiledRules): TableRule[] {
  const loaded = loadPack(path, rules);
  if (!loaded.ok) throw new InputError(`${path}: not a valid rule pack:\n  ${loaded.problems.join('\n  ')}`);
  return tableWithPacks(rules.table, [loaded.pack]);
}

/** `signpost rule-draft page --url … --id instagram/acme-add-phone [-o rule.md]`. */
export function ruleDraftCommand(argv: string[], stdout: Out, note: Note): void {
  const { values, positionals } = parsed(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, id: { type: 'string' }, output: { type: 'string', short: 'o' } },
    }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw new InputError('missing the snapshot or page to draft a rule from');
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}"`);
  if (typeof values.id !== 'string') throw new InputError('--id is required: the new topic id, e.g. instagram/acme-add-phone');
  const snapshot = readInput(file, typeof values.url === 'string' ? parseUrl(values.url) : undefined, note);
  const signals = draftSignals(snapshot);
  const problem = draftProblem(signals, values.id);
  if (problem) throw new InputError(problem);
  const text = draftRuleFile(signals, { id: values.id });
  if (typeof values.output !== 'string') {
    stdout.write(text);
    return;
  }
  try {
    writeFileSync(values.output, text);
  } catch (e) {
    throw new InputError(`cannot write ${values.output}: ${(e as Error).message}`);
  }
  stdout.write(`wrote ${values.output}: ${values.id}, path ${signals.path}; replace its placeholder title, summary and article\n`);
}

/** `signpost check-pack pack [--fixtures DIR] [--json]`: 0 valid and conflict-free, 1 otherwise. */
export function checkPackCommand(argv: string[], rules: CompiledRules, stdout: Out, note: Note): number {
  const { values, positionals } = parsed(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { fixtures: { type: 'string' }, json: { type: 'boolean' } } }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw new InputError('missing the pack to check');
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}"`);
  const loaded = loadPack(file, rules);
  if (!loaded.ok) {
    if (values.json) stdout.write(`${JSON.stringify({ valid: false, problems: loaded.problems }, null, 2)}\n`);
    else stdout.write(`${file}: not a valid rule pack\n  ${loaded.problems.join('\n  ')}\n`);
    return 1;
  }
  const merged = tableWithPacks(rules.table, [loaded.pack]);
  const packIds = loaded.pack.rules.map((r) => r.frontMatter.id);
  // Every bundled screen: which pack topics it matches, and whether its first topic changes.
  const screens = values.fixtures ? extraScreens(values.fixtures, note) : [];
  const bundled = loadFixtures().map((f) => ({ name: `bundled: ${f.file}`, snapshot: snapshotOf(f.html, f.url), bundled: true }));
  const { matches, conflicts } = screenEffects(rules.table, merged, packIds, [...bundled, ...screens]);
  const matchedOn = new Map([...matches].map(([id, list]) => [id, list.map((m) => `${m.screen}${m.first ? ' (first)' : ''}`)]));
  const result = {
    valid: true,
    pack: { name: loaded.pack.name, version: loaded.pack.version },
    topics: packIds.map((id) => ({ id, matches: matchedOn.get(id)! })),
    conflicts,
  };
  if (values.json) stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const lines = [`${loaded.pack.name} ${loaded.pack.version}: valid, ${packIds.length} topic(s)`];
    for (const t of result.topics)
      lines.push(`  ${t.id}: ${t.matches.length === 0 ? 'matches no screen given or bundled' : `matches ${t.matches.join(', ')}`}`);
    if (conflicts.length === 0) lines.push('no conflict: every bundled screen keeps its first topic');
    else for (const c of conflicts) lines.push(`CONFLICT ${c.screen}: first topic ${c.before ?? '(none)'} becomes ${c.after ?? '(none)'}`);
    stdout.write(`${lines.join('\n')}\n`);
  }
  return conflicts.length === 0 ? 0 : 1;
}

/**
 * The pages (at their signpost:url) and snapshot files in `dir`, or the one file `dir` names. Each
 * file is judged (kind, size) before it is read, and read once.
 */
function extraScreens(dir: string, note: Note): { name: string; snapshot: ReturnType<typeof readInput>; bundled: false }[] {
  let total = 0;
  return screenFiles(dir).map((path) => {
    const text = readTextFile(path);
    total += text.length;
    if (total > MAX_SCREENS_BYTES)
      throw new InputError(`${dir}: its screens add up to more than ${MAX_SCREENS_BYTES / 1024 / 1024} MB; give a smaller folder`);
    const url = path.endsWith('.html') ? /<meta name="signpost:url" content="([^"]+)"/.exec(text)?.[1] : undefined;
    if (path.endsWith('.html') && !url)
      throw new InputError(`${path}: a page needs <meta name="signpost:url" content="…"> (the address it was shown at)`);
    return { name: path, snapshot: snapshotFromText(path, text, url, note), bundled: false as const };
  });
}
