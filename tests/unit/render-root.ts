import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { expect, vi } from 'vitest';

/** An element for Preact to render into, in Node, and the way back to how things were. */
export interface RenderRoot {
  root: Element;
  /** Unmounts what was rendered and puts the global `document` back. */
  unmount: () => void;
}

/**
 * A linkedom page with one empty root element, its document made the global `document` while it is
 * in use: Preact creates the nodes it renders with the global one.
 */
export function renderRoot(): RenderRoot {
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  g.document = document;
  const root = document.getElementById('root') as unknown as Element;
  return {
    root,
    unmount: () => {
      render(null, root);
      g.document = saved;
    },
  };
}

/** Waits until the root's text holds `text` (components render after storage answers). */
export const shows = (root: Element, text: string | RegExp, timeout = 3_000) =>
  vi.waitFor(() => expect(root.textContent).toMatch(text), { timeout });
