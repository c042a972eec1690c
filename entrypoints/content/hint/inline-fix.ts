import type { HintLabels } from '../../../src/messaging/types';

/**
 * Firefox only (the card creates it behind `import.meta.env.BROWSER === 'firefox'`, so a Chrome
 * build drops this module). Firefox refuses `sidebarAction.open()` from a page click relayed by a
 * content script, so instead of a "Show the fix" button that cannot work, the card shows the first
 * steps of the fix and how to open the full article — both sent by the background with the hint,
 * in the person's language (src/hint/payload.ts, src/build/rules/short-fix.ts).
 */
export interface InlineFix {
  /** The nodes to place in the card, before its actions. */
  nodes: HTMLElement[];
  show(steps: readonly string[], labels: Pick<HintLabels, 'quickFix' | 'openFull'>): void;
}

export function createInlineFix(doc: Document): InlineFix {
  const list = doc.createElement('ol');
  list.className = 'steps';
  const more = doc.createElement('p');
  more.className = 'more';
  return {
    nodes: [list, more],
    show(steps, labels) {
      list.setAttribute('aria-label', labels.quickFix);
      more.textContent = labels.openFull;
      const items = steps.map((text) => {
        const li = doc.createElement('li');
        li.textContent = text;
        return li;
      });
      list.replaceChildren(...items);
      list.hidden = items.length === 0;
    },
  };
}
