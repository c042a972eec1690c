/// <reference types="chrome" />
/**
 * Firefox e2e harness: the BUILT Firefox extension (.output/firefox-mv3) in Debian's firefox-esr,
 * driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox mode fails against Firefox ESR:
 * `emulation.setMediaFeaturesOverride: unknown command`). Mirrors tests/e2e/fixtures.ts where it can:
 *
 *   launchFirefox()       one browser, the extension installed as a temporary add-on from a copy
 *   ff.openFixture(path)  a fixture served at its real https URL (request interception, strict CSP)
 *   ff.extensionPage(p)   an extension page (moz-extension://<fixed uuid>/p) as a tab, to evaluate in
 *   ff.badge(tabId)       the toolbar badge, read through the extension's own action API
 *
 * The uuid is fixed with the `extensions.webextensions.uuids` pref. Navigating a tab to a
 * moz-extension:// URL needs Firefox's `-remote-allow-system-access` flag (BiDi refuses it
 * otherwise), and after that navigation puppeteer keeps reporting the old URL: we navigate without
 * waiting on puppeteer's events and poll the document itself instead.
 * In evaluated functions, extension APIs are called as `chrome.*` (promise-based in Firefox MV3 too).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFixture, type Fixture } from '../../src/screens/fixtures';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build under test; SIGNPOST_FIREFOX_DIR overrides. */
export const EXTENSION_DIR = process.env.SIGNPOST_FIREFOX_DIR ?? join(ROOT, '.output/firefox-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Our gecko id (wxt.config.ts) and the uuid we pin it to. */
export const GECKO_ID = 'signpost@signpost.extension';
export const UUID = '5e1c7f2a-7d3b-4c8e-9a51-3f0b6d2e8c47';
export const ORIGIN = `moz-extension://${UUID}`;

/** Generous: this machine has 2 loaded cores, and Firefox takes 10+ s to start on it. */
export const TIMEOUT = { launch: 120_000, step: 30_000 };

/** Debian's firefox-esr; FIREFOX_PATH overrides. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  return found;
}

export { readFixture, type Fixture } from '../../src/screens/fixtures';

/** The same strict page CSP as the Chromium suite: our card must style itself without inline styles. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

export interface Firefox {
  browser: Browser;
  openFixture(path: string): Promise<{ page: Page; fixture: Fixture; tabId: number }>;
  extensionPage(path: string): Promise<Page>;
  /** The extension page used for API calls (opened once). */
  probe(): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  badge(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const source = EXTENSION_DIR;
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`no Firefox build at ${source}: run npm run build:firefox`);
  // A copy: a rebuild of .output during the run must not swap files under the installed add-on.
  const dir = mkdtempSync(join(tmpdir(), 'signpost-ff-ext-'));
  cpSync(source, dir, { recursive: true });

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    timeout: TIMEOUT.launch,
    protocolTimeout: TIMEOUT.launch,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 0,
    },
  });
  const installed = await browser.installExtension(dir);
  if (installed !== GECKO_ID)
    throw new Error(`installed add-on id ${installed}, expected ${GECKO_ID} (browser_specific_settings.gecko.id)`);

  let probePage: Page | undefined;
  const ff: Firefox = {
    browser,
    async openFixture(path) {
      const fixture = readFixture(path);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // Only the fixture's own document is answered; anything else (there should be nothing)
        // is refused, so no test can reach the network.
        if (request.url() === fixture.url && request.isNavigationRequest()) {
          void request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            headers: { 'content-security-policy': STRICT_CSP },
            body: fixture.html,
          });
        } else void request.abort();
      });
      await page.goto(fixture.url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT.step });
      return { page, fixture, tabId: await ff.tabIdOf(new URL(fixture.url).href) };
    },
    async extensionPage(path) {
      const url = `${ORIGIN}/${path}`;
      const page = await browser.newPage();
      // Puppeteer never sees this navigation finish (see the header): don't wait on it.
      page.goto(url, { timeout: TIMEOUT.step }).catch(() => undefined);
      await until(`extension page ${url} loaded`, async () => {
        const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => null);
        return state?.href === url && state.ready === 'complete';
      });
      return page;
    },
    async probe() {
      probePage ??= await ff.extensionPage('popup.html');
      return probePage;
    },
    async tabIdOf(url) {
      const probe = await ff.probe();
      let ids: number[] = [];
      await until(`a tab at ${url}`, async () => {
        ids = await probe.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!), url);
        return ids.length > 0;
      });
      if (ids.length > 1) throw new Error(`tabIdOf: ${ids.length} tabs at ${url}; give each tab a distinct URL`);
      return ids[0]!;
    },
    async badge(tabId) {
      return (await ff.probe()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return ff;
}

/** Polls `check` until it is true; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = TIMEOUT.step): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
