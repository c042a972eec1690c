import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, deterministicZip, readZip, type Tree } from '../../src/tools/release/archive';
import { sourceFiles } from '../../src/tools/release/files';
import { buildingCommands, changelogProblem } from '../../src/tools/release/plan';

const ROOT = resolve(import.meta.dirname, '../..');
const bytes = (s: string) => new TextEncoder().encode(s);
const tree = (entries: [string, string][]): Tree => new Map(entries.map(([p, s]) => [p, bytes(s)]));

describe('release packages', () => {
  it('zip the same files to the same bytes, whatever order they were read in', () => {
    const a = deterministicZip(
      tree([
        ['manifest.json', '{}'],
        ['a/b.js', 'x'],
        ['z.css', 'y'],
      ]),
    );
    const b = deterministicZip(
      tree([
        ['z.css', 'y'],
        ['a/b.js', 'x'],
        ['manifest.json', '{}'],
      ]),
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([...readZip(a).keys()]).toEqual(['a/b.js', 'manifest.json', 'z.css']);
  });

  it('the reproducibility comparison names a tampered, a missing and an extra file, and passes an identical rebuild', () => {
    const shipped = readZip(
      deterministicZip(
        tree([
          ['manifest.json', '{"version":"0.1.0"}'],
          ['content-script.js', 'run()'],
          ['icon.png', 'png'],
        ]),
      ),
    );
    expect(
      compareTrees(
        shipped,
        tree([
          ['manifest.json', '{"version":"0.1.0"}'],
          ['content-script.js', 'run()'],
          ['icon.png', 'png'],
        ]),
      ),
    ).toEqual([]);
    const rebuild = tree([
      ['manifest.json', '{"version":"0.1.0"}'],
      ['content-script.js', 'run();evil()'],
      ['extra.js', ''],
    ]);
    expect(compareTrees(shipped, rebuild)).toEqual([
      'content-script.js: differs (5 bytes in the package, 12 in the rebuild)',
      'extra.js: in the rebuild, missing from the package',
      'icon.png: in the package, missing from the rebuild',
    ]);
    // Same length, one byte changed.
    expect(
      compareTrees(
        shipped,
        tree([
          ['manifest.json', '{"version":"0.1.1"}'],
          ['content-script.js', 'run()'],
          ['icon.png', 'png'],
        ]),
      ),
    ).toEqual(['manifest.json: differs (19 bytes in the package, 19 in the rebuild)']);
  });

  it('refuses a version without its CHANGELOG entry, in one line', () => {
    const changelog = '# Changelog\n\n## [0.1.0] - 2026-12-04\n\nFirst.\n';
    expect(changelogProblem(changelog, '0.1.0')).toBeNull();
    expect(changelogProblem(changelog, '0.2.0')).toMatch(/^CHANGELOG\.md has no entry for 0\.2\.0: [^\n]+$/);
    expect(changelogProblem(changelog, '0.1')).not.toBeNull();
    // The shipped changelog has the shipped version.
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(changelogProblem(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version)).toBeNull();
  });

  it('follows BUILDING.md: install, then both builds', () => {
    expect(buildingCommands(readFileSync(join(ROOT, 'BUILDING.md'), 'utf8'))).toEqual(['npm ci', 'npm run build', 'npm run build:firefox']);
    expect(() => buildingCommands('# no commands')).toThrow(/sh block/);
  });

  it('the sources archive holds what the build reads and nothing else', () => {
    const files = [...sourceFiles(ROOT).keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'BUILDING.md',
      'rules/instagram/suspicious-login.md',
      'entrypoints/content-script.ts',
      'public/_locales/en/messages.json',
      'tests/fixtures/instagram/suspicious-login/page-en.html',
    ])
      expect(files).toContain(needed);
    // The screen fixtures are built into the replay page's Screens list; no other part of tests/.
    expect(files.filter((f) => /^(tests|bench|\.ci|node_modules|\.output|\.wxt)\//.test(f) && !f.startsWith('tests/fixtures/'))).toEqual(
      [],
    );
  });
});

describe('store listing texts', () => {
  const locales = ['en', 'es', 'pt_BR'];
  it.each(locales)('%s: a name, a short description within the store limit, and a long one', (locale) => {
    const listing = JSON.parse(readFileSync(join(ROOT, 'src/tools/release/listing', `${locale}.json`), 'utf8')) as Record<string, string>;
    expect(Object.keys(listing).sort()).toEqual(['long', 'name', 'short']);
    expect(listing.short!.length).toBeGreaterThan(40);
    expect(listing.short!.length).toBeLessThanOrEqual(132);
    expect(listing.long!.length).toBeLessThanOrEqual(16_000);
    // Every interface language has its listing.
    expect(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')).toContain('extName');
  });
});
