import { describe, expect, it } from 'vitest';
import { describe as describeEvidence } from '../../src/engine/conditions';
import { match } from '../../src/engine/match';
import type { Condition } from '../../src/engine/types';
import { LOCALES, type Locale } from '../../src/i18n';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { evidenceSentence, evidenceSentences, sentenceText, speller, type SentenceContext } from '../../src/ui/evidence-sentences';
import { loadFixtures, shippedRules, snapshotOf } from './helpers';

const context = (locale: Locale, spell?: (p: string) => string): SentenceContext => ({
  t: bundledTranslator(locale),
  lang: locale.replace('_', '-'),
  spell,
});
const en = context('en');
const say = (raw: string, ctx = en) => sentenceText(evidenceSentence(raw, ctx));

// Words of the evidence format and of HTML that a person should never have to read.
const JARGON = /URL path|data-testid|input with|element with|page text|=|\b(?:type|name|autocomplete|inputmode|aria_label|testid|role)\b/;

/** Every evidence string the shipped rules can produce. */
function everyEvidence(): string[] {
  const out = new Set<string>();
  for (const rule of shippedRules().table) {
    for (const cond of [...rule.all, ...rule.any, ...rule.none] as Condition[]) {
      const values =
        cond.k === 'input'
          ? [
              Object.entries(cond.v)
                .map(([a, v]) => `${a}=${v}`)
                .join(' '),
            ]
          : cond.v;
      for (const value of values) out.add(describeEvidence(cond, value));
    }
  }
  return [...out];
}

describe('evidence in plain words', () => {
  it.each(LOCALES)('%s: every evidence the shipped rules can produce becomes a sentence without jargon', (locale) => {
    const ctx = context(locale);
    for (const raw of everyEvidence()) {
      const text = say(raw, ctx);
      expect(text, raw).not.toBe(raw);
      expect(text, raw).not.toBe('');
      // Quoted page words may hold anything; the sentence around them may not.
      const s = evidenceSentence(raw, ctx);
      expect(`${s.before}${s.after ?? ''}`, `${locale}: ${raw} → ${text}`).not.toMatch(JARGON);
    }
  });

  it('every recognised fixture gets plain sentences in the panel', () => {
    const { table, articles } = shippedRules();
    const byId = new Map(articles.map((a) => [a.id, a]));
    let checked = 0;
    for (const fixture of loadFixtures()) {
      const top = match(table, snapshotOf(fixture.html, fixture.url))[0];
      if (!top) continue;
      const article = byId.get(top.id)!;
      for (const s of evidenceSentences(top.evidence, context('en', speller([...(article.phrases ?? []), ...article.screenTexts])))) {
        expect(`${s.before}${s.after ?? ''}`, `${fixture.file}: ${sentenceText(s)}`).not.toMatch(JARGON);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('names the known page addresses, the longest known one first', () => {
    expect(say('URL path starts with "/challenge/"')).toBe('The page address is an Instagram security check');
    expect(say('URL path contains "/challenge/abc123/"')).toBe('The page address is an Instagram security check');
    expect(say('URL path contains "/accounts/login/two_factor"')).toBe('The page address is Instagram’s two-factor login step');
    expect(say('URL path starts with "/accounts/"')).toBe('The page address is one of Instagram’s account pages');
    expect(say('URL path starts with "/password_and_security/two_factor"')).toBe(
      'The page address is the two-factor authentication settings in Accounts Center',
    );
    expect(say('URL path starts with "/password_and_security/"')).toBe('The page address is Password and security in Accounts Center');
    expect(say('URL path starts with "/i/flow/login"')).toBe('The page address is part of logging in to X');
    expect(say('URL path starts with "/settings/email"')).toBe('The page address is X’s email settings');
    // Not a parent folder: "/challenges" is not "/challenge".
    expect(say('URL path starts with "/challenges"')).toBe('The page address contains “/challenges”');
    expect(say('URL path contains "/help/"')).toBe('The page address contains “/help/”');
  });

  it("quotes the page's own words in their written spelling; a button's label is bold", () => {
    const spell = speller(['Suspicious Login Attempt', 'Send Security Code', 'Intento de inicio de sesión sospechoso']);
    expect(evidenceSentence('button "send security code"', context('en', spell))).toEqual({
      before: 'The page has a ',
      words: 'Send Security Code',
      strong: true,
      after: ' button',
    });
    expect(say('heading "suspicious login attempt"', context('en', spell))).toBe('The page has the heading “Suspicious Login Attempt”');
    expect(say('heading "intento de inicio de sesion sospechoso"', context('es', spell))).toBe(
      'La página tiene el título «Intento de inicio de sesión sospechoso»',
    );
    expect(say('alert "this code isnt right"')).toBe('A message on the page says “this code isnt right”');
    expect(say('dialog text "we detected an unusual login attempt"', context('pt_BR'))).toBe(
      'Uma janela na página diz “we detected an unusual login attempt”',
    );
  });

  it('says what a field asks for, not its attributes', () => {
    expect(say('input with autocomplete=one-time-code')).toBe('The page asks for a code');
    expect(say('input with name=security_code')).toBe('The page asks for a code');
    expect(say('input with testid=ocfentertexttextinput inputmode=numeric')).toBe('The page asks for a code');
    expect(say('input with testid=ocfentertexttextinput inputmode=email')).toBe('The page asks for an email address');
    expect(say('input with type=email empty=true')).toBe('The email address field on the page is empty');
    expect(say('input with type=tel')).toBe('The page asks for a phone number');
    expect(say('input with type=password')).toBe('The page asks for a password');
    expect(say('input with type=radio name=choice')).toBe('The page asks you to choose an option');
    expect(say('input with aria_label=security code')).toBe('The page has a field labelled security code');
    expect(say('input with type=checkbox')).toBe('The page has a form field');
    expect(say('input with type=radio', context('es'))).toBe('La página te pide que elijas una opción');
  });

  it('test ids, roles, languages and shown shapes', () => {
    expect(say('element with data-testid "ocfentertexttextinput"')).toBe('The page has the text box X uses in its login steps');
    expect(say('element with data-testid "somethingnew"')).toBe('The page has a part marked “somethingnew”');
    expect(say('element with role "alert"')).toBe('The page shows an error or status message');
    expect(say('element with role "dialog"', context('es'))).toBe('Hay una ventana abierta sobre la página');
    expect(say('page language "es"')).toBe('The page is in Spanish');
    expect(say('page language "es"', context('es'))).toBe('La página está en español');
    expect(say('page shows "email"')).toBe('The page shows an email address');
    expect(say('page shows "phone"', context('pt_BR'))).toBe('A página mostra um número de telefone');
  });

  it('shows evidence it cannot read as it is', () => {
    for (const raw of ['something a newer build wrote', 'page shows "fax number"', 'heading "']) expect(say(raw)).toBe(raw);
  });

  it('says each thing once', () => {
    const sentences = evidenceSentences(
      ['input with autocomplete=one-time-code', 'input with inputmode=numeric', 'URL path starts with "/challenge/"'],
      en,
    );
    expect(sentences.map(sentenceText)).toEqual(['The page asks for a code', 'The page address is an Instagram security check']);
  });
});
