import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { endFirstView, POPUP_SHELL_ID } from '../../src/first-view/handoff';
import { carriedFrom } from '../../src/lookup/carry';
import { popupTab } from '../../src/lookup/pinned-tab';
import { PopupBody, type Target } from '../../src/lookup/PopupBody';
import { useI18n } from '../../src/i18n/preact';
import { offeredCurrent } from '../../src/search/handoff';
import { useLookupSearch } from '../../src/ui/lookup-search';

/**
 * Manual lookup. Before this renders, the box of the page's HTML (index.html) or the popup's first
 * view (src/first-view/popup.tsx) is on screen: this starts from what it holds (typed text, filter,
 * the result moved to) and replaces it in the same commit. The active tab is looked up before any
 * click: `sidePanel.open` must run synchronously in the click or keydown handler.
 */
export function Popup() {
  const { lang } = useI18n();
  const [carried] = useState(() => carriedFrom(document.getElementById(POPUP_SHELL_ID)));
  useLayoutEffect(() => {
    endFirstView();
  }, []);
  // Started by main.tsx (bundled index) or taken over from the first view, with the rule packs on
  // top; what is typed before waits for it.
  const search = useLookupSearch(lang);
  const [target, setTarget] = useState<Target | null>(null);
  // What the first view ranked with, until this popup has read the tab's state itself.
  const [current, setCurrent] = useState<readonly string[]>(offeredCurrent);

  useEffect(() => {
    void popupTab().then(async (tab) => {
      setTarget({ tabId: tab?.id, windowId: tab?.windowId });
      if (tab?.id === undefined) return;
      // Loaded once the box is shown: its schemas are not needed to show it.
      const { getTabState } = await import('../../src/storage/tab-state');
      const state = await getTabState(tab.id);
      setCurrent(state?.matches.map((m) => m.id) ?? []);
    });
  }, []);

  return (
    <main class="popup">
      <PopupBody search={search} current={current} target={target} carried={carried} />
    </main>
  );
}
