import { describe, expect, it } from 'vitest';
import { formatMessage, langOfLocale, LOCALES, localeOfLang, pickLanguage, plural } from '../../src/i18n';
import { bundledI18n, bundledTranslator, CATALOGS } from '../../src/i18n/catalogs';

const placeholderNames = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();

describe('locale catalogues', () => {
  const enKeys = Object.keys(CATALOGS.en).sort();

  it.each(LOCALES)('%s has exactly the English keys, each non-empty, with the same placeholders', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const entry = catalog[key]!;
      const english = CATALOGS.en[key]!;
      expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
      // A singular form may leave the number out ("deja su otra regla"): the rest must all be there.
      const wanted = placeholderNames(english.message).filter(
        (name) => !(key.endsWith('One') && name === 'count' && !entry.message.toLowerCase().includes('$count$')),
      );
      expect(placeholderNames(entry.message), `${locale}.${key}`).toEqual(wanted);
      for (const name of placeholderNames(entry.message)) expect(entry.placeholders?.[name], `${locale}.${key} $${name}$`).toBeDefined();
    }
  });

  it('every catalogue names its own locale (how "automatic" tells which one the browser chose)', () => {
    for (const locale of LOCALES) expect(CATALOGS[locale].localeCode?.message).toBe(locale);
  });

  it('keys are valid Chrome message names', () => {
    for (const key of enKeys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('translations differ from English where they should', () => {
    expect(CATALOGS.es.searchLabel!.message).not.toBe(CATALOGS.en.searchLabel!.message);
    expect(CATALOGS.pt_BR.searchLabel!.message).not.toBe(CATALOGS.en.searchLabel!.message);
  });
});

describe('formatMessage (Chrome semantics)', () => {
  it('expands named placeholders to positional substitutions', () => {
    const entry = { message: 'Found $COUNT$ for $Query$', placeholders: { count: { content: '$1' }, query: { content: '“$2”' } } };
    expect(formatMessage(entry, ['3', 'code'])).toBe('Found 3 for “code”');
  });
  it('leaves a substitution as typed, $$ is a dollar, a missing substitution is empty', () => {
    const entry = { message: 'Cost $$5, $X$!', placeholders: { x: { content: '$1' } } };
    expect(formatMessage(entry, ['$1 $X$'])).toBe('Cost $5, $1 $X$!');
    expect(formatMessage(entry, [])).toBe('Cost $5, !');
  });
  it('unknown entry gives an empty string', () => {
    expect(formatMessage(undefined)).toBe('');
  });
});

describe('translators', () => {
  it('bundled locales return their own strings', () => {
    expect(bundledTranslator('es')('openSettings')).toBe('Configuración');
    expect(bundledTranslator('pt_BR')('resultsCount', 4)).toBe('Artigos encontrados: 4');
    expect(bundledTranslator('en')('resultsNone', 'abc')).toContain('“abc”');
  });
  it('a chosen locale sets the lang tag', () => {
    expect(bundledI18n('pt_BR').lang).toBe('pt-BR');
    expect(bundledI18n('es').lang).toBe('es');
  });
});

describe('plural messages', () => {
  const bases = Object.keys(CATALOGS.en)
    .filter((k) => k.endsWith('One'))
    .map((k) => k.slice(0, -'One'.length));

  it('come as a pair in every catalogue, both forms with the same placeholders', () => {
    expect(bases.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const base of bases) {
        const one = CATALOGS[locale][`${base}One`];
        const other = CATALOGS[locale][`${base}Other`];
        expect(one, `${locale} ${base}One`).toBeDefined();
        expect(other, `${locale} ${base}Other`).toBeDefined();
        expect(Object.keys(one!.placeholders ?? {}), `${locale} ${base}`).toEqual(Object.keys(other!.placeholders ?? {}));
      }
    }
  });

  it('replace every "topic(s)"-style form in every catalogue', () => {
    for (const locale of LOCALES)
      for (const [key, entry] of Object.entries(CATALOGS[locale]))
        expect(entry.message, `${locale}.${key}`).not.toMatch(/\p{L}\((s|es|as|os|a|o)\)/u);
  });

  it('take the form the language gives the number', () => {
    const en = bundledTranslator('en');
    expect(plural(en, 'en', 'builderAlsoMatches', 1)).toBe('It also matches 1 bundled screen');
    expect(plural(en, 'en', 'builderAlsoMatches', 0)).toBe('It also matches 0 bundled screens');
    expect(plural(en, 'en', 'builderAlsoMatches', 2)).toBe('It also matches 2 bundled screens');
    const pt = bundledTranslator('pt_BR');
    // Brazilian Portuguese counts zero as singular; Spanish does not.
    expect(plural(pt, 'pt-BR', 'builderAlsoMatches', 0)).toBe('Também corresponde a 0 tela incluída');
    expect(plural(bundledTranslator('es'), 'es', 'builderAlsoMatches', 0)).toBe('También coincide con 0 pantallas incluidas');
    expect(plural(en, 'en', 'builderAddChangeAdd', 3, ['x/a', 'Acme'])).toBe('Adds x/a to “Acme” and keeps its 3 other rules as they are.');
  });
});

describe('languages: one conversion, one fallback', () => {
  it('converts every shipped locale to its tag and back', () => {
    for (const locale of LOCALES) expect(localeOfLang(langOfLocale(locale))).toBe(locale);
    expect(langOfLocale('pt_BR')).toBe('pt-BR');
    expect(bundledI18n('pt_BR').lang).toBe('pt-BR');
  });

  it('picks the asked language when it has a translation, else English', () => {
    const has = (l: string) => l === 'es';
    expect(pickLanguage('es', has)).toBe('es');
    expect(pickLanguage('pt-BR', has)).toBe('en');
    expect(pickLanguage('en', () => true)).toBe('en');
  });
});
