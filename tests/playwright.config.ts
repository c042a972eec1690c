import { defineConfig } from '@playwright/test';

// Drives the BUILT extension (.output/chrome-mv3: `npm run test:e2e` builds first) in system
// Chromium. Two cores here: one worker per core, each with its own browser profile.
export default defineConfig({
  testDir: './e2e',
  workers: 2,
  fullyParallel: true,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: true,
  // Traces only on request (PW_TRACE=1): several people run suites in this checkout at once, and a
  // run clears test-results/ under another run's open trace files.
  use: { trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off' },
  outputDir: process.env.PW_OUTPUT_DIR ?? '../test-results',
});
