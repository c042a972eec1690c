import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The sender of a message from the extension's content script, top frame, in `tabId` at `url`. */
export const contentScriptSender = (tabId: number, url: string) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId } });

/**
 * Hands `message` to the background's router as the content script in `tabId` at `url` sends it, and
 * returns its reply. The router is imported at the first message, after the test file's mocks of the
 * build's modules are in place.
 */
export async function sendFromContentScript(message: unknown, tabId: number, url: string): Promise<unknown> {
  const { onMessage } = await import('../../entrypoints/background/router');
  return onMessage(message, contentScriptSender(tabId, url) as Parameters<typeof onMessage>[1]);
}
