import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { problemSentence } from '../../entrypoints/options/pack-problem';
import { packZip } from '../../src/builder/rule';
import { bundledI18n } from '../../src/i18n/catalogs';
import { checkPack, importPackFile } from '../../src/packs/import';
import { normalisePackPath, packPathProblem, zipEntryName } from '../../src/packs/paths';
import { INFLATE_CHUNK, readZip, ZipReadError } from '../../src/packs/unzip';
import { MAX_RULE_PACK_BYTES } from '../../src/packs/validate';
import type { PackJson } from '../../src/packs/zip';
import { FIXTURES_DIR, shippedRules } from './helpers';

vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));

/**
 * Zips from strangers, built by hand: entry names that climb out (`../`), start at a root (`/`,
 * `C:`) or use backslashes are refused on import and never written on export; a zip whose declared
 * sizes lie is read with its real size counted as it inflates, and stops just past the bound.
 */
const DIR = join(FIXTURES_DIR, 'packs/acme-it');
const BUNDLED_IDS = new Set(shippedRules().articles.map((a) => a.id));
const folder = (): Record<string, Uint8Array> =>
  Object.fromEntries(
    (readdirSync(DIR, { recursive: true }) as string[])
      .filter((f) => /\.(md|json)$/.test(f))
      .map((f) => [f.replaceAll('\\', '/'), strToU8(readFileSync(join(DIR, f), 'utf8'))]),
  );
const en = bundledI18n('en').t;

/** Rewrites the uncompressed size an entry declares, in its local header and in the central directory. */
function lieAboutSizes(zip: Uint8Array, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
  }
  return out;
}

describe('entry names', () => {
  it.each([
    ['../evil.md', 'climb out of the pack'],
    ['instagram/../../evil.md', 'climb out of the pack'],
    ['/etc/evil.md', 'absolute path'],
    ['instagram\\evil.md', 'backslash'],
    ['C:/evil.md', 'drive letter'],
    ['c:evil.md', 'drive letter'],
    ['..\\..\\evil.md', 'backslash'],
  ])('a zip holding "%s" is refused, the name said (%s), nothing imported', (name, why) => {
    const outcome = importPackFile('acme.zip', zipSync({ ...folder(), [name]: strToU8('---\nid: x\n---\n') } as Zippable), BUNDLED_IDS);
    expect(outcome).toEqual({ ok: false, errors: [{ file: name, field: '(file name)', reason: expect.stringContaining(why) }] });
    if (!outcome.ok) expect(problemSentence(outcome.errors[0]!, en)).toContain(`cannot be named “${name}”`);
  });

  it('an ignored entry (README, __MACOSX) with such a name refuses the zip too', () => {
    const outcome = importPackFile('acme.zip', zipSync({ ...folder(), '__MACOSX/../../README.md': strToU8('x') } as Zippable), BUNDLED_IDS);
    expect(outcome).toMatchObject({ ok: false, errors: [{ field: '(file name)' }] });
  });

  it('harmless spellings are normalised: ./ and doubled slashes', () => {
    const files = Object.fromEntries(Object.entries(folder()).map(([k, v]) => [k === 'pack.json' ? k : `./acme//${k}`, v]));
    const outcome = importPackFile('acme.zip', zipSync(files as Zippable), BUNDLED_IDS);
    expect(outcome.ok).toBe(true);
    if (outcome.ok)
      expect(outcome.pack.rules.map((r) => r.file)).toEqual(['acme/instagram/acme-device-limit.md', 'acme/instagram/suspicious-login.md']);
    expect(normalisePackPath('./a//b/./c.md')).toBe('a/b/c.md');
  });

  it("a JSON pack's `file` fields are held to the same rule, and export never writes such a name", () => {
    const pack = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as PackJson;
    for (const file of ['../evil.md', '/evil.md', 'a//b.md']) {
      const result = checkPack({ ...pack, rules: [{ ...pack.rules[0]!, file }, pack.rules[1]!] }, BUNDLED_IDS);
      expect(result.ok, file).toBe(false);
    }
    // Export writes what import accepted; asked to write a climbing name, it refuses rather than write it.
    expect(() => packZip({ ...pack, rules: [{ ...pack.rules[0]!, file: '../../evil.md' }] })).toThrow(/not writing "..\/..\/evil.md"/);
    expect(() => zipEntryName('C:\\evil.md')).toThrow();
    expect(packPathProblem('instagram/acme.md')).toBeNull();
    const exported = importPackFile('export.zip', packZip(pack), BUNDLED_IDS);
    expect(exported.ok).toBe(true);
  });
});

describe('sizes are counted as the zip inflates, not as it declares', () => {
  // 24 MB of spaces after a front matter: about 25 KB compressed.
  const bomb = () => {
    const head = strToU8('---\nid: instagram/acme-big\n---\n');
    const body = new Uint8Array(head.length + 24 * 1024 * 1024).fill(0x20);
    body.set(head);
    return zipSync({ 'pack.json': strToU8('{ "name": "Big", "version": "1.0.0" }'), 'instagram/big.md': body }, { level: 9 });
  };

  it('a zip that declares 100 bytes per file but inflates to 24 MB is refused for its real size', () => {
    const zip = lieAboutSizes(bomb(), 100);
    expect(zip.length).toBeLessThan(100_000);
    const outcome = importPackFile('big.zip', zip, BUNDLED_IDS);
    expect(outcome).toEqual({ ok: false, errors: [{ file: 'big.zip', field: '(size)', reason: 'its files inflate to more than 2 MB' }] });
    if (!outcome.ok) expect(problemSentence(outcome.errors[0]!, en)).toBe('The file is too large for a rule pack.');
  });

  it('reading stops just past the bound: at most one chunk of inflated data beyond it', () => {
    const zip = lieAboutSizes(bomb(), 100);
    let thrown: unknown;
    try {
      readZip(zip, () => true, MAX_RULE_PACK_BYTES);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ZipReadError);
    // Deflate expands a chunk 1032 times at most: that is all the reader may overshoot by.
    expect((thrown as ZipReadError).inflated).toBeGreaterThan(MAX_RULE_PACK_BYTES);
    expect((thrown as ZipReadError).inflated).toBeLessThanOrEqual(MAX_RULE_PACK_BYTES + INFLATE_CHUNK * 1032 + 64 * 1024);
  });

  it('an honest zip reads in full, its total counted', () => {
    const read = readZip(zipSync(folder()), () => true, MAX_RULE_PACK_BYTES);
    const sizes = Object.values(folder()).reduce((n, f) => n + f.length, 0);
    expect(read.inflated).toBe(sizes);
    expect([...read.files.keys()].sort()).toEqual(Object.keys(folder()).sort());
  });

  it('damaged or unsupported zips are one clear problem each', () => {
    const zip = zipSync(folder());
    const encrypted = zip.slice();
    const view = new DataView(encrypted.buffer);
    for (let at = 0; at + 4 <= encrypted.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
    expect(importPackFile('enc.zip', encrypted, BUNDLED_IDS)).toMatchObject({
      ok: false,
      errors: [{ field: '(zip)', reason: expect.stringContaining('is encrypted') }],
    });
    expect(importPackFile('cut.zip', zip.slice(0, zip.length - 30), BUNDLED_IDS)).toMatchObject({
      ok: false,
      errors: [{ field: '(zip)', reason: expect.stringMatching(/^not a readable zip file/) }],
    });
  });
});
