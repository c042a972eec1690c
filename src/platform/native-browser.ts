/**
 * The extension API without webextension-polyfill, for the content script only (bundle size: the
 * polyfill is ≈ 10 KB minified, paid on every Instagram and X page). Firefox's `browser` and
 * Chrome MV3's `chrome` both return promises from `runtime.sendMessage`, which is all the content
 * script awaits; it answers messages through `sendResponse`, never by returning a promise.
 * wxt.config.ts aliases `wxt/browser` to this file in content-script builds (WXT's own ctx too);
 * the background and UI pages keep the polyfill.
 */
interface Global {
  browser?: { runtime?: { id?: string } };
  chrome?: unknown;
}
const g = globalThis as unknown as Global;

export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof import('wxt/browser').browser;
