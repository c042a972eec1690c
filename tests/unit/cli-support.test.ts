import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtures, FIXTURES_DIR, runCli as run } from './helpers';
import { PRIVACY_PAGE, PRIVATE } from './privacy';

const tmp = mkdtempSync(join(tmpdir(), 'signpost-support-'));

describe('signpost snapshot', () => {
  it('writes a redacted, versioned snapshot file with the sanitised page', async () => {
    const out = join(tmp, 'privacy.signpost.json');
    const r = await run(
      'snapshot',
      PRIVACY_PAGE,
      '--url',
      'https://www.instagram.com/accounts/login/two_factor?next=%2Fjane.doe.1987%2F',
      '-o',
      out,
    );
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`${out}: https://www.instagram.com/accounts/login/two_factor — instagram/invalid-code\n`);
    const text = readFileSync(out, 'utf8');
    for (const secret of PRIVATE) expect(text, secret).not.toContain(secret);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'signpost-snapshot', version: 2, capture: { top: 'instagram/invalid-code' } });
    expect(file.page.html).toContain('<h2>Enter Security Code</h2>');
  });

  // One fixture per topic through the whole CLI (report.test.ts checks every fixture at engine level).
  it('gives a fixture of every topic the same first match on replay as on the page itself', async () => {
    const perTopic = new Map(loadFixtures().map((f) => [f.file.replace(/\/[^/]*$/, ''), f]));
    for (const fixture of perTopic.values()) {
      const live = JSON.parse((await run('match', join(FIXTURES_DIR, fixture.file), '--url', fixture.url, '--json')).stdout);
      const out = join(tmp, `${fixture.file.replace(/\W/g, '-')}.signpost.json`);
      expect((await run('snapshot', join(FIXTURES_DIR, fixture.file), '--url', fixture.url, '-o', out)).code).toBe(0);
      const replayed = JSON.parse((await run('replay', out, '--json')).stdout);
      expect(replayed.matches[0]?.id ?? null, fixture.file).toBe(live.matches[0]?.id ?? null);
      expect(replayed.capture.top, fixture.file).toBe(live.matches[0]?.id ?? null);
    }
  }, 60_000);
});

describe('signpost replay', () => {
  it('prints ranked matches and the explain trace', async () => {
    const out = join(tmp, 'replay.signpost.json');
    await run('snapshot', PRIVACY_PAGE, '--url', 'https://www.instagram.com/accounts/login/two_factor', '-o', out);
    const r = await run('replay', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ranked first when captured: instagram\/invalid-code/);
    expect(r.stdout).toMatch(/1\. instagram\/invalid-code \(score \d+\)/);
    expect(r.stdout).toMatch(/explain:\n/);
    // The trace names the page's step, and why a topic of another step cannot match there.
    expect(r.stdout).toMatch(/step: instagram\/two-factor-error/);
    expect(r.stdout).toMatch(/✗ instagram\/suspicious-login — the page is at step instagram\/two-factor-error, not one of this topic's/);
  });

  it.each([
    [
      'a corrupt file',
      () => {
        writeFileSync(join(tmp, 'corrupt.signpost.json'), '{"format":"signpost-snapshot","version":2,"snap');
        return join(tmp, 'corrupt.signpost.json');
      },
      /corrupt\.signpost\.json: not valid JSON/,
    ],
    [
      'a future schema version',
      () => {
        writeFileSync(
          join(tmp, 'future.signpost.json'),
          JSON.stringify({ format: 'signpost-snapshot', version: 3, snapshot: {}, hologram: true }),
        );
        return join(tmp, 'future.signpost.json');
      },
      /version 3 is newer than this Signpost understands \(2\); update Signpost/,
    ],
    [
      'a 50 MB file',
      () => {
        const big = join(tmp, 'big.signpost.json');
        const fd = openSync(big, 'w');
        ftruncateSync(fd, 50 * 1024 * 1024); // sparse: the size is what is judged, before any read
        closeSync(fd);
        return big;
      },
      /big\.signpost\.json is 50 MB; the limit is 20 MB/,
    ],
    ['a missing file', () => join(tmp, 'nope.signpost.json'), /no such file/],
    ['no file', () => undefined, /missing the snapshot file/],
  ])('rejects %s with one clear line and exit 2', async (_name, make, message) => {
    const file = make();
    const r = await run('replay', ...(file ? [file] : []));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects a snapshot without --url, and a bad option, with exit 2', async () => {
    expect((await run('snapshot', PRIVACY_PAGE)).stderr).toMatch(/--url is required/);
    expect((await run('snapshot', PRIVACY_PAGE, '--url', 'https://x.com/', '--colour')).code).toBe(2);
  });
});
