import shortFixes from 'virtual:signpost/short-fixes';

/**
 * Firefox only (the card reads it behind `import.meta.env.BROWSER === 'firefox'`, so a Chrome build
 * drops this module and its data). Firefox refuses `sidebarAction.open()` from a page click relayed
 * by a content script, so instead of a "Show the fix" button that cannot work, the card shows the
 * short form of the fix (src/rules/short-fix.ts, built from each article's "Fix it" steps) and says
 * how to open the full article: the `_execute_sidebar_action` shortcut, or the toolbar button.
 */
/** The Firefox card's own strings: here rather than in ../strings.ts, so that Chrome builds drop them too. */
const STRINGS = {
  fixStepsLabel: 'Quick fix',
  openFullWith: (shortcut: string) => `Open the full article with ${shortcut}.`,
  openFullFromToolbar: 'Open the full article from the Signpost sidebar.',
};

export interface InlineFix {
  /** The nodes to place in the card, before its actions. */
  nodes: HTMLElement[];
  show(topic: string): void;
}

export function createInlineFix(doc: Document, shortcut: string | null): InlineFix {
  const steps = doc.createElement('ol');
  steps.className = 'steps';
  steps.setAttribute('aria-label', STRINGS.fixStepsLabel);
  const more = doc.createElement('p');
  more.className = 'more';
  more.textContent = shortcut ? STRINGS.openFullWith(shortcut) : STRINGS.openFullFromToolbar;
  return {
    nodes: [steps, more],
    show(topic) {
      const items = (shortFixes[topic] ?? []).map((text) => {
        const li = doc.createElement('li');
        li.textContent = text;
        return li;
      });
      steps.replaceChildren(...items);
      steps.hidden = items.length === 0;
    },
  };
}

/** The sidebar shortcut as the manifest suggests it (the person may have changed it; we cannot read that here). */
export function sidebarShortcut(manifest: { commands?: Record<string, { suggested_key?: { default?: string } } | undefined> }): string | null {
  return manifest.commands?._execute_sidebar_action?.suggested_key?.default ?? null;
}
