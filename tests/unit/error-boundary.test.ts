import { h, render, type ComponentChild } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { endFirstView, FIRST_VIEW_ID, POPUP_SHELL_ID } from '../../src/first-view/handoff';
import { I18nProvider } from '../../src/i18n/preact';
import { updateSettings } from '../../src/settings/store';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { browserSpeaks } from './browser-i18n';
import { renderRoot, shows as showsIn } from './render-root';

/**
 * Every extension page renders inside an ErrorBoundary (each entrypoint's main.tsx). A component
 * that throws while rendering — as the Settings pack list once did on a bad pack — must leave the
 * page saying what happened and what to do, in the interface language, not blank; the error goes
 * to the console, never on the page.
 */

const en = bundledTranslator('en');
const es = bundledTranslator('es');
const SECRET = 'pack list exploded at RulePacks.tsx:42';
function Broken(): never {
  throw new Error(SECRET);
}

let root: Element;
let unmount: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  browserSpeaks('en');
  ({ root, unmount } = renderRoot());
});
afterEach(() => {
  unmount();
  vi.restoreAllMocks();
});

const shows = (text: string) => showsIn(root, text);
const mount = (child: ComponentChild) => render(h(ErrorBoundary, null, child), root);

describe('ErrorBoundary', () => {
  it('replaces a page that throws while rendering with a calm message, a reload button and whom to tell', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mount(h('main', null, h('h1', null, 'Settings'), h(Broken, null)));
    await shows(en('pageFailedTitle'));
    expect(root.querySelector('[role=alert] h1')?.textContent).toBe(en('pageFailedTitle'));
    expect(root.textContent).toContain(en('pageFailedBody'));
    expect(root.textContent).toContain(en('pageFailedReport'));
    expect(root.querySelector('button')?.textContent).toBe(en('pageFailedReload'));
    // The person sees no error text or stack; the console gets the error itself.
    expect(root.textContent).not.toContain('exploded');
    expect(root.textContent).not.toContain('Error');
    expect(logged).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: SECRET }));
  });

  it('is invisible while nothing throws', async () => {
    mount(h('main', null, h('h1', null, 'Settings')));
    await shows('Settings');
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  for (const id of [FIRST_VIEW_ID, POPUP_SHELL_ID])
    it(`with the pages' onFailed, takes a first view the page never took over (#${id}) off the screen; leaves it while nothing throws`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const firstView = () => root.ownerDocument.getElementById(id);
      const paintFirstView = () => {
        const element = root.ownerDocument.createElement('div');
        element.id = id;
        element.textContent = 'Suspicious login attempt';
        root.ownerDocument.body.prepend(element);
      };
      paintFirstView();
      // As the side panel's and the popup's main.tsx mount it.
      const mountAsPages = (child: ComponentChild) => render(h(ErrorBoundary, { onFailed: endFirstView, children: child }), root);
      mountAsPages(h('main', null, h('h1', null, 'Settings')));
      await shows('Settings');
      expect(firstView()).not.toBeNull();
      render(null, root);
      mountAsPages(h('main', null, h(Broken, null)));
      await shows(en('pageFailedTitle'));
      expect(firstView()).toBeNull();
      expect(root.ownerDocument.body.textContent).not.toContain('Suspicious login attempt');
    });

  it('speaks the interface language the person chose', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await updateSettings({ uiLanguage: 'es' });
    render(h(I18nProvider, null, h(ErrorBoundary, null, h(Broken, null))), root);
    await shows(es('pageFailedTitle'));
    expect(root.querySelector('button')?.textContent).toBe(es('pageFailedReload'));
    expect(es('pageFailedTitle')).not.toBe(en('pageFailedTitle'));
  });
});
