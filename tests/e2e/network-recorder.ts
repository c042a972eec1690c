import type { Request } from '@playwright/test';

/** The real hosts the content script runs on: a request to one that no test serves is aborted. */
export const ALL_HOSTS = /^https:\/\/(www\.instagram\.com|accountscenter\.instagram\.com|x\.com|twitter\.com)\//;

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

export function outboundRequest(request: Request): string | null {
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
