// `npm run release:check`: what a store reviewer does. Unpacks the sources archive into a fresh
// folder, runs BUILDING.md's commands there, and compares every file of each rebuild with the
// package shipped from this checkout. Lists every difference and exits 1 on any.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compareTrees, readZip } from './archive';
import { readTree } from './files';
import { buildingCommands, releasePlan } from './plan';

const ROOT = resolve(import.meta.dirname, '../../..');
const plan = releasePlan(ROOT);
const scratch = mkdtempSync(join(tmpdir(), 'signpost-rebuild-'));
let failed = false;
try {
  for (const [path, data] of readZip(readFileSync(plan.sourcesZip))) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), data);
  }
  for (const command of buildingCommands(readFileSync(join(scratch, 'BUILDING.md'), 'utf8'))) {
    console.log(`signpost release:check: ${command}`);
    execSync(command, { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const rebuilt = releasePlan(scratch);
  for (const [i, { zip }] of plan.builds.entries()) {
    const differences = compareTrees(readZip(readFileSync(zip)), readTree(rebuilt.builds[i]!.dir));
    const name = basename(zip);
    if (differences.length === 0)
      console.log(`signpost release:check: ${name}: the rebuild from ${basename(plan.sourcesZip)} is identical, file for file`);
    else {
      failed = true;
      console.error(
        `signpost release:check: ${name}: ${differences.length} difference(s) with the rebuild in ${relative(ROOT, scratch) || scratch}:\n  ${differences.join('\n  ')}`,
      );
    }
  }
  // The add-ons site lints the package as uploaded: the zip, not the build folder.
  console.log(`signpost release:check: addons-linter ${basename(plan.firefoxZip)}`);
  execSync(`npx addons-linter ${JSON.stringify(plan.firefoxZip)} --warnings-as-errors`, { cwd: ROOT, stdio: 'inherit' });
} finally {
  if (!failed) rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
