import { langOfLocale } from '../../i18n/languages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeDir, localeHeadings, type Headings } from '../../rules/translations';

/** Build time (Node): the interface locales a translation's language must have, read from `public/_locales`. */

/** The interface catalogue of `lang` (BCP 47) as `public/_locales` holds it; null when it has none (or it is unreadable). */
export function readCatalog(localesDir: string, lang: string): Record<string, { message?: string }> | null {
  try {
    return JSON.parse(readFileSync(join(localesDir, localeDir(lang), 'messages.json'), 'utf8'));
  } catch {
    return null;
  }
}

export function readHeadings(localesDir: string, lang: string): Headings | null {
  const messages = readCatalog(localesDir, lang);
  return messages && localeHeadings(messages);
}

/** The languages with a locale folder, English excepted (pt_BR → pt-BR). */
export function translationLanguages(localesDir: string): string[] {
  return readdirSync(localesDir)
    .filter((d) => d !== 'en')
    .map(langOfLocale)
    .sort();
}
