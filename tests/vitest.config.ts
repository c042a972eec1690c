import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Behaviour, not speed, is asserted here (figures live in `npm run bench`): parsing every fixture
    // or fuzzing 10 000 inputs must not fail because a 2-core machine is busy.
    testTimeout: 30_000,
  },
});
