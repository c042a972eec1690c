import { browser } from 'wxt/browser';
// The English catalogue's type only: the catalogues themselves are catalogs.ts (bundled, for the
// background, the CLI and tests) or load-catalog.ts (one, on demand, for an extension page).
import type en from '../../public/_locales/en/messages.json';
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
/** One locale's `messages.json`. */
export type Messages = Record<string, MessageEntry>;

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

/** A translator from one catalogue; a key it lacks comes from `fallback`. */
export function catalogTranslator(messages: Messages, fallback: Translate): Translate {
  return (key, subs) => (Object.hasOwn(messages, key) ? formatMessage(messages[key], asList(subs)) : fallback(key, subs));
}

/**
 * The browser's own i18n: its UI language among the shipped locales, and the default locale (English)
 * for a message that locale lacks — the browser's own fallback. `english`, when given, answers where
 * the browser has no i18n at all (the CLI, tests).
 */
export function browserTranslator(english?: Messages): Translate {
  return (key, subs) => {
    let text = '';
    try {
      text = browser.i18n.getMessage(key, asList(subs));
    } catch {
      text = '';
    }
    return text || (english ? formatMessage(english[key], asList(subs)) : '');
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

/**
 * The strings for a language setting: `auto` is the browser's own i18n; a chosen locale is read from
 * its catalogue in `catalogs` (bundled, or loaded by load-catalog.ts); a key it lacks is English
 * (from `catalogs.en`, else the browser's i18n, whose default locale is English). Without its
 * catalogue, the browser's i18n answers for the whole locale.
 */
export function createI18n(setting: UiLanguage, catalogs: Partial<Record<Locale, Messages>> = {}): I18n {
  const browserT = browserTranslator(catalogs.en);
  if (setting === 'auto') {
    const locale = browserLocale();
    return { locale, lang: langOfLocale(locale), t: browserT };
  }
  const english = catalogs.en ? catalogTranslator(catalogs.en, browserT) : browserT;
  const messages = catalogs[setting];
  const t = messages ? catalogTranslator(messages, english) : browserT;
  return { locale: setting, lang: langOfLocale(setting), t };
}
