/**
 * Rule packs as a zip of rule files (src/packs/zip.ts): `*.md` written exactly like bundled rule
 * files plus an optional pack.json. Zips are built here with fflate, from the example pack folder.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { importPackFile } from '../../src/packs/import';
import { MAX_RULE_PACK_BYTES } from '../../src/packs/validate';
import { FIXTURES_DIR, shippedRules } from './helpers';

vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));

const DIR = join(FIXTURES_DIR, 'packs/acme-it');
const JSON_PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as unknown;
const BUNDLED_IDS = new Set(shippedRules().articles.map((a) => a.id));
const folder = (): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(DIR, { recursive: true }) as string[])
      .filter((f) => /\.(md|json)$/.test(f))
      .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
  );
const zip = (files: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])) as Zippable);
const DEVICE = 'instagram/acme-device-limit.md';

describe('zip rule packs', () => {
  it('the example folder zipped imports as exactly the example JSON pack', () => {
    const outcome = importPackFile('acme.zip', zip(folder()), BUNDLED_IDS);
    expect(outcome).toMatchObject({
      ok: true,
      source: 'zip',
      added: ['instagram/acme-device-limit'],
      overridden: ['instagram/suspicious-login'],
    });
    if (outcome.ok) expect(outcome.data).toEqual(JSON_PACK);
  });

  it('one top folder, README, dot files and __MACOSX are fine; without pack.json the zip names the pack, version 1.0.0', () => {
    const files = folder();
    delete files['pack.json'];
    const inFolder = Object.fromEntries(Object.entries(files).map(([k, v]) => [`acme-rules/${k}`, v]));
    const outcome = importPackFile(
      'Acme rules.zip',
      zip({ ...inFolder, 'acme-rules/README.md': '# not a rule', '__MACOSX/acme-rules/._x.md': 'junk', 'acme-rules/.DS_Store': 'junk' }),
      BUNDLED_IDS,
    );
    expect(outcome).toMatchObject({ ok: true, pack: { name: 'Acme rules', version: '1.0.0' } });
    if (outcome.ok)
      expect(outcome.pack.rules.map((r) => r.file)).toEqual([`acme-rules/${DEVICE}`, 'acme-rules/instagram/suspicious-login.md']);
  });

  it('every problem of every file is listed (file, field as in the .md front matter, reason); nothing is accepted', () => {
    const files = folder();
    const outcome = importPackFile(
      'acme.zip',
      zip({
        ...files,
        'pack.json': '{ "name": "Acme IT", "version": "one", "colour": "red" }',
        [DEVICE]: files[DEVICE]!.replace('kind: blocking', 'kind: urgent').replace(
          '    - heading: "You\'re logged in on too many devices"',
          '    - colour: red',
        ),
        'instagram/broken-yaml.md': '---\nid: [unclosed\n---\nBody',
        'instagram/no-front-matter.md': 'Just text',
        'instagram/acme-html.md': files[DEVICE]!.replace('acme-device-limit', 'acme-html').replace(
          "## What you're seeing",
          '<script>alert(1)</script>',
        ),
      }),
      BUNDLED_IDS,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        { file: 'pack.json', field: 'colour', reason: 'unknown key (expected name, version)' },
        { file: 'instagram/broken-yaml.md', field: '(yaml)', reason: expect.stringMatching(/^line \d+:/) },
        { file: 'instagram/no-front-matter.md', field: '(front matter)', reason: expect.stringContaining('YAML front matter') },
        { file: DEVICE, field: 'kind', reason: expect.any(String) },
        { file: DEVICE, field: 'match.any[0]', reason: expect.stringContaining('a condition is an object with exactly one of') },
        { file: 'instagram/acme-html.md', field: 'article', reason: expect.stringContaining('html is not allowed') },
      ]),
    );
    // A bad version in pack.json is named there (once the manifest's keys are right).
    const version = importPackFile('acme.zip', zip({ ...files, 'pack.json': '{ "name": "Acme IT", "version": "one" }' }), BUNDLED_IDS);
    expect(version).toEqual({ ok: false, errors: [{ file: 'pack.json', field: 'version', reason: 'must be a version such as 1.0.0' }] });
  });

  it('not a zip, an empty zip, too big: one clear problem each', () => {
    expect(importPackFile('pack.zip', strToU8('PK\u0003\u0004 not really'), BUNDLED_IDS)).toMatchObject({
      ok: false,
      errors: [{ file: 'pack.zip', field: '(zip)', reason: expect.stringMatching(/^not a readable zip file/) }],
    });
    expect(importPackFile('empty.zip', zip({ 'notes.txt': 'hello' }), BUNDLED_IDS)).toEqual({
      ok: false,
      errors: [{ file: 'empty.zip', field: '(zip)', reason: 'no rule files (*.md) in the zip' }],
    });
    // Highly compressible: small zip, large content (a zip bomb in miniature).
    const big = zip({ 'instagram/big.md': new Uint8Array(MAX_RULE_PACK_BYTES + 1).fill(0x61) });
    expect(big.length).toBeLessThan(MAX_RULE_PACK_BYTES);
    expect(importPackFile('big.zip', big, BUNDLED_IDS)).toMatchObject({
      ok: false,
      errors: [{ file: 'big.zip', field: '(size)', reason: expect.stringContaining('more than 2 MB') }],
    });
  });

  it('a file that is not UTF-8 is named', () => {
    const files = folder();
    const outcome = importPackFile(
      'acme.zip',
      zip({ ...files, 'instagram/latin1.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff]) }),
      BUNDLED_IDS,
    );
    expect(outcome).toEqual({ ok: false, errors: [{ file: 'instagram/latin1.md', field: '(file)', reason: 'not UTF-8 text' }] });
  });
});
