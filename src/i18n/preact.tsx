import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../settings/store';
import { createI18n, type I18n, type UiLanguage } from './index';

const I18nContext = createContext<I18n>(createI18n('en'));

/** The strings of the current UI language for every component below. */
export const useI18n = (): I18n => useContext(I18nContext);

/**
 * Reads the UI language from settings and follows changes live (no reload). Renders nothing until
 * the setting is read (a few ms) so that a page never flashes English before switching.
 */
export function I18nProvider({ children, title }: { children: ComponentChildren; title?: (i18n: I18n) => string }) {
  const [state, setState] = useState<{ setting: UiLanguage; i18n: I18n } | null>(null);

  useEffect(() => {
    let live = true;
    const apply = (setting: UiLanguage) => setState((prev) => (prev?.setting === setting ? prev : { setting, i18n: createI18n(setting) }));
    void getSettings().then(
      (s) => live && apply(s.uiLanguage),
      () => live && apply('auto'),
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
