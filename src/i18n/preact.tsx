import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { getSettings, getSettingsNow, watchSettings } from '../settings/store';
import { I18nContext } from './context';
import { createI18n, type I18n, type UiLanguage } from './index';
import { loadCatalog } from './load-catalog';

export { useI18n } from './context';

/** The strings for a setting: the browser's own for `auto`, else the chosen locale's catalogue, loaded. */
async function i18nFor(setting: UiLanguage): Promise<I18n> {
  if (setting === 'auto') return createI18n('auto');
  try {
    return createI18n(setting, { [setting]: await loadCatalog(setting) });
  } catch {
    // The chunk could not load (an extension updated under an open page): the browser's language.
    return createI18n('auto');
  }
}

/**
 * Reads the UI language from settings and follows changes live (no reload). Renders nothing until
 * the setting is read (a few ms: the person's choice, with the policy as last read) so that a page
 * never flashes English before switching.
 */
export function I18nProvider({ children, title }: { children: ComponentChildren; title?: (i18n: I18n) => string }) {
  const [state, setState] = useState<{ setting: UiLanguage; i18n: I18n } | null>(null);

  // A layout effect: the read starts as the page first renders, not a frame later (a plain effect
  // waits for the next paint), and the page waits on it before it shows anything.
  useLayoutEffect(() => {
    let live = true;
    // Each setting read or heard starts its strings; only those of the setting wanted last land (a
    // catalogue still loading for an older choice must not overwrite a newer one).
    let wanted: UiLanguage | null = null;
    const apply = (setting: UiLanguage) => {
      if (setting === wanted) return;
      wanted = setting;
      void i18nFor(setting).then((i18n) => {
        if (live && setting === wanted) setState((prev) => (prev?.setting === setting ? prev : { setting, i18n }));
      });
    };
    // The quick answer first (the policy as last read: storage.managed is often slow as a page
    // starts), then the one with the policy read now — the same unless the organisation changed it.
    let settled = false;
    void getSettingsNow().then(
      (s) => live && !settled && apply(s.uiLanguage),
      () => undefined,
    );
    const settle = (setting: UiLanguage) => {
      settled = true;
      if (live) apply(setting);
    };
    void getSettings().then(
      (s) => settle(s.uiLanguage),
      () => settle('auto'),
    );
    const off = watchSettings((s) => apply(s.uiLanguage));
    return () => {
      live = false;
      off();
    };
  }, []);

  useEffect(() => {
    if (!state) return;
    document.documentElement.lang = state.i18n.lang;
    if (title) document.title = title(state.i18n);
  }, [state, title]);

  return state ? <I18nContext.Provider value={state.i18n}>{children}</I18nContext.Provider> : null;
}
