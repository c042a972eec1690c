import { describe, expect, it } from 'vitest';
import { containsPhrase, normalize } from '../../src/engine/normalize';

describe('normalize', () => {
  it('folds case, diacritics and punctuation into lower-case words', () => {
    expect(normalize('Intento de Inicio de Sesión SOSPECHOSO!')).toBe('intento de inicio de sesion sospechoso');
    expect(normalize('Bestätigungscode')).toBe('bestatigungscode');
  });
  it('treats curly and straight apostrophes alike', () => {
    expect(normalize('This code isn’t right')).toBe(normalize("This code isn't right"));
    expect(normalize('You can‘t access')).toBe('you cant access');
  });
  it('collapses whitespace, non-breaking and zero-width spaces', () => {
    expect(normalize('  Suspicious\u00a0Login \n\t Attempt ')).toBe('suspicious login attempt');
    expect(normalize('Sus\u200bpicious')).toBe('suspicious');
  });
  it('keeps digits', () => {
    expect(normalize('Enter the 6-digit code')).toBe('enter the 6 digit code');
  });
});

describe('containsPhrase', () => {
  it('matches whole words only', () => {
    expect(containsPhrase('enter code', 'code')).toBe(true);
    expect(containsPhrase('encode this', 'code')).toBe(false);
    expect(containsPhrase('encode code', 'code')).toBe(true);
  });
  it('never matches an empty phrase', () => {
    expect(containsPhrase('anything', '')).toBe(false);
  });
});
