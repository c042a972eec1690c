import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * How ext-pages.ts reads a page it opens cold, the same way for Signpost and the minimal extension.
 * Times are the page's own clock (`performance.now()`, 0 = its navigation start) or, across two
 * pages, epoch milliseconds (`performance.timeOrigin` + that clock).
 */

/**
 * A function's source to run in a page with `arg`. tsx compiles the bench keeping function names
 * (`__name(fn, "name")` wrappers, a helper only Node has): the page gets a stand-in.
 */
export function pageScript<A>(fn: (arg: A) => void, arg?: A): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(${JSON.stringify(arg ?? null)}); })();` };
}

/** The popup probe's findings, in the page's clock. */
export interface PopupTimes {
  ready?: number;
  result?: number;
}

/** Which row is the typed query's first result: the first `selector` whose `attr` (else text) equals `equals`. */
export interface FirstRow {
  selector: string;
  attr?: string;
  equals: string;
}

/**
 * Installed before the popup's own scripts (an init script). At every animation frame from the
 * page's start it looks for the search box focused and visible: the first frame that finds it is
 * the frame that paints it (`ready`). There it enters `query` as one input event, as a paste would —
 * in the page, so no round trip to the bench sits between seeing the box and typing — and goes on
 * looking, frame by frame, for the expected first row (`result`). Times are frame times, so both
 * extensions are read at the same granularity.
 */
export function popupProbe({ query, first }: { query: string; first: FirstRow }): void {
  const found: PopupTimes = {};
  (window as unknown as { __coldOpen: PopupTimes }).__coldOpen = found;
  const focusedBox = (): HTMLInputElement | null => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.checkVisibility() && el.getBoundingClientRect().width > 0 ? el : null;
  };
  const firstRowShown = (): boolean => {
    const row = document.querySelector(first.selector);
    if (!row) return false;
    return (first.attr ? row.getAttribute(first.attr) : row.textContent) === first.equals;
  };
  const frame = (): void => {
    if (found.ready === undefined) {
      const box = focusedBox();
      if (box) {
        found.ready = performance.now();
        box.value = query;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: query }));
      }
    } else if (firstRowShown()) {
      found.result = performance.now();
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Installed in the page the card is on: when the trusted click on the card happened, in epoch ms. */
export function clickClock(): void {
  window.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted) (window as unknown as { __clickAt: number }).__clickAt = performance.timeOrigin + e.timeStamp;
    },
    true,
  );
}

/**
 * Source of an expression that settles with the epoch time the browser first painted text inside
 * an `<article>`: the first largest-contentful-paint entry whose element is in one (buffered, so
 * entries painted before the expression ran count). LCP is the browser's own paint time of the
 * largest text block shown so far; the first such block inside the article is the article shown.
 */
export const ARTICLE_PAINTED = `new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no article text painted within 15 s')), 15000);
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.element && e.element.closest('article'));
    if (!entry) return;
    clearTimeout(timer);
    observer.disconnect();
    resolve(performance.timeOrigin + (entry.renderTime || entry.startTime));
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

/**
 * A real mouse click on the button named `name` in the closed shadow root of `hostSelector`: the
 * page's scripts (and Playwright's locators, which run as page scripts) cannot reach into it, the
 * DevTools protocol can. Waits up to `timeoutMs` for the card and its button.
 */
export async function clickInClosedShadow(page: Page, hostSelector: string, name: string, timeoutMs = 15_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = await buttonCentre(cdp, hostSelector, name);
      if (at) return await page.mouse.click(at.x, at.y);
      if (Date.now() > deadline) throw new Error(`no "${name}" button in ${hostSelector} within ${timeoutMs} ms`);
      await page.waitForTimeout(20);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function buttonCentre(cdp: CDPSession, hostSelector: string, name: string): Promise<{ x: number; y: number } | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (name) {
      const button = [...this.querySelectorAll('button')].find((b) => !b.hidden && b.textContent === name);
      const r = button && button.getBoundingClientRect();
      return r && r.width > 0 && this.host.getBoundingClientRect().width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }`,
    arguments: [{ value: name }],
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  return (result.value as { x: number; y: number } | null) ?? null;
}

/**
 * Evaluates `expression` (awaiting a promise) in the real side panel of `extensionId`, which is not a
 * Playwright page: an unattached target, reached with Target.attachToTarget. Waits up to
 * `timeoutMs` for the panel to exist.
 */
export async function inSidePanel(
  context: BrowserContext,
  from: Page,
  extensionId: string,
  expression: string,
  timeoutMs = 15_000,
): Promise<unknown> {
  const cdp = await context.newCDPSession(from);
  try {
    const deadline = Date.now() + timeoutMs;
    let targetId: string | undefined;
    while (!targetId) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find(
        (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/sidepanel.html`),
      )?.targetId;
      if (targetId) break;
      if (Date.now() > deadline) throw new Error(`no side panel opened within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    type Reply = {
      id?: number;
      result?: { result?: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    };
    const reply = new Promise<Reply>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as Reply;
        if (message.id === 1) resolve(message);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const { result } = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    if (result?.exceptionDetails)
      throw new Error(`side panel: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result?.result?.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
