import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { snapshotOf, FIXTURES_DIR, ROOT, runCli as run } from './helpers';

const SUSPICIOUS = join(FIXTURES_DIR, 'instagram/suspicious-login/page-en.html');
const NEGATIVE = join(FIXTURES_DIR, 'negative/instagram-login-wrong-password.html');
const tmp = mkdtempSync(join(tmpdir(), 'signpost-cli-'));

describe('signpost match', () => {
  it('prints the JSON contract with the best match first', async () => {
    const r = await run('match', SUSPICIOUS, '--url', 'https://www.instagram.com/challenge/abc/', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toBe('https://www.instagram.com/challenge/abc/');
    expect(out.matches[0]).toMatchObject({ id: 'instagram/suspicious-login', score: expect.any(Number), evidence: expect.any(Array) });
    expect(out.explain).toBeUndefined();
  });

  it('prints an empty list for a negative', async () => {
    const r = await run('match', NEGATIVE, '--url', 'https://www.instagram.com/accounts/login/', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      url: 'https://www.instagram.com/accounts/login/',
      matches: [],
      securityStep: false,
      step: 'instagram/login',
    });
  });

  it('adds the per-condition trace with --explain', async () => {
    const r = await run('match', SUSPICIOUS, '--url', 'https://www.instagram.com/challenge/abc/', '--json', '--explain');
    const out = JSON.parse(r.stdout);
    const rule = out.explain.find((t: { id: string }) => t.id === 'instagram/suspicious-login');
    expect(rule.matched).toBe(true);
    expect(rule.conditions.some((c: { held: boolean }) => !c.held)).toBe(true);
  });

  it('prints a readable list by default', async () => {
    const r = await run('match', SUSPICIOUS, '--url', 'https://www.instagram.com/challenge/abc/');
    expect(r.stdout).toMatch(/1\. instagram\/suspicious-login \(score \d+\) — /);
    expect(r.stdout).toMatch(/✓ heading "suspicious login attempt"/);
  });

  it('reads a snapshot JSON file, bare or in its envelope, and lets --url override', async () => {
    const snapshot = snapshotOf(
      '<h2>Suspicious Login Attempt</h2><button>Send Security Code</button>',
      'https://www.instagram.com/challenge/1/',
    );
    const bare = join(tmp, 'bare.json');
    writeFileSync(bare, JSON.stringify(snapshot));
    const wrapped = join(tmp, 'screen.signpost.json');
    writeFileSync(wrapped, JSON.stringify({ format: 'signpost-snapshot', version: 1, snapshot }));
    for (const f of [bare, wrapped]) {
      const out = JSON.parse((await run('match', f, '--json')).stdout);
      expect(out.matches[0].id).toBe('instagram/suspicious-login');
    }
    const moved = JSON.parse((await run('match', wrapped, '--url', 'https://example.com/', '--json')).stdout);
    expect(moved).toEqual({ url: 'https://example.com/', matches: [], securityStep: false, step: null });
  });

  it.each([
    ['a missing file', () => ['match', join(tmp, 'nope.html'), '--url', 'https://x.com/'], /no such file/],
    ['a directory', () => ['match', tmp, '--url', 'https://x.com/'], /not a file/],
    ['a bad URL', () => ['match', SUSPICIOUS, '--url', 'instagram'], /bad URL/],
    ['a non-web URL', () => ['match', SUSPICIOUS, '--url', 'file:///etc/passwd'], /only http/],
    ['HTML without --url', () => ['match', SUSPICIOUS], /--url is required/],
    [
      'bad JSON',
      () => {
        writeFileSync(join(tmp, 'bad.json'), '{"format": ');
        return ['match', join(tmp, 'bad.json')];
      },
      /not valid JSON/,
    ],
    [
      'JSON that is not a snapshot',
      () => {
        writeFileSync(join(tmp, 'other.json'), '{"hello": 1}');
        return ['match', join(tmp, 'other.json')];
      },
      /not a Signpost snapshot/,
    ],
    [
      'a future snapshot version',
      () => {
        writeFileSync(join(tmp, 'future.json'), '{"format":"signpost-snapshot","version":99,"snapshot":{}}');
        return ['match', join(tmp, 'future.json')];
      },
      /newer than this Signpost/,
    ],
    [
      'binary data',
      () => {
        writeFileSync(join(tmp, 'bin.html'), Buffer.from([0, 159, 146, 150, 0, 1]));
        return ['match', join(tmp, 'bin.html'), '--url', 'https://x.com/'];
      },
      /unreadable HTML/,
    ],
    ['an unknown command', () => ['frobnicate'], /unknown command/],
    ['an unknown option', () => ['match', SUSPICIOUS, '--colour'], /Unknown option/],
    ['no arguments', () => [], /usage/],
  ])('rejects %s with one clear line on stderr and exit 2', async (_name, argv, message) => {
    const r = await run(...argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.startsWith('signpost: ')).toBe(true);
  });
});

describe('help and version', () => {
  it('--help prints every command, on stdout, exit 0; <command> --help that command only', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run(flag);
      expect(r.code, flag).toBe(0);
      expect(r.stderr).toBe('');
      for (const command of ['match', 'snapshot', 'replay', 'rule-draft', 'check-pack', 'article'])
        expect(r.stdout, flag).toContain(`signpost ${command} `);
    }
    const one = await run('check-pack', '--help');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^usage: signpost check-pack /);
    expect(one.stdout).not.toContain('signpost match ');
    // An unknown command's help is still an unknown command.
    expect((await run('frobnicate', '--help')).code).toBe(2);
  });

  it('--version prints the package version', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`signpost ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
  });
});

describe('npx signpost (the installed bin)', () => {
  const exec = promisify(execFile);
  it('runs the same CLI as a process with the documented exit codes', async () => {
    const ok = await exec(
      'npx',
      ['--no-install', 'signpost', 'match', SUSPICIOUS, '--url', 'https://www.instagram.com/challenge/abc/', '--json'],
      { cwd: ROOT },
    );
    expect(JSON.parse(ok.stdout).matches[0].id).toBe('instagram/suspicious-login');
    const bad = await exec('npx', ['--no-install', 'signpost', 'match', 'missing.html', '--url', 'https://x.com/'], { cwd: ROOT }).catch(
      (e) => e,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
