/**
 * One home for two facts every part of Signpost needs about languages, kept free of imports so the
 * build, the CLI, the background and the pages can all use it:
 * - an interface locale is a Chrome folder name (`pt_BR`), an article's language a BCP 47 tag
 *   (`pt-BR`): `langOfLocale` and `localeOfLang` convert, nothing else does;
 * - every article has English, and English is what a person sees when their language has no
 *   translation: `pickLanguage`.
 */
export const langOfLocale = (locale: string): string => locale.replace('_', '-');
export const localeOfLang = (lang: string): string => lang.replace('-', '_');

/** `lang` when `has(lang)` (a translation exists), else English. */
export const pickLanguage = (lang: string, has: (lang: string) => boolean): string => (lang !== 'en' && has(lang) ? lang : 'en');
