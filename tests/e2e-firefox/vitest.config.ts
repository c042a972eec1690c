import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the built Firefox extension in real Firefox (puppeteer-core, harness.ts).
// One file, one browser, run serially: Firefox is slow to start on a loaded 2-core machine.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    allowOnly: false,
    reporters: ['verbose'],
  },
});
