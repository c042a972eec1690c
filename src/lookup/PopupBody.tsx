import { useLayoutEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n/context';
import type { ArticleSearch } from '../search';
import type { Carried } from './carry';
import { Lookup } from './Lookup';
import { openSidePanel, requestArticle } from './request';

/** Where the side panel opens: the popup's tab and window, looked up before any click. */
export interface Target {
  tabId?: number;
  windowId?: number;
}

/**
 * What the toolbar popup shows: the search, and the ways to the side panel and the settings. Drawn
 * first by the popup's first view (src/first-view/popup.tsx) and then by the popup itself
 * (entrypoints/popup/Popup.tsx), each starting from what the one before held (`carried`). The
 * side panel opens synchronously in the click or keydown (an await first would spend the gesture),
 * so the target is looked up before.
 */
export function PopupBody({
  search,
  current,
  target,
  carried,
}: {
  search: ArticleSearch | null;
  current: readonly string[];
  target: Target | null;
  carried: Carried;
}) {
  const { t } = useI18n();
  // The box takes the focus as it is inserted (Lookup's layout effect, which runs first); what was
  // typed before it keeps its caret at the end.
  useLayoutEffect(() => {
    const box = document.activeElement;
    if (carried.query && box instanceof HTMLInputElement && box.id === 'popup-input')
      box.setSelectionRange(carried.query.length, carried.query.length);
  }, [carried]);

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
    <>
      <h1 class="sr-only">{t('popupTitle')}</h1>
      <Lookup
        search={search}
        current={current}
        onChoose={choose}
        idPrefix="popup"
        keyboardHint="keyboardHint"
        autoFocus
        initialQuery={carried.query}
        initialFilter={carried.filter}
        initialActive={carried.active}
      />
      <footer class="popup-footer">
        <button type="button" onClick={openPanel}>
          {t('openSidePanel')}
        </button>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" onClick={openSettings}>
          {t('openSettings')}
        </a>
      </footer>
    </>
  );
}
