import type { Locale, Messages } from './index';

/**
 * One locale's catalogue, loaded when an extension page needs it: each is a chunk of its own, so a
 * page pays for the language it shows and no other (and for none when it follows the browser, whose
 * i18n already has them). No network: the chunk is a file of the extension.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('../../public/_locales/en/messages.json'),
  es: () => import('../../public/_locales/es/messages.json'),
  pt_BR: () => import('../../public/_locales/pt_BR/messages.json'),
};

export async function loadCatalog(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()).default;
}
