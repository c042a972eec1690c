import type { Plugin } from 'vite';

/**
 * src/i18n bundles the message catalogues (the background all three, a page the one it shows), and
 * with them every entry's `description` — notes for translators that nothing reads at run time, about
 * half of each catalogue. This transform drops them from the catalogues the bundles import; the
 * files under public/_locales, which the browser reads and translators edit, are copied untouched.
 */
const CATALOGUE = /[\\/]public[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;

export function catalogueWithoutDescriptions(): Plugin {
  return {
    name: 'signpost-catalogue-without-descriptions',
    enforce: 'pre', // before Vite's own JSON plugin turns the text into a module
    transform(code, id) {
      if (!CATALOGUE.test(id.split('?')[0]!)) return;
      const entries = JSON.parse(code) as Record<string, { description?: string }>;
      const kept = Object.fromEntries(Object.entries(entries).map(([key, { description: _, ...entry }]) => [key, entry]));
      return { code: JSON.stringify(kept), map: null };
    },
  };
}
