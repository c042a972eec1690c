import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseRuleFile, type RuleProblem } from '../../src/build/rules/load';
import { draftSignals } from '../../src/builder/draft';
import { FIXTURES_DIR, runCli as run, snapshotOf } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'signpost-cli-packs-'));
const UNKNOWN_URL = 'https://www.instagram.com/challenge/action/AbC12345/';
// An Instagram challenge step no bundled rule knows: add a phone number, in Turkish.
const UNKNOWN = join(tmp, 'add-phone-tr.html');
writeFileSync(
  UNKNOWN,
  `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><meta name="signpost:url" content="${UNKNOWN_URL}"><title>Instagram</title></head><body>
<main role="main"><h2>Telefon numaranı ekle</h2><p>Kodu +90 555 123 45 67 numarasına ya da j.doe@example.com adresine göndereceğiz.</p>
<form><input name="phone_number" type="tel" autocomplete="tel" aria-label="Telefon numarası"><button type="submit">İleri</button></form></main></body></html>`,
);
const zipOf = (name: string, files: Record<string, string>) => {
  const path = join(tmp, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, new TextEncoder().encode(t)]))));
  return path;
};

describe('rule drafts', () => {
  it('generalise the address and keep no personal data', () => {
    const s = draftSignals(snapshotOf(readFileSync(UNKNOWN, 'utf8'), UNKNOWN_URL));
    expect(s.path).toBe('^/challenge/action/');
    expect(s.headings).toEqual(['Telefon numaranı ekle']);
    expect(s.buttons).toEqual(['İleri']);
    expect(s.inputs).toEqual([{ type: 'tel', name: 'phone_number', autocomplete: 'tel' }]);
    expect(s.lang).toBe('tr');
    expect(JSON.stringify(s)).not.toMatch(/555|example\.com|AbC12345/);
    expect(draftSignals(snapshotOf('<h1>x</h1>', 'https://x.com/i/flow/login?token=abc')).path).toBe('^/i/flow/login');
  });

  it('`rule-draft` writes a rule file that is valid as written', async () => {
    const out = join(tmp, 'acme-add-phone.md');
    const r = await run('rule-draft', UNKNOWN, '--url', UNKNOWN_URL, '--id', 'instagram/acme-add-phone', '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('path ^/challenge/action/');
    const problems: RuleProblem[] = [];
    expect(parseRuleFile('instagram/acme-add-phone.md', readFileSync(out, 'utf8'), problems)).not.toBeNull();
    expect(problems).toEqual([]);
  });

  it('`rule-draft` refuses an id of another platform or shape, in one line', async () => {
    for (const id of ['x/acme-add-phone', 'instagram/Acme Phone']) {
      const r = await run('rule-draft', UNKNOWN, '--url', UNKNOWN_URL, '--id', id);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('check-pack and match --pack', () => {
  it('a pack of drafts: valid, its topic first on its screen, no bundled screen changes (exit 0)', async () => {
    const draft = await run('rule-draft', UNKNOWN, '--url', UNKNOWN_URL, '--id', 'instagram/acme-add-phone');
    const pack = zipOf('drafts.zip', { 'instagram/acme-add-phone.md': draft.stdout });
    const r = await run('check-pack', pack, '--fixtures', UNKNOWN, '--json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: true, conflicts: [] });
    expect(out.topics).toEqual([{ id: 'instagram/acme-add-phone', matches: [`${UNKNOWN} (first)`] }]);

    const before = JSON.parse((await run('match', UNKNOWN, '--url', UNKNOWN_URL, '--json')).stdout);
    expect(before).toMatchObject({ matches: [], securityStep: true });
    const after = JSON.parse((await run('match', UNKNOWN, '--url', UNKNOWN_URL, '--pack', pack, '--json')).stdout);
    expect(after.matches[0].id).toBe('instagram/acme-add-phone');
  });

  it('a pack that takes a bundled screen from its topic is a conflict (exit 1)', async () => {
    const screen = join(FIXTURES_DIR, 'instagram/suspicious-login/page-en.html');
    const url = 'https://www.instagram.com/challenge/8712345/AbCdEf12/';
    const draft = await run('rule-draft', screen, '--url', url, '--id', 'instagram/acme-greedy');
    const greedy = draft.stdout.replace('kind: blocking', 'kind: blocking').replace(/any:\n/, 'any:\n    - path: "/"\n      weight: 10\n');
    const pack = zipOf('greedy.zip', { 'instagram/acme-greedy.md': greedy });
    const r = await run('check-pack', pack);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /CONFLICT bundled: instagram\/suspicious-login\/page-en\.html: first topic instagram\/suspicious-login becomes instagram\/acme-greedy/,
    );
  });

  it('a malformed pack: every problem as file — field — reason (exit 1); `match --pack` refuses it (exit 2)', async () => {
    const bad = join(tmp, 'bad.json');
    const rule = (id: string, over: Record<string, unknown>) => ({
      file: `${id}.md`,
      frontMatter: {
        id,
        platform: 'x',
        title: 'Oops',
        summary: 'One line.',
        kind: 'warning',
        seeds: ['a'],
        match: { any: [{ heading: 'A' }] },
        ...over,
      },
      article: '## Fix it\n\n1. Do.\n',
    });
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'signpost-rule-pack',
        name: 'Bad',
        version: '1.0.0',
        rules: [rule('x/oops', { kind: 'urgent' }), rule('x/mobile', { match: { hosts: ['mobile.x.com'], any: [{ heading: 'A' }] } })],
      }),
    );
    const r = await run('check-pack', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/x\/oops\.md — frontMatter\.kind — /);
    expect(r.stdout).toMatch(/x\/mobile\.md — frontMatter\.match\.hosts — .*mobile\.x\.com/);
    const m = await run('match', UNKNOWN, '--url', UNKNOWN_URL, '--pack', bad);
    expect(m.code).toBe(2);
    expect((await run('check-pack', join(tmp, 'missing.zip'))).code).toBe(2);
  });
});
