import type { Page } from 'puppeteer-core';

/**
 * The hint card's shadow root is closed: page scripts, and so `page.evaluate`, cannot read it.
 * WebDriver BiDi can: a node serialised with `includeShadowTree: 'all'` carries its closed shadow
 * root, whose reference is then passed to a function run in the page. Puppeteer exposes no API for
 * that, so this reaches its BiDi session (runtime objects its own frame code uses).
 */
interface BidiSession {
  send(method: string, params: object): Promise<{ result: { result: { type: string; value?: unknown; sharedId?: string } } }>;
}
interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}

function bidi(page: Page): { session: BidiSession; context: string } {
  const browsingContext = (
    page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } }
  ).browsingContext;
  return { session: browsingContext.userContext.browser.session, context: browsingContext.id };
}

/** Runs `fn` (JSON-returning) on the card's shadow root; null when there is no card. */
export async function inCard<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T | null> {
  const { session, context } = bidi(page);
  const target = { context };
  const found = await session.send('script.evaluate', {
    expression: `document.querySelector('signpost-hint[data-signpost-ui]')`,
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = found.result.result as RemoteNode;
  const root = host.type === 'node' ? host.value?.shadowRoot : null;
  if (!root?.sharedId) return null;
  const run = await session.send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((${fn.toString()})(root))`,
    arguments: [{ sharedId: root.sharedId }],
    target,
    awaitPromise: false,
  });
  const value = run.result.result;
  if (value.type !== 'string') throw new Error(`inCard: the function returned ${JSON.stringify(value)}`);
  return JSON.parse(value.value as string) as T;
}
