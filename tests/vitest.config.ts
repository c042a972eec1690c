import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = resolve(import.meta.dirname, '..');

// A test file that replaces a module (`vi.mock`) runs in a module graph of its own; the others share
// one per worker, so the engine, the rules and the parsers are imported once per worker, not once per
// file (more than half the suite's time was imports). Every shared file starts from a clean fake
// browser and restores what it changes, as each already must to pass alone.
const unitDir = resolve(root, 'tests/unit');
const mocking = readdirSync(unitDir)
  .filter((name) => /\.test\.tsx?$/.test(name) && /\bvi\.mock\(/.test(readFileSync(resolve(unitDir, name), 'utf8')))
  .map((name) => `tests/unit/${name}`);

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
        test: { name: 'shared', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: mocking, environment: 'node', isolate: false },
      },
      {
        extends: true,
        test: { name: 'mocking', include: mocking, environment: 'node' },
      },
    ],
  },
});
