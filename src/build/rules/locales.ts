import { langOfLocale } from '../../i18n/languages';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeDir, localeHeadings, type Headings } from '../../rules/translations';

/** Build time (Node): the interface locales a translation's language must have, read from `public/_locales`. */

export function readHeadings(localesDir: string, lang: string): Headings | null {
  let messages: Record<string, { message?: string }>;
  try {
    messages = JSON.parse(readFileSync(join(localesDir, localeDir(lang), 'messages.json'), 'utf8'));
  } catch {
    return null;
  }
  return localeHeadings(messages);
}

/** The languages with a locale folder, English excepted (pt_BR → pt-BR). */
export function translationLanguages(localesDir: string): string[] {
  return readdirSync(localesDir)
    .filter((d) => d !== 'en')
    .map(langOfLocale)
    .sort();
}
