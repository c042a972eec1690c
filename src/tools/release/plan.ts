import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The release's name parts and where its files go, read from the repository itself. */
export interface ReleasePlan {
  version: string;
  outDir: string;
  chromeZip: string;
  firefoxZip: string;
  sourcesZip: string;
  sums: string;
  /** Build output folders, each packed into its zip. */
  builds: { dir: string; zip: string }[];
}

export function releasePlan(root: string): ReleasePlan {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const outDir = join(root, '.output');
  const file = (what: string) => join(outDir, `${name}-${version}-${what}.zip`);
  const chromeZip = file('chrome');
  const firefoxZip = file('firefox');
  return {
    version,
    outDir,
    chromeZip,
    firefoxZip,
    sourcesZip: file('sources'),
    sums: join(outDir, 'SHA256SUMS'),
    builds: [
      { dir: join(outDir, 'chrome-mv3'), zip: chromeZip },
      { dir: join(outDir, 'firefox-mv3'), zip: firefoxZip },
    ],
  };
}

/** Why `version` cannot be released without more work, or null: CHANGELOG.md needs its entry. */
export function changelogProblem(changelog: string, version: string): string | null {
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm');
  return heading.test(changelog)
    ? null
    : `CHANGELOG.md has no entry for ${version}: add a "## [${version}] - YYYY-MM-DD" section saying what changed, then release again`;
}

/**
 * The commands BUILDING.md tells a reviewer to run, in order: its first ```sh block, one command a
 * line, comments dropped. The release runs the same build commands, so the document cannot drift
 * from what made the packages.
 */
export function buildingCommands(building: string): string[] {
  const block = building.match(/```sh\n([\s\S]*?)```/);
  if (!block) throw new Error('BUILDING.md has no ```sh block of build commands');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}
