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
import { readFixture, type Fixture } from '../../src/screens/fixtures';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');

export { chromiumPath };

export { readFixture, type Fixture } from '../../src/screens/fixtures';

/**
 * The CSP the real sites send, in spirit: scripts only from self or with this nonce, styles only
 * from self (no 'unsafe-inline'). Fixture <style> blocks and inline style attributes are therefore
 * refused too — the page looks plain — which is the point: our card must style itself anyway.
 */
export const CSP_NONCE = 'signpost-e2e-nonce';
export const STRICT_CSP = `default-src 'self'; script-src 'self' 'nonce-${CSP_NONCE}'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;

export interface Ext {
  /**
   * Serves `html` at `url` (a real host's address) with the strict CSP header. With `page`, only
   * to that page (fixtures share URLs; pages loading different ones at once must not cross).
   */
  serve(url: string, html: string, page?: Page): Promise<void>;
  /** Serves a fixture at its signpost:url and opens it in a new page. */
  openFixture(path: string): Promise<{ page: Page; fixture: Fixture; tabId: number }>;
  /** The browser tab id of a page (matched by URL, so give each tab a distinct URL). */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge of one tab: text and [r, g, b, a] colour. */
  badge(tabId: number): Promise<{ text: string; color: number[] }>;
  /** The side panel's UI as a normal page, pinned to `tabId` (the real panel is not a Playwright page). */
  openPanelPage(tabId: number): Promise<Page>;
  /**
   * Evaluates `expression` in the REAL side panel (not a Playwright page: an unattached CDP target,
   * reached with Target.attachToTarget + sendMessageToTarget). Undefined when no panel is open.
   */
  inSidePanel(expression: string): Promise<unknown>;
  /** Contexts of type SIDE_PANEL that are open now (runtime.getContexts). */
  openSidePanels(): Promise<{ tabId: number; windowId: number; documentUrl?: string }[]>;
  /** Stops the MV3 service worker (as Chrome does when idle). The next event wakes it. */
  stopServiceWorker(): Promise<void>;
  /** Is our service worker running now (per CDP)? Never `evaluate` in a stopped worker: it hangs. */
  serviceWorkerRunning(): Promise<boolean>;
  /** An extension page used to call extension APIs without touching the (maybe stopped) worker. */
  probe(): Promise<Page>;
  /** The tab's state as the background stored it (storage.session), or undefined. */
  tabState(tabId: number): Promise<StoredTabState | undefined>;
  /**
   * Waits (event-driven, no polling) until the background stores a state for `tabId` newer than
   * `since` (an `updatedAt`), and returns it. Every report writes one, so this marks "report handled".
   * With `url`, only a state reported from that URL counts (a late report from the document the tab
   * just left must not pass for the new one's).
   */
  nextTabState(tabId: number, since: number, options?: { url?: string; timeoutMs?: number }): Promise<StoredTabState>;
  /** Messages the background dropped, by reason (from storage.session). */
  dropped(): Promise<{ total: number; byReason: Record<string, number> }>;
  /** Writes settings to storage.sync the way the settings page will. */
  setSettings(settings: unknown): Promise<void>;
}

/** The stored per-tab state (src/storage/tab-state.ts), as tests see it. */
export interface StoredTabState {
  url: string;
  matches: { id: string; score: number; evidence: string[] }[];
  unknown?: { heading: string } | null;
  labels?: Record<string, string>;
  step?: string | null;
  error?: boolean;
  journey?: { topic: string; steps: string[]; failed: boolean } | null;
  /** "Did this fix it?" is pending for this topic. */
  ask?: { topic: string } | null;
  dismissed: string[];
  updatedAt: number;
}

const ALL_HOSTS = /^https:\/\/(www\.instagram\.com|accountscenter\.instagram\.com|x\.com|twitter\.com)\//;

/**
 * Zero network (ARCHITECTURE.md, non-negotiables: no network request from any part of the extension).
 *
 * Why a harness-level recorder rather than one dedicated spec: every e2e spec then doubles as a
 * network check of whatever it drives (service worker, side panel UI, popup, settings, replay,
 * content script on every fixture), so a request added anywhere later fails the spec that triggers
 * it, with no list of contexts to keep in step. It listens to `context.on('request')`, which in
 * Chromium also carries the service worker's requests (`request.serviceWorker()`), and records:
 *   - any request from the service worker or an extension page to a non-extension URL;
 *   - any fetch/XHR/WebSocket/EventSource/beacon from a web page: the only way a content script can
 *     reach the network (fixture pages make none themselves; their markup's own <img>/<link>/<iframe>
 *     are the page's, not ours, and the strict CSP refuses them anyway).
 * Navigations the tests make and packaged files (chrome-extension:, data:, blob:) are not requests
 * to the network. The real side panel is an unattached CDP target Playwright does not see; the same
 * UI opened as a tab (ext.openPanelPage) is what the recorder covers. tests/e2e/network.spec.ts
 * proves the recorder catches each kind. A spec that must make requests sets `allowNetwork: true`.
 */
const LOCAL_SCHEMES = /^(?:chrome-extension|data|blob|about|chrome|devtools):/;
const PAGE_NETWORK_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'other']);

export function outboundRequest(request: import('@playwright/test').Request): string | null {
  const url = request.url();
  if (LOCAL_SCHEMES.test(url)) return null;
  if (request.serviceWorker()) return `service worker → ${request.method()} ${url}`;
  let from: string;
  try {
    from = request.frame().url();
  } catch {
    return `unknown context → ${request.method()} ${url}`;
  }
  if (from.startsWith('chrome-extension://')) return `${from.split('?')[0]} → ${request.method()} ${url}`;
  if (request.isNavigationRequest()) return null;
  return PAGE_NETWORK_TYPES.has(request.resourceType())
    ? `page ${from.split(/[?#]/)[0]} (${request.resourceType()}) → ${request.method()} ${url}`
    : null;
}

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
      if (!allowNetwork) expect(networkLog, 'network requests from the extension (see outboundRequest in fixtures.ts)').toEqual([]);
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'test' },
  ],
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  ext: async ({ context, extensionId }, use) => {
    let probePage: Page | undefined;
    const probe = async () => {
      if (probePage && !probePage.isClosed()) return probePage;
      probePage = await context.newPage();
      await probePage.goto(`chrome-extension://${extensionId}/popup.html`);
      return probePage;
    };
    const inExtension = async <T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> =>
      (await probe()).evaluate(fn as (arg: unknown) => Promise<T>, arg as unknown);
    const served = new Map<string, string>();
    const servedTo = new WeakMap<Page, Map<string, string>>();
    const routed = new Set<string>();
    const bodyFor = (request: import('@playwright/test').Request): string | undefined => {
      let page: Page | undefined;
      try {
        page = request.frame().page();
      } catch {
        page = undefined; // not from a page's frame (e.g. a worker)
      }
      return (page && servedTo.get(page)?.get(request.url())) ?? served.get(request.url());
    };

    const ext: Ext = {
      async serve(url, html, page) {
        if (page) {
          if (!servedTo.has(page)) servedTo.set(page, new Map());
          servedTo.get(page)!.set(url, html);
        } else served.set(url, html);
        const origin = new URL(url).origin;
        if (routed.has(origin)) return;
        routed.add(origin);
        await context.route(
          (u) => u.origin === origin,
          (route) => {
            const body = bodyFor(route.request());
            if (body === undefined || route.request().resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
            return route.fulfill({
              status: 200,
              body,
              headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP },
            });
          },
        );
      },
      async openFixture(path) {
        const fixture = readFixture(path);
        await ext.serve(fixture.url, fixture.html);
        const page = await context.newPage();
        await page.goto(fixture.url);
        return { page, fixture, tabId: await ext.tabIdOf(page) };
      },
      async tabIdOf(page) {
        const url = page.url();
        const ids = await inExtension(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id!), url);
        if (ids.length === 1) return ids[0]!;
        if (ids.length > 1) throw new Error(`tabIdOf: ${ids.length} tabs at ${url}; give each tab a distinct URL`);
        // URLs are hidden for hosts we have no access to: fall back to "the tab just brought to front".
        await page.bringToFront();
        const [active] = await inExtension(
          async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id!),
          null,
        );
        if (active === undefined) throw new Error(`tabIdOf: no tab found for ${url}`);
        return active;
      },
      async badge(tabId) {
        return inExtension(
          async (id) => ({
            text: await chrome.action.getBadgeText({ tabId: id }),
            color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
          }),
          tabId,
        );
      },
      async openPanelPage(tabId) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
        return page;
      },
      async inSidePanel(expression) {
        const cdp = await context.newCDPSession(await probe());
        try {
          const { targetInfos } = await cdp.send('Target.getTargets');
          const panel = targetInfos.find(
            (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`) && !t.url.includes('?tab='),
          );
          if (!panel) return undefined;
          const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
          const reply = new Promise<unknown>((resolve) => {
            cdp.on('Target.receivedMessageFromTarget', (event) => {
              if (event.sessionId !== sessionId) return;
              const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
              if (message.id === 1) resolve(message.result?.result?.value);
            });
          });
          await cdp.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
          });
          const value = await reply;
          await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
          return value;
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
      async openSidePanels() {
        return inExtension(
          async () =>
            (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] })).map((c) => ({
              tabId: c.tabId,
              windowId: c.windowId,
              documentUrl: c.documentUrl,
            })),
          null,
        );
      },
      async stopServiceWorker() {
        // Close the worker's target, as Chrome's idle timer would end it, until CDP no longer lists
        // it. (Playwright keeps the Worker object and emits no 'close' for this.) A close can be
        // lost, or an event still on its way (a storage change the worker listens to) can start the
        // worker again under the same target: so each look that still finds it closes it again.
        // Uses the existing probe page: opening or closing a tab is an event that wakes the worker.
        const cdp = await context.newCDPSession(await probe());
        const ours = async () =>
          (await cdp.send('Target.getTargets')).targetInfos.filter(
            (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
          );
        await expect
          .poll(
            async () => {
              const running = await ours();
              for (const t of running) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
              return running.length;
            },
            { message: 'service worker stopped', timeout: 15_000 },
          )
          .toBe(0);
        await cdp.detach();
      },
      async serviceWorkerRunning() {
        const page = await probe();
        const cdp = await context.newCDPSession(page);
        const { targetInfos } = await cdp.send('Target.getTargets');
        await cdp.detach();
        return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      },
      probe,
      async tabState(tabId) {
        return inExtension(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as StoredTabState | undefined, tabId);
      },
      async nextTabState(tabId, since, { url, timeoutMs = 10_000 } = {}) {
        return inExtension(
          ({ id, after, timeout, from }) =>
            new Promise<StoredTabState>((resolve, reject) => {
              const key = `tab:${id}`;
              const done = () => {
                clearTimeout(timer);
                chrome.storage.onChanged.removeListener(onChanged);
              };
              const check = async () => {
                const state = (await chrome.storage.session.get(key))[key] as StoredTabState | undefined;
                if (state && state.updatedAt > after && (from === null || state.url === from)) {
                  done();
                  resolve(state);
                }
              };
              const onChanged = (changes: Record<string, unknown>, area: string) => void (area === 'session' && key in changes && check());
              const timer = setTimeout(() => {
                done();
                reject(new Error(`no new state for tab ${id} within ${timeout} ms`));
              }, timeout);
              chrome.storage.onChanged.addListener(onChanged);
              void check();
            }),
          { id: tabId, after: since, timeout: timeoutMs, from: url ?? null },
        );
      },
      async dropped() {
        return inExtension(
          async () =>
            ((await chrome.storage.session.get('diag:dropped'))['diag:dropped'] as { total: number; byReason: Record<string, number> }) ?? {
              total: 0,
              byReason: {},
            },
          null,
        );
      },
      async setSettings(settings) {
        await inExtension(async (s) => chrome.storage.sync.set({ settings: s }), settings);
      },
    };
    await use(ext);
  },
});

export { expect };

/** The hint card's host element on a page. Its shadow root is closed: read and click inside it with ./card.ts. */
export const hint = (page: Page) => page.locator('signpost-hint[data-signpost-ui]');
