import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/screens/fixtures';

/**
 * The import rules the folder READMEs state are enforced by the linter (biome.jsonc, `npm run lint`,
 * part of `npm test`). Each case writes a probe file that breaks one rule where it applies and lints
 * it: the check must fail on it, and pass on the same import where it is allowed. The probe goes at
 * its path in a scratch folder holding the project's biome.jsonc, never into this checkout, where
 * the tests that read the source tree (folder-pairs, ui-strings) would find it.
 */
function lint(path: string, source: string): { code: number; out: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'signpost-lint-'));
  try {
    copyFileSync(join(ROOT, 'biome.jsonc'), join(scratch, 'biome.jsonc'));
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), source);
    const biome = join(ROOT, 'node_modules/.bin/biome');
    // No git there: the ignore file is this checkout's concern, not the probe's.
    const r = spawnSync(biome, ['lint', '--error-on-warnings', '--vcs-enabled=false', path], { cwd: scratch, encoding: 'utf8' });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const probe = (name: string) => `zz-import-probe-${process.pid}-${name}.ts`;

describe('import rules', () => {
  it.each([
    [
      'the engine imports only its own folder',
      `src/engine/${probe('engine')}`,
      "import { takeSnapshot } from '../page/snapshot';\nexport const x = takeSnapshot;\n",
      /src\/engine is pure/,
    ],
    [
      'the engine uses no Node API',
      `src/engine/${probe('node')}`,
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /src\/engine is pure/,
    ],
    [
      'an entrypoint imports no other',
      `entrypoints/popup/${probe('entry')}`,
      "import { onMessage } from '../background/router';\nexport const x = onMessage;\n",
      /never imports another/,
    ],
    [
      'src does not import the tools',
      `src/report/${probe('leaf')}`,
      "import { loadFixtures } from '../screens/fixtures';\nimport { galleryHtml } from '../tools/gallery';\nexport const x = [loadFixtures, galleryHtml];\n",
      /leaves/,
    ],
    [
      'the CLI does not import the tools',
      `src/cli/${probe('cli')}`,
      "import { galleryHtml } from '../tools/gallery';\nexport const x = galleryHtml;\n",
      /src\/cli is a leaf/,
    ],
    [
      'an extension page does not import the build half of the rules',
      `entrypoints/sidepanel/${probe('build')}`,
      "import { topicCards } from '../../src/build/rules/topic-cards';\nexport const x = topicCards;\n",
      /src\/build is build time and Node only/,
    ],
    [
      'code the extension loads does not import the build half of the rules',
      `src/ui/${probe('build')}`,
      "import { compileRulesDir } from '../build/rules/load';\nexport const x = compileRulesDir;\n",
      /src\/build is build time and Node only/,
    ],
    [
      'the rule language uses no Node API',
      `src/rules/${probe('node')}`,
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /src\/rules is the rule language/,
    ],
    [
      'the content script carries no zod',
      `entrypoints/content/${probe('zod')}`,
      "import { z } from 'zod';\nexport const x = z;\n",
      /content script/,
    ],
    [
      "the side panel's first view carries no settings schema",
      `src/first-view/${probe('settings')}`,
      "import { parseSettings } from '../settings/schema';\nexport const x = parseSettings;\n",
      /first view/,
    ],
  ])('%s: a violation fails the lint', (_name, path, source, message) => {
    const r = lint(path, source);
    expect(r.code, r.out).not.toBe(0);
    expect(r.out).toMatch(message);
  });

  it('the same imports pass where they are allowed', () => {
    const r = lint(
      `src/tools/${probe('ok')}`,
      "import { loadFixtures } from '../screens/fixtures';\nimport { takeSnapshot } from '../page/snapshot';\nexport const x = [loadFixtures, takeSnapshot];\n",
    );
    expect(r.code, r.out).toBe(0);
  });

  it('the CLI may read rule files from disk as the build does', () => {
    const r = lint(
      `src/cli/${probe('build-ok')}`,
      "import { compileRulesDir } from '../build/rules/load';\nexport const x = compileRulesDir;\n",
    );
    expect(r.code, r.out).toBe(0);
  });
});
