import { describe, expect, it } from 'vitest';
import { bundledTranslator, CATALOGS, createI18n, formatMessage, LOCALES } from '../../src/i18n';

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
      expect(placeholderNames(entry.message), `${locale}.${key}`).toEqual(placeholderNames(english.message));
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
    expect(createI18n('pt_BR').lang).toBe('pt-BR');
    expect(createI18n('es').lang).toBe('es');
  });
});
