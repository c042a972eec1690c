import { browser } from 'wxt/browser';
import { match } from '../../src/engine/match';
import type { TableRule } from '../../src/engine/types';
import { takeSnapshot } from '../../src/page/snapshot';
import type { CaptureRequest } from '../../src/messaging/types';
import type { Lifetime } from '../../src/observe/lifetime';
import { collectScreen } from '../../src/report/capture';

/**
 * "Capture this screen", page side: on a `{type: 'capture'}` message from our own side panel
 * (runtime messages reach a content script only from the extension itself, never from the page),
 * answer with the snapshot and the allow-list copy of the document as it is now — never a field's
 * value. The side panel redacts both before anything is saved (src/report/capture.ts), so redaction
 * does not ride in this bundle. Runs only on demand (no `scripting` permission, no dynamic import).
 */
const CAPTURE: CaptureRequest['type'] = 'capture';

export function listenForCapture(ctx: Lifetime, rules: () => readonly TableRule[]): void {
  // Answered through sendResponse, synchronously: the content script runs without the polyfill
  // (src/platform/native-browser.ts), and Chrome's native onMessage does not take a returned promise.
  ctx.listenTo(browser.runtime.onMessage, (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== CAPTURE) return undefined;
    const url = location.href;
    // What the live page ranks first now, before redaction: replay is checked against it.
    const live = takeSnapshot(document, url);
    const top = match(rules(), live)[0]?.id ?? null;
    // The manifest is read here, not at start: getManifest builds the whole object, on every page.
    sendResponse(
      collectScreen(document, url, { at: new Date().toISOString(), extension: browser.runtime.getManifest().version, top }, live),
    );
    return undefined;
  });
}
