import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { explain, match, stepOfSnapshot } from '../engine/match';
import { compileRulesDir, RuleFileError } from '../build/rules/load';
import type { CompiledRules } from '../rules/types';
import { InputError, parseUrl, readInput, type Note } from './read-input';
import { formatMatches } from './print-matches';
import { isSecurityStep } from '../engine/security-step';
import { ARTICLE_USAGE, articleCommand } from './article-command';
import { checkPackCommand, PACK_USAGE, ruleDraftCommand, tableWithPack } from './pack-commands';
import { replayCommand, snapshotCommand, SUPPORT_USAGE } from './support';

interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const MATCH_USAGE = 'signpost match <file.html|snapshot.json> --url <url> [--json] [--explain] [--pack <pack.json|pack.zip>]';
const COMMAND_USAGE = [MATCH_USAGE, ...SUPPORT_USAGE, ...PACK_USAGE, ARTICLE_USAGE];
const USAGE = COMMAND_USAGE.map((u, i) => `${i === 0 ? 'usage: ' : '       '}${u}`).join('\n');
const HERE = dirname(fileURLToPath(import.meta.url));
export const RULES_DIR = resolve(HERE, '../../rules');
const HELP = new Set(['--help', '-h']);

/** `--version`, `--help`, `<command> --help`: the answer on stdout, or null when argv asks for neither. */
function helpOrVersion(argv: readonly string[]): string | null {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    const { version } = JSON.parse(readFileSync(resolve(HERE, '../../package.json'), 'utf8')) as { version: string };
    return `signpost ${version}`;
  }
  if (argv.length === 1 && (HELP.has(argv[0]!) || argv[0] === 'help')) return USAGE;
  if (argv.length === 2 && HELP.has(argv[1]!)) {
    const lines = COMMAND_USAGE.filter((u) => u.startsWith(`signpost ${argv[0]} `));
    if (lines.length > 0) return lines.map((u, i) => `${i === 0 ? 'usage: ' : '       '}${u}`).join('\n');
  }
  return null;
}

/** Runs the CLI; returns the exit code (0 done, 2 bad input or usage). Never throws for bad input. */
export async function main(argv: string[], io: Io, rulesDir = RULES_DIR): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`signpost: ${message}\n`);
    return 2;
  };
  const asked = helpOrVersion(argv);
  if (asked !== null) {
    io.stdout.write(`${asked}\n`);
    return 0;
  }
  // Not an error: the result stands (a page read in part), said where --json output cannot mix with it.
  const note: Note = (message) => io.stderr.write(`signpost: note: ${message}\n`);
  if ((OTHER_COMMANDS as readonly string[]).includes(argv[0]!))
    return support(argv[0] as OtherCommand, argv.slice(1), io, rulesDir, fail, note);
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
  const [command, file, ...extra] = args.positionals;
  if (command !== 'match') return fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  if (!file) return fail(`missing the file to match\n${USAGE}`);
  if (extra.length > 0) return fail(`unexpected argument "${extra[0]}"\n${USAGE}`);

  let rules: CompiledRules;
  try {
    rules = compileRulesDir(rulesDir);
  } catch (e) {
    if (e instanceof RuleFileError) return fail(e.message);
    throw e;
  }
  try {
    const url = args.values.url === undefined ? undefined : parseUrl(args.values.url);
    const snapshot = readInput(file, url, note);
    const table = args.values.pack === undefined ? rules.table : tableWithPack(args.values.pack, rules);
    const matches = match(table, snapshot);
    const trace = args.values.explain ? explain(table, snapshot) : undefined;
    if (args.values.json) {
      const securityStep = isSecurityStep(snapshot);
      io.stdout.write(
        `${JSON.stringify({ url: snapshot.url, matches, securityStep, step: stepOfSnapshot(snapshot), ...(trace ? { explain: trace } : {}) }, null, 2)}\n`,
      );
    } else {
      io.stdout.write(formatMatches(snapshot.url, matches, rules.articles, trace && { step: stepOfSnapshot(snapshot), rules: trace }));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }
}

/** The other commands (support.ts, pack-commands.ts, article-command.ts): their own options, the same rules and exit codes. */
const OTHER_COMMANDS = ['snapshot', 'replay', 'rule-draft', 'check-pack', 'article'] as const;
type OtherCommand = (typeof OTHER_COMMANDS)[number];

async function support(
  command: OtherCommand,
  argv: string[],
  io: Io,
  rulesDir: string,
  fail: (m: string) => number,
  note: Note,
): Promise<number> {
  try {
    if (command === 'rule-draft') {
      ruleDraftCommand(argv, io.stdout, note);
      return 0;
    }
    const rules = compileRulesDir(rulesDir);
    if (command === 'check-pack') return checkPackCommand(argv, rules, io.stdout, note);
    if (command === 'article') articleCommand(argv, rules, rulesDir, io.stdout);
    else if (command === 'snapshot') snapshotCommand(argv, rules, io.stdout, note);
    else replayCommand(argv, rules, io.stdout);
    return 0;
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    if (e instanceof RuleFileError) return fail(e.message);
    throw e;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' }, pack: { type: 'string' } },
  });
}
