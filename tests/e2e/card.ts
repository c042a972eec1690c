import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * The hint card lives in a CLOSED shadow root: the page's scripts cannot read it (an organisation
 * pack's titles are not the page's business), and neither can Playwright's locators, which run as
 * page scripts. Tests reach it as only the browser can: through the DevTools protocol, which hands
 * out the shadow root of `signpost-hint`; clicks are real mouse clicks at the button's position.
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
const session = (page: Page) => {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
};

/** Runs `fn` on the card's shadow root in the page; null when there is no card. */
export async function inCard<T, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'signpost-hint[data-signpost-ui]' });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  if (exceptionDetails) throw new Error(`inCard: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

export interface CardView {
  kicker: string;
  title: string;
  titleLang: string;
  summary: string;
  /** Visible buttons' text, in order. */
  buttons: string[];
  /** Text of the focused element inside the card, if any. */
  focused: string | null;
}

/** What the card shows, or null when there is no card. */
export const cardView = (page: Page): Promise<CardView | null> =>
  inCard(page, (root) => {
    const text = (sel: string) => root.querySelector(sel)?.textContent ?? '';
    return {
      kicker: text('.kicker'),
      title: text('.title'),
      titleLang: root.querySelector('.title')?.getAttribute('lang') ?? '',
      summary: text('.summary'),
      buttons: [...root.querySelectorAll('button')].filter((b) => !b.hidden).map((b) => b.textContent ?? ''),
      focused: root.activeElement?.textContent ?? null,
    };
  });

/** A real click on the card's button whose accessible name (aria-label, else text) is `name`. */
export async function clickCardButton(page: Page, name: string): Promise<void> {
  await expect(page.locator('signpost-hint[data-signpost-ui]')).toBeVisible(); // placed, not hidden for measuring
  const at = await inCard(
    page,
    (root, wanted) => {
      const button = [...root.querySelectorAll('button')].find(
        (b) => !b.hidden && (b.getAttribute('aria-label') ?? b.textContent) === wanted,
      );
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    name,
  );
  if (!at) throw new Error(`clickCardButton: no card button named "${name}"`);
  await page.mouse.click(at.x, at.y);
}
