/// <reference types="chrome" />
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** The built Chrome extension; SIGNPOST_EXTENSION_DIR points the tools at a copy (e.g. to bench one build while another is made). */
export const EXTENSION_DIR = process.env.SIGNPOST_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** System Chromium (Playwright cannot download browsers here); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

/** Flags for Chromium with one unpacked extension, and no traffic of its own (without the background-networking flags, Chromium keeps trying to reach its own services). */
export function extensionArgs(dir: string, ...more: string[]): string[] {
  const dirs = [dir, ...more].join(',');
  return [
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The throwaway profile's folder (the caller may remove it once the context is closed). */
  profile: string;
}

/** Chromium with the built extension loaded (and `also`, other unpacked extensions beside it), in a throwaway profile. */
export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; also?: string[] } = {}): Promise<Launched> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension at ${dir}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'signpost-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: extensionArgs(dir, ...(options.also ?? [])),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, profile };
}

/** What a routed request gets back; `null` aborts it. */
export interface Served {
  status?: number;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Answers every http(s) request of the context from `respond`, offline: what it does not answer
 * (null) is aborted, so nothing reaches the network. Used to serve screen fixtures at their real
 * hosts (the content script injects because the URL really is https://www.instagram.com/…).
 */
export async function serveOffline(context: BrowserContext, respond: (url: URL) => Served | null): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const served = respond(new URL(route.request().url()));
    if (!served) return route.abort('blockedbyclient');
    return route.fulfill({
      status: served.status ?? 200,
      contentType: served.contentType ?? 'text/html; charset=utf-8',
      headers: served.headers,
      body: served.body ?? '',
    });
  });
}

/** What the extension made of a tab: its badge text and the background's per-tab state. */
export interface Recognition {
  tabId: number;
  badge: string;
  /** The topics the background holds for the tab, best first; null when it holds no state. */
  topics: string[] | null;
}

/**
 * Reads the extension's own view of `page` through its service worker: the tab's badge and the
 * per-tab state the background keeps in storage.session (`tab:<id>`, src/storage/tab-state.ts).
 * Waits up to `timeoutMs` for the background to hold state for the tab (the first report of every
 * document is always sent), then for the badge to settle.
 */
export async function recognitionOf(worker: Worker, page: Page, timeoutMs = 15_000): Promise<Recognition> {
  const url = page.url();
  const deadline = Date.now() + timeoutMs;
  let tabId: number | undefined;
  let topics: string[] | null = null;
  while (Date.now() < deadline) {
    tabId ??= await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    if (tabId !== undefined) {
      const key = `tab:${tabId}`;
      const stored = await worker.evaluate(
        async (k) => (await chrome.storage.session.get(k))[k] as { matches?: { id: string }[] } | undefined,
        key,
      );
      if (stored && Array.isArray(stored.matches)) {
        topics = stored.matches.map((m) => m.id);
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (tabId === undefined) throw new Error(`no browser tab shows ${url}`);
  await new Promise((r) => setTimeout(r, 100)); // the badge is written just after the state
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  return { tabId, badge, topics };
}
