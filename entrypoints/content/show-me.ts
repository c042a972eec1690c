import { browser } from 'wxt/browser';
import { containsPhrase, normalize } from '../../src/engine/normalize';
import type { ShowRequest } from '../../src/messaging/types';
import type { Lifetime } from '../../src/observe/lifetime';

/**
 * "Show me", page side: on a `{type: 'show', label}` message from our own side panel, find the
 * control with that label in the recognised screen, scroll it into view and draw an outline around
 * it — in a closed shadow root, inert: `pointer-events: none`, no focus taken, nothing clicked or
 * typed. It goes on Escape, on the next screen change (`hide`, from main.ts) or after a few seconds.
 * The answer says whether the control was found, so the panel can say so.
 */
const SHOW: ShowRequest['type'] = 'show';
const CONTROLS = 'button,[role=button],[role=link],[role=menuitem],a[href],label,legend,input[type=submit],input[type=button]';
const SHOWN_MS = 6_000;

export interface Outline {
  hide(): void;
  isHost(node: Node): boolean;
}

export function listenForShowMe(ctx: Lifetime, screen: () => readonly Element[]): Outline {
  let host: HTMLElement | null = null;
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
  function hide(): void {
    host?.remove();
    host = null;
    window.removeEventListener('keydown', onKey, true);
  }
  function show(target: Element): void {
    hide();
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = target.getBoundingClientRect();
    host = document.createElement('signpost-outline');
    host.setAttribute('data-signpost-ui', '');
    // Styled through the CSSOM: allowed under a page's strict CSP, unlike a style attribute in markup.
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
    const box = document.createElement('div');
    box.style.cssText = `position:fixed;left:${r.left - 5}px;top:${r.top - 5}px;width:${r.width + 10}px;height:${r.height + 10}px;box-sizing:border-box;border:3px solid #0b57d0;border-radius:8px;box-shadow:0 0 0 3px #fff;pointer-events:none`;
    host.attachShadow({ mode: 'closed' }).append(box);
    document.documentElement.append(host);
    window.addEventListener('keydown', onKey, true);
    const shown = host;
    ctx.setTimeout(() => host === shown && hide(), SHOWN_MS);
  }
  ctx.onInvalidated(hide);
  // Answered through sendResponse, synchronously (no polyfill here; see capture-listener.ts).
  ctx.listenTo(browser.runtime.onMessage, (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const label =
      (message as { type?: unknown; label?: unknown } | null)?.type === SHOW ? (message as { label?: unknown }).label : undefined;
    if (typeof label !== 'string' || label.length > 200) return undefined;
    const phrase = normalize(label);
    let found: Element | undefined;
    for (const region of screen()) {
      found = [...region.querySelectorAll(CONTROLS)].find(
        (el) => el.isConnected && containsPhrase(normalize(el.textContent ?? ''), phrase),
      );
      if (found) break;
    }
    if (found) show(found);
    sendResponse({ found: !!found });
    return undefined;
  });
  return { hide, isHost: (node) => node === host };
}
