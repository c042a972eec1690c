import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import { createI18n, type I18n, type Locale, type Messages, type Translate, type UiLanguage } from './index';

/**
 * Every catalogue, bundled: for the background (the badge's title, the hint's words), the CLI, the
 * pack check's section headings and the tests. Extension pages load only the one they show
 * (load-catalog.ts): the three together weigh more than the rest of a page's start.
 */
export const CATALOGS: Record<Locale, Messages> = { en, es, pt_BR: ptBR };

/** A translator for one shipped locale from the bundled catalogues (English for a missing key). */
export const bundledTranslator = (locale: Locale): Translate => bundledI18n(locale).t;

/** `createI18n` with every catalogue at hand. */
export const bundledI18n = (setting: UiLanguage): I18n => createI18n(setting, CATALOGS);
