import { describe, expect, it } from 'vitest';
import { filterEntries, groupByPlatform, screenEntries } from '../../entrypoints/replay/screen-list';
import type { BundledScreen } from '../../src/screens/screens';

const screen = (file: string, platform: string, expect: string | null, heading: string[] = []): BundledScreen => ({
  file,
  platform,
  expect,
  layout: 'page',
  url: 'https://x.com/',
  lang: 'en',
  snapshot: {
    url: 'https://x.com/',
    lang: 'en',
    texts: { heading, dialog: [], alert: [], button: [], label: [], text: [] },
    inputs: [],
    testids: [],
    roles: [],
    truncated: false,
  },
});

const screens = [
  screen('negative/x-home.html', 'negative', null, ['Home']),
  screen('x/invalid-code/modal-en.html', 'x', 'x/invalid-code', ['Código incorrecto']),
  screen('instagram/suspicious-login/page-en.html', 'instagram', 'instagram/suspicious-login', ['Suspicious Login Attempt']),
  screen('general/sms-not-delivered/dialog-en.html', 'general', 'general/sms-not-delivered'),
];
const first = (s: BundledScreen) => (s.platform === 'general' ? 'x/invalid-code' : s.expect);
const entries = screenEntries(screens, first, (id) => (id === 'x/invalid-code' ? ['Wrong code'] : []));

describe('the Screens list', () => {
  it('says per screen whether the engine ranks its expected topic first', () => {
    expect(entries.map((e) => [e.name, e.agrees])).toEqual([
      ['x-home', true],
      ['modal-en', true],
      ['page-en', true],
      ['dialog-en', false],
    ]);
  });

  it('filters on topic id, title, file name and heading, every word, any case, no accents needed', () => {
    const files = (q: string) => filterEntries(entries, q).map((e) => e.screen.file);
    expect(files('')).toHaveLength(4);
    expect(files('invalid-code')).toEqual(['x/invalid-code/modal-en.html']);
    expect(files('WRONG code')).toEqual(['x/invalid-code/modal-en.html']);
    expect(files('codigo')).toEqual(['x/invalid-code/modal-en.html']);
    expect(files('negative/')).toEqual(['negative/x-home.html']);
    expect(files('suspicious attempt')).toEqual(['instagram/suspicious-login/page-en.html']);
    expect(files('suspicious home')).toEqual([]);
  });

  it('groups by platform: Instagram, X, general, then the negatives', () => {
    expect(groupByPlatform(entries).map((g) => g.platform)).toEqual(['instagram', 'x', 'general', 'negative']);
  });
});
