import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../../src/i18n/preact';
import { Lookup } from '../../src/lookup/Lookup';
import { openSidePanel, requestArticle } from '../../src/lookup/request';
import { useLookupSearch } from '../../src/ui/lookup-search';

interface Target {
  tabId?: number;
  windowId?: number;
}

/**
 * Manual lookup. The active tab is looked up before any click: `sidePanel.open` must run
 * synchronously in the click or keydown handler (an await first would spend the user gesture).
 */
export function Popup() {
  const { t, lang } = useI18n();
  // What was typed into the box of the page's HTML (index.html) before this rendered: the real box
  // starts with it, takes the focus (Lookup's layout effect, which runs first) and replaces it.
  const [typed] = useState(() => document.querySelector<HTMLInputElement>('#popup-shell input')?.value ?? '');
  useLayoutEffect(() => {
    document.getElementById('popup-shell')?.remove();
    const box = document.querySelector<HTMLInputElement>('#popup-input');
    if (typed && box && box === document.activeElement) box.setSelectionRange(typed.length, typed.length);
  }, [typed]);
  // Started by main.tsx (bundled index), with the rule packs on top; what is typed before waits for it.
  const search = useLookupSearch(lang);
  const [target, setTarget] = useState<Target | null>(null);
  const [current, setCurrent] = useState<string[]>([]);

  useEffect(() => {
    // `?tab=<id>` names the tab when the popup is opened as a page (tests); else the active tab.
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    const tabQuery =
      Number.isInteger(pinned) && pinned > 0
        ? browser.tabs.get(pinned).then((tab) => [tab])
        : browser.tabs.query({ active: true, currentWindow: true });
    void tabQuery.then(async ([tab]) => {
      setTarget({ tabId: tab?.id, windowId: tab?.windowId });
      if (tab?.id === undefined) return;
      // Loaded once the box is shown: its schemas are not needed to show it.
      const { getTabState } = await import('../../src/storage/tab-state');
      const state = await getTabState(tab.id);
      setCurrent(state?.matches.map((m) => m.id) ?? []);
    });
  }, []);

  const choose = (topic: string) => {
    const opened = target ? openSidePanel(target) : Promise.resolve();
    void Promise.allSettled([opened, requestArticle(topic)]).then(() => window.close());
  };

  const openPanel = () => {
    void (target ? openSidePanel(target) : Promise.resolve()).then(() => window.close());
  };

  const openSettings = (e: MouseEvent) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage().finally(() => window.close());
  };

  return (
    <main class="popup">
      <h1 class="sr-only">{t('popupTitle')}</h1>
      <Lookup
        search={search}
        current={current}
        onChoose={choose}
        idPrefix="popup"
        keyboardHint="keyboardHint"
        autoFocus
        initialQuery={typed}
      />
      <footer class="popup-footer">
        <button type="button" onClick={openPanel}>
          {t('openSidePanel')}
        </button>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" onClick={openSettings}>
          {t('openSettings')}
        </a>
      </footer>
    </main>
  );
}
