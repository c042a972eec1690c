/// <reference types="chrome" />
/**
 * Shared Playwright harness for the built extension in system Chromium (README: Set up).
 * Other suites (popup, bench, support tools) import `test` and `expect` from here:
 *
 *   context      persistent context with the extension loaded (fresh profile per test)
 *   extensionId  from the service worker's URL
 *   ext          helpers: serve a fixture at its real URL under a strict CSP, read a tab's badge,
 *                find a page's tab id, open the side panel UI as a page, stop the service worker
 */
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath, extensionArgs } from '../../src/tools/browser';
import { createExt, type Ext } from './ext';
import { ALL_HOSTS, outboundRequest } from './network-recorder';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');

export { chromiumPath };

export { readFixture, type Fixture } from '../../src/screens/fixtures';
export { CSP_NONCE, STRICT_CSP, type Ext, type StoredTabState } from './ext';

export const test = base.extend<
  { ext: Ext; context: BrowserContext; extensionId: string; allowNetwork: boolean; browserArgs: string[]; networkLog: string[] },
  { extensionDir: string }
>({
  allowNetwork: [false, { option: true }],
  // More Chromium flags for one spec (reload.spec.ts loads the build again through DevTools).
  browserArgs: [[], { option: true }],
  // Fresh per test: what the recorder saw (the self-test in network.spec.ts reads it).
  networkLog: async ({}, use) => use([]),
  // Each worker loads its own copy of the build: a rebuild of .output during the run (someone else
  // working in this checkout, or `wxt` in watch mode) must not swap files under a loaded extension.
  extensionDir: [
    async ({}, use) => {
      const source = process.env.SIGNPOST_EXTENSION_DIR ?? EXTENSION_DIR;
      if (!existsSync(join(source, 'manifest.json'))) throw new Error(`no build at ${source}: run npm run build`);
      const copy = mkdtempSync(join(tmpdir(), 'signpost-ext-'));
      cpSync(source, copy, { recursive: true });
      await use(copy);
      rmSync(copy, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // Worker-scoped would share one profile across tests; state leaks then. A launch is ≈ 0.5 s, so
  // each test gets its own browser. (Overrides Playwright's built-in test-scoped `context`.)
  context: [
    async ({ extensionDir, allowNetwork, browserArgs, networkLog }, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'signpost-e2e-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        viewport: { width: 1100, height: 760 },
        args: [...extensionArgs(extensionDir), ...browserArgs],
      });
      // Nothing may reach the network: an unrouted request to a real host fails loudly.
      await context.route(ALL_HOSTS, (route) => route.abort('blockedbyclient'));
      context.on('request', (request) => {
        const outbound = outboundRequest(request);
        if (outbound) networkLog.push(outbound);
      });
      await use(context);
      await context.close();
      if (!allowNetwork) expect(networkLog, 'network requests from the extension (see outboundRequest in network-recorder.ts)').toEqual([]);
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  ext: async ({ context, extensionId }, use) => use(createExt(context, extensionId)),
});

export { expect };

/** The hint card's host element on a page. Its shadow root is closed: read and click inside it with ./card.ts. */
export const hint = (page: Page) => page.locator('signpost-hint[data-signpost-ui]');
