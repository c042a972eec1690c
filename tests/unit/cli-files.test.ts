import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readBoundedFile } from '../../src/cli/read-file';
import { FIXTURES_DIR, ROOT, runCli } from './helpers';

/**
 * Every file the CLI reads is judged by its kind and size before a byte is read: a 600 MB page, a
 * link to /dev/zero or a named pipe where a page is expected gets one line on stderr and exit 2
 * (src/cli/README.md), at once. The folder that `check-pack --fixtures` searches used to be read
 * file by file before any check: there a link to /dev/zero read for ever, a pipe waited for ever and
 * a 600 MB file crashed the process — so those run as a child process with a deadline.
 */

const tmp = mkdtempSync(join(tmpdir(), 'signpost-cli-files-'));
const PACK = join(ROOT, 'tests/fixtures/packs/acme-it.signpost-pack.json');
const PAGE = join(FIXTURES_DIR, 'instagram/suspicious-login/page-en.html');
const URL = 'https://www.instagram.com/challenge/1/';

/** A sparse file: 600 MB long, costing no disk and no time to make. */
function huge(name: string): string {
  const path = join(tmp, name);
  writeFileSync(path, '');
  truncateSync(path, 600 * 1024 * 1024);
  return path;
}

function zero(name: string): string {
  const path = join(tmp, name);
  symlinkSync('/dev/zero', path);
  return path;
}

function fifo(name: string): string | null {
  const path = join(tmp, name);
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch {
    return null; // no mkfifo here: the pipe cases are skipped
  }
}
const canPipe = fifo('probe.fifo') !== null;

/** The installed CLI as a process, killed after `ms`: a hang fails the test instead of the run. */
function runProcess(args: string[], ms = 25_000): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'src/cli/bin.mjs'), ...args],
      { cwd: ROOT, timeout: ms, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (error, _stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr, killed: Boolean(error?.killed) });
      },
    );
  });
}

const refusedQuickly = async (args: string[], message: RegExp) => {
  const started = Date.now();
  const r = await runProcess(args);
  expect(r.killed, 'the command hung').toBe(false);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(Date.now() - started).toBeLessThan(20_000);
};

describe('a file where a page, a snapshot or a pack is expected', () => {
  it.each([
    ['a 600 MB page', () => ['match', huge('huge.html'), '--url', URL], /huge\.html is 600 MB; the limit is 20 MB$/],
    ['a link to /dev/zero', () => ['match', zero('zero.html'), '--url', URL], /zero\.html is a device, not a file$/],
    ['a folder', () => ['match', tmp, '--url', URL], /is a folder, not a file$/],
    ['a 600 MB snapshot to replay', () => ['replay', huge('huge.signpost.json')], /is 600 MB; the limit is 20 MB$/],
    ['a link to /dev/zero to capture', () => ['snapshot', zero('zero-capture.html'), '--url', URL], /is a device, not a file$/],
    ['a 600 MB rule pack', () => ['check-pack', huge('huge-pack.zip')], /huge-pack\.zip is 600 MB; the limit is 2\.0 MB for a rule pack$/],
    [
      'a link to /dev/zero as a rule pack',
      () => ['match', PAGE, '--url', URL, '--pack', zero('zero-pack.json')],
      /is a device, not a file$/,
    ],
  ])('%s: one line on stderr, exit 2', async (_name, argv, message) => {
    const r = await runCli(...argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.runIf(canPipe)('a named pipe: refused, not waited on', async () => {
    const r = await runCli('match', fifo('pipe.html')!, '--url', URL);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipe\.html is a named pipe, not a file\n$/);
  });
});

describe('check-pack --fixtures: every file of the folder judged before it is read', () => {
  const folderWith = (name: string, make: (path: string) => void): string => {
    const dir = join(tmp, `screens-${name}`);
    mkdirSync(join(dir, 'nested'), { recursive: true });
    copyFileSync(PAGE, join(dir, 'a-page.html'));
    make(join(dir, 'nested', name));
    return dir;
  };

  it('a 600 MB page in it: refused at once, nothing read', async () => {
    const dir = folderWith('huge.html', (p) => {
      writeFileSync(p, '');
      truncateSync(p, 600 * 1024 * 1024);
    });
    await refusedQuickly(['check-pack', PACK, '--fixtures', dir], /nested\/huge\.html is 600 MB; the limit is 20 MB$/m);
  }, 30_000);

  it('a link to /dev/zero in it: refused at once, not read for ever', async () => {
    const dir = folderWith('zero.html', (p) => symlinkSync('/dev/zero', p));
    await refusedQuickly(['check-pack', PACK, '--fixtures', dir], /nested\/zero\.html is a device, not a file$/m);
  }, 30_000);

  it.runIf(canPipe)(
    'a named pipe in it: refused at once, not waited on',
    async () => {
      const dir = folderWith('pipe.html', (p) => execFileSync('mkfifo', [p]));
      await refusedQuickly(['check-pack', PACK, '--fixtures', dir], /nested\/pipe\.html is a named pipe, not a file$/m);
    },
    30_000,
  );

  it('a link back to the folder itself is not followed round and round', async () => {
    const dir = folderWith('loop', (p) => symlinkSync('..', p));
    const r = await runCli('check-pack', PACK, '--fixtures', dir, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).not.toBe(2);
    // The one page, once: not again under nested/loop/, nested/loop/nested/loop/…
    const screens = JSON.stringify(JSON.parse(r.stdout));
    expect(screens.match(/a-page\.html/g)).toHaveLength(1);
    expect(screens).not.toContain('nested/loop');
  }, 60_000);
});

describe('readBoundedFile', () => {
  it('reads a file up to its limit, a link to a file as that file, and refuses one byte more', () => {
    const path = join(tmp, 'ten.txt');
    writeFileSync(path, '0123456789');
    const link = join(tmp, 'ten-link.txt');
    symlinkSync(path, link);
    expect(readBoundedFile(path, 10).toString()).toBe('0123456789');
    expect(readBoundedFile(link, 10).toString()).toBe('0123456789');
    expect(() => readBoundedFile(path, 9)).toThrow(InputError);
    expect(() => readBoundedFile(join(tmp, 'missing.txt'), 9)).toThrow(/cannot read .*missing\.txt: no such file/);
  });
});
