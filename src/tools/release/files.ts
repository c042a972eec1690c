import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Tree } from './archive';

/** Every file under `dir`, by path relative to it with forward slashes. */
export function readTree(dir: string): Tree {
  const out: Tree = new Map();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/**
 * What rebuilding needs and nothing else: the committed files that the build reads (sources, rules,
 * public assets, configuration, lock file, and the screen fixtures the replay page's Screens list is
 * built from) and the documents that explain them. Not the tests themselves, benchmarks or CI
 * scripts; never node_modules, .output or anything generated (they are not committed).
 */
const SOURCE_DIRS = ['entrypoints/', 'src/', 'rules/', 'public/', 'tests/fixtures/'];
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  '.npmrc',
  'BUILDING.md',
  'README.md',
  'CHANGELOG.md',
  'PRIVACY.md',
  'ARCHITECTURE.md',
];

export function sourceFiles(root: string): Tree {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const out: Tree = new Map();
  for (const path of listed.sort()) {
    if (SOURCE_FILES.includes(path) || SOURCE_DIRS.some((dir) => path.startsWith(dir))) out.set(path, readFileSync(join(root, path)));
  }
  return out;
}
