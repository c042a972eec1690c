import { browser } from 'wxt/browser';
import { LOOKUP_REQUEST_KEY } from '../storage/keys';

/**
 * Popup → side panel: "show this article". The popup closes as soon as it has chosen, and the side
 * panel may not be loaded yet, so the request goes through storage.session (extension pages only):
 * the panel reads it when it starts and watches it while open. A request older than `FRESH_MS` is
 * stale (the panel opening later for another reason must not jump to it).
 */
export const FRESH_MS = 10_000;

export interface ArticleRequest {
  topic: string;
  at: number;
}

export function parseRequest(value: unknown, now = Date.now()): ArticleRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { topic, at } = value as Record<string, unknown>;
  if (typeof topic !== 'string' || topic.length === 0 || topic.length > 100) return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || now - at > FRESH_MS || at - now > FRESH_MS) return null;
  return { topic, at };
}

export async function requestArticle(topic: string): Promise<void> {
  await browser.storage.session.set({ [LOOKUP_REQUEST_KEY]: { topic, at: Date.now() } satisfies ArticleRequest });
}

/** The pending request, if fresh; it is consumed (removed) so a reload does not replay it. */
export async function takeRequest(): Promise<ArticleRequest | null> {
  const stored = (await browser.storage.session.get(LOOKUP_REQUEST_KEY))[LOOKUP_REQUEST_KEY];
  const request = parseRequest(stored);
  if (stored !== undefined) await browser.storage.session.remove(LOOKUP_REQUEST_KEY);
  return request;
}

/** Calls `onRequest` for every new request while the page is open. Returns the unsubscribe. */
export function watchRequests(onRequest: (request: ArticleRequest) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(LOOKUP_REQUEST_KEY in changes)) return;
    const request = parseRequest(changes[LOOKUP_REQUEST_KEY]?.newValue);
    if (request) onRequest(request);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Opens the side panel from a click in an extension page (the click is the gesture): called
 * synchronously, before any await. Chrome: `sidePanel.open`; Firefox: `sidebarAction.open`.
 * Settles (never rejects) once the browser has answered: close the popup after that.
 */
export function openSidePanel(target: { windowId?: number; tabId?: number }): Promise<void> {
  const b = browser as unknown as {
    sidePanel?: { open(o: { windowId?: number; tabId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  const opened = b.sidePanel
    ? target.windowId !== undefined
      ? b.sidePanel.open({ windowId: target.windowId })
      : target.tabId !== undefined
        ? b.sidePanel.open({ tabId: target.tabId })
        : Promise.reject(new Error('no window or tab to open the side panel in'))
    : b.sidebarAction?.open();
  return (opened ?? Promise.resolve()).catch((error: unknown) => console.warn('Signpost: side panel did not open', error));
}
