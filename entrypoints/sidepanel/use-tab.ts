import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabState, watchTabState, type TabState } from '../../src/storage/tab-state';

/** The tab the panel describes: the pinned one, or the active tab of the panel's own window. */
export function useShownTab(pinned: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(pinned);
  // Layout effects, here and below: each read starts as the panel renders, not after the next
  // paint — the panel's first screen waits on them.
  useLayoutEffect(() => {
    if (pinned !== null) return;
    let alive = true;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    void (async () => {
      const win = await browser.windows.getCurrent();
      windowId = win.id;
      const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
      if (alive) setTabId(tab?.id ?? null);
    })();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);
  return tabId;
}

/**
 * That tab's state, live: read from storage.session (so it needs no running service worker) and
 * re-read on every change. `undefined` while loading.
 */
export function useTabState(tabId: number | null): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (tabId === null) {
      setState(null);
      return;
    }
    let alive = true;
    const unwatch = watchTabState(tabId, (s) => alive && setState(s));
    void getTabState(tabId).then((s) => alive && setState(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId]);
  return state;
}
