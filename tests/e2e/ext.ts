/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { readFixture, type Fixture } from '../../src/screens/fixtures';
import { evaluateInSidePanel, serviceWorkerRunning, stopServiceWorker } from './cdp-targets';

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

/** The `ext` fixture's helpers for one browser context with the extension loaded (fixtures.ts). */
export function createExt(context: BrowserContext, extensionId: string): Ext {
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
      // The panel's own screen, not the first view it replaces (src/first-view): tests read and act
      // on the panel (panel-first-view.spec.ts looks at the first view itself).
      await page.locator('#first-view').waitFor({ state: 'detached' });
      return page;
    },
    inSidePanel: async (expression) => evaluateInSidePanel(context, await probe(), extensionId, expression),
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
    // On the existing probe page: opening or closing a tab is an event that wakes the worker.
    stopServiceWorker: async () => stopServiceWorker(context, await probe(), extensionId),
    serviceWorkerRunning: async () => serviceWorkerRunning(context, await probe(), extensionId),
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
  return ext;
}
