import { describe, expect, it } from 'vitest';
import { chooseCorner, boxAt } from '../../entrypoints/content/hint/placement';
import { signatureOf } from '../../src/observe/recogniser';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { contentScriptTab } from '../../src/messaging/sender';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/schema';
import { parseTabState } from '../../src/storage/tab-state';
import { hintLabels } from '../../src/hint/payload';
import { bundledI18n } from '../../src/i18n/catalogs';

describe('hint placement', () => {
  const view = { width: 1000, height: 800 };
  const card = { width: 300, height: 100 };
  it('prefers bottom-right and moves away from controls it would cover', () => {
    expect(chooseCorner(card, view, [])).toBe('br');
    const underBr = boxAt('br', 300, 100, view);
    expect(chooseCorner(card, view, [underBr])).toBe('bl');
    expect(chooseCorner(card, view, [underBr, boxAt('bl', 300, 100, view), boxAt('tr', 300, 100, view)])).toBe('tl');
  });
});

describe('report signature', () => {
  it('changes with the topic or the evidence, not with the score alone', () => {
    const a = signatureOf([{ id: 'x/a', score: 3, evidence: ['heading "a"'] }]);
    expect(signatureOf([{ id: 'x/a', score: 3, evidence: ['heading "a"'] }])).toBe(a);
    expect(signatureOf([{ id: 'x/b', score: 3, evidence: ['heading "a"'] }])).not.toBe(a);
    expect(signatureOf([{ id: 'x/a', score: 5, evidence: ['heading "a"', 'button "b"'] }])).not.toBe(a);
    expect(signatureOf([])).not.toBe(a);
  });
});

describe('messages and senders', () => {
  const ok = { id: 'ext', url: 'https://www.instagram.com/challenge/1/', frameId: 0, tab: { id: 7 } };
  it('accepts only our content script in a top frame on an allowed https host', () => {
    expect(contentScriptTab(ok, 'ext')).toBe(7);
    expect(contentScriptTab({ ...ok, id: 'other' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, frameId: 3 }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, tab: undefined }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'https://evil.example/' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'http://www.instagram.com/' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'https://www.instagram.com.evil.example/' }, 'ext')).toBeNull();
  });
  it('parses well-formed messages and refuses the rest', () => {
    expect(
      contentMessageSchema.safeParse({
        type: 'screen',
        url: 'https://x.com/i/flow/login',
        matches: [{ id: 'x/invalid-code', score: 7, evidence: ['a'] }],
      }).success,
    ).toBe(true);
    expect(contentMessageSchema.safeParse({ type: 'open-side-panel' }).success).toBe(true);
    for (const bad of [
      null,
      'screen',
      {},
      { type: 'nope' },
      { type: 'screen', url: 'https://evil.example/', matches: [] },
      { type: 'screen', url: 'https://x.com/', matches: Array(6).fill({ id: 'a', score: 1, evidence: [] }) },
      { type: 'open-side-panel', extra: 1 },
      { type: 'dismiss', topic: '' },
    ]) {
      expect(contentMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('settings and stored state', () => {
  it('defaults every field, and a broken field falls back alone', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ hints: true, sites: { instagram: true, x: true } });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hints: 'yes', sites: { instagram: false, x: 3 } })).toMatchObject({
      hints: true,
      sites: { instagram: false, x: true },
    });
  });
  it('reads a corrupt tab state as nothing known', () => {
    expect(parseTabState({ url: 'https://x.com/', matches: [], dismissed: [], updatedAt: 1 })).not.toBeNull();
    expect(parseTabState({ url: 'https://x.com/', matches: 'lots', dismissed: [], updatedAt: 1 })).toBeNull();
    expect(parseTabState(undefined)).toBeNull();
  });
});

describe('card words', () => {
  it('offer a mute in each language, and none when a policy fixes the muted topics', () => {
    for (const lang of ['en', 'es', 'pt_BR'] as const) {
      const { t } = bundledI18n(lang);
      expect(hintLabels(t, null, true).mute, lang).toBe(t('hintMute'));
      expect(hintLabels(t, null, true).mute, lang).not.toBe(hintLabels(t, null, true).dismiss);
      expect(hintLabels(t, null, false), lang).not.toHaveProperty('mute');
    }
  });

  it('a mute request from the card is a message the background accepts, shaped like a topic id (the router then drops ids no rule knows)', () => {
    expect(contentMessageSchema.safeParse({ type: 'mute', topic: 'instagram/suspicious-login' }).success).toBe(true);
    expect(contentMessageSchema.safeParse({ type: 'mute', topic: 'x'.repeat(101) }).success).toBe(false);
    expect(contentMessageSchema.safeParse({ type: 'mute', topic: 'x/a', extra: 1 }).success).toBe(false);
    expect(contentMessageSchema.safeParse({ type: 'mute' }).success).toBe(false);
  });
});
