// `npm run release`: builds Chrome MV3 and Firefox MV3 as BUILDING.md says, and writes to .output/
// the two packages, the sources archive a store reviewer rebuilds them from, and SHA256SUMS.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { deterministicZip } from './archive';
import { readTree, sourceFiles } from './files';
import { buildingCommands, changelogProblem, releasePlan } from './plan';

const ROOT = resolve(import.meta.dirname, '../../..');
const plan = releasePlan(ROOT);

const problem = changelogProblem(readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8'), plan.version);
if (problem) {
  console.error(`signpost release: ${problem}`);
  process.exit(1);
}

// The build commands of BUILDING.md, less the install (this checkout is installed already).
for (const command of buildingCommands(readFileSync(resolve(ROOT, 'BUILDING.md'), 'utf8')).filter((c) => !/^npm (ci|install)\b/.test(c))) {
  console.log(`signpost release: ${command}`);
  execSync(command, { cwd: ROOT, stdio: 'inherit' });
}

mkdirSync(plan.outDir, { recursive: true });
const written: string[] = [];
for (const { dir, zip } of plan.builds) {
  writeFileSync(zip, deterministicZip(readTree(dir)));
  written.push(zip);
}
writeFileSync(plan.sourcesZip, deterministicZip(sourceFiles(ROOT)));
written.push(plan.sourcesZip);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
writeFileSync(plan.sums, written.map((file) => `${sha(file)}  ${basename(file)}\n`).join(''));
for (const file of [...written, plan.sums]) console.log(`signpost release: wrote .output/${basename(file)}`);
