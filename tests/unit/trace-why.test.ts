import { describe, expect, it } from 'vitest';
import { explain, whyText } from '../../src/engine/match';
import type { TraceWhy } from '../../src/engine/types';
import { LOCALES } from '../../src/i18n';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { whySaid } from '../../src/ui/TraceList';
import { loadFixtures, shippedRules, snapshotOf } from '../../src/screens/fixtures';

const EVERY_WHY: TraceWhy[] = [
  { code: 'url' },
  { code: 'host', host: 'x.com', hosts: ['www.instagram.com'] },
  { code: 'no-step', steps: ['instagram/challenge'] },
  { code: 'step', step: 'x/login', steps: ['instagram/challenge'] },
  { code: 'all', failed: 1, of: 1 },
  { code: 'all', failed: 2, of: 3 },
  { code: 'none' },
  { code: 'any', held: 0, needed: 1, merged: false },
  { code: 'any', held: 1, needed: 2, merged: true },
];
const LANG = { en: 'en', es: 'es', pt_BR: 'pt-BR' } as const;

describe('why a rule failed, for the replay page', () => {
  it('is said in each interface language, with the numbers and ids kept', () => {
    for (const why of EVERY_WHY) {
      const said = Object.fromEntries(LOCALES.map((l) => [l, whySaid(why, bundledTranslator(l), LANG[l])]));
      expect(said.es, JSON.stringify(why)).not.toBe(said.en);
      expect(said.pt_BR, JSON.stringify(why)).not.toBe(said.en);
      for (const text of Object.values(said)) {
        expect(text, JSON.stringify(why)).not.toBe('');
        if (why.code === 'step') expect(text).toContain('x/login');
        if (why.code === 'any' && why.needed > 1) expect(text).toContain(String(why.held));
      }
    }
    expect(whySaid({ code: 'all', failed: 1, of: 1 }, bundledTranslator('en'), 'en')).toBe('The required condition failed');
    expect(whySaid({ code: 'all', failed: 2, of: 3 }, bundledTranslator('en'), 'en')).toBe('2 of the 3 required conditions failed');
  });

  it('comes with every failed rule of explain, and its English text is the CLI reason', () => {
    const rules = shippedRules().table;
    const fixture = loadFixtures().find((f) => f.expect !== null)!;
    const trace = explain(rules, snapshotOf(fixture.html, fixture.url));
    const failed = trace.filter((r) => !r.matched);
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) expect(r.reason, r.id).toBe(whyText(r.why!, fixture.url));
    for (const r of trace.filter((x) => x.matched)) expect(r.why, r.id).toBeUndefined();
  });
});
