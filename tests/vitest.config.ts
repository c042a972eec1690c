import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = resolve(import.meta.dirname, '..');

// Three kinds of test file, as Vitest projects:
// - shared: most files share one module graph per worker, so the engine, the rules and the parsers
//   are imported once per worker, not once per file (more than half the suite's time was imports).
//   Every such file starts from a clean fake browser and restores what it changes, as each already
//   must to pass alone.
// - mocking: a file that replaces a module (`vi.mock`) gets a module graph of its own.
// - timing: a file that compares times (a hostile input against an ordinary one, or a bound in
//   milliseconds) runs alone, after the others: a second worker busy beside it would change one
//   side of its comparison and not the other.
const unitDir = resolve(root, 'tests/unit');
const files = readdirSync(unitDir)
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => ({ path: `tests/unit/${name}`, text: readFileSync(resolve(unitDir, name), 'utf8') }));
const timing = files.filter((f) => /\bperformance\.now\(/.test(f.text)).map((f) => f.path);
const mocking = files.filter((f) => /\bvi\.mock\(/.test(f.text) && !timing.includes(f.path)).map((f) => f.path);

export default defineConfig({
  root,
  plugins: [WxtVitest()],
  test: {
    // Behaviour, not speed, is asserted here (figures live in `npm run bench`): parsing every fixture
    // or fuzzing 10 000 inputs must not fail because a 2-core machine is busy.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one, on the 2-core machines this runs on.
    // The tests are CPU-bound and the main process mostly waits, so one per core finishes in half the time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...mocking, ...timing],
          environment: 'node',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'mocking', include: mocking, environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'timing', include: timing, environment: 'node', fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
