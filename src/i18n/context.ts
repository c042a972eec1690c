import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createI18n, type I18n } from './index';

/**
 * The interface strings every component below reads, apart from how a page gets them: the pages'
 * I18nProvider (preact.tsx) follows the settings; the popup's first view (src/first-view) provides
 * the strings it read itself, without the settings' schemas.
 */
export const I18nContext = createContext<I18n>(createI18n('auto'));

/** The strings of the current UI language for every component below. */
export const useI18n = (): I18n => useContext(I18nContext);
