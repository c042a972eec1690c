import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import { langOfLocale } from './languages';

export { langOfLocale, localeOfLang, pickLanguage } from './languages';

/** Locales shipped in `public/_locales` (Chrome's folder names). */
export const LOCALES = ['en', 'es', 'pt_BR'] as const;
export type Locale = (typeof LOCALES)[number];
/** The setting: a shipped locale, or follow the browser. */
export type UiLanguage = Locale | 'auto';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'es', 'pt_BR'];

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | number | readonly (string | number)[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, MessageEntry>;

// Bundled (a few KB each): choosing a language needs no fetch and no network.
export const CATALOGS: Record<Locale, Messages> = { en, es, pt_BR: ptBR };

/**
 * Chrome's message format: `$NAME$` names a placeholder (case-insensitive) whose `content` may use
 * `$1`…`$9` for the substitutions; `$$` is a literal dollar. A substitution is never re-expanded.
 */
export function formatMessage(entry: MessageEntry | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return expanded.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
}

const asList = (s: string | number | readonly (string | number)[] | undefined): string[] =>
  s === undefined ? [] : Array.isArray(s) ? s.map(String) : [String(s as string | number)];

/** A translator for one shipped locale, from the bundled catalogues (English for a missing key). */
export function bundledTranslator(locale: Locale): Translate {
  const messages = CATALOGS[locale];
  return (key, subs) => formatMessage(messages[key] ?? CATALOGS.en[key], asList(subs));
}

/** The browser's own i18n (its UI language), English bundle when the browser has no such message. */
export function browserTranslator(): Translate {
  const fallback = bundledTranslator('en');
  return (key, subs) => {
    let text = '';
    try {
      text = browser.i18n.getMessage(key, asList(subs));
    } catch {
      text = '';
    }
    return text || fallback(key, subs);
  };
}

/** Which shipped locale the browser's i18n is using (each catalogue names itself in `localeCode`). */
export function browserLocale(): Locale {
  let code = '';
  try {
    code = browser.i18n.getMessage('localeCode');
  } catch {
    code = '';
  }
  return isLocale(code) ? code : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Bases of the messages that come as a pair, `<base>One` and `<base>Other` (chrome.i18n has no plurals). */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}One` ? (`${B}Other` extends MessageKey ? B : never) : never }[MessageKey];

/**
 * The form of `base` that `count` takes in `lang` (BCP 47), by the language's own plural rules
 * (Portuguese says "0 tela", English "0 screens"); `count` is the first substitution.
 */
export function plural(t: Translate, lang: string, base: PluralKey, count: number, more: readonly (string | number)[] = []): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'One' : 'Other';
  return t(`${base}${form}`, [count, ...more]);
}

export interface I18n {
  /** The locale the strings come from. */
  locale: Locale;
  /** BCP 47 tag for `<html lang>` ("pt-BR"). */
  lang: string;
  t: Translate;
}

export function createI18n(setting: UiLanguage): I18n {
  const locale = setting === 'auto' ? browserLocale() : setting;
  const t = setting === 'auto' ? browserTranslator() : bundledTranslator(setting);
  return { locale, lang: langOfLocale(locale), t };
}
