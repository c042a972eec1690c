import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { formatMessage, type Locale } from '../../src/i18n';
import { CATALOGS } from '../../src/i18n/catalogs';

/**
 * The browser's own i18n as Chrome gives it to a page whose UI language is `locale`: its catalogue,
 * English for a key it lacks. The fake browser has no catalogues, and a page that follows the
 * browser ("automatic", the default) reads its strings from there. Undone by `vi.restoreAllMocks()`.
 */
export function browserSpeaks(locale: Locale): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: unknown) =>
    formatMessage(CATALOGS[locale][key] ?? CATALOGS.en[key], ([] as unknown[]).concat(subs ?? []).map(String)),
  );
}
