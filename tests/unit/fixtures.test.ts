import { describe, expect, it } from 'vitest';
import { match } from '../../src/engine/match';
import { coverage, LOCALISED_PLATFORMS } from '../../src/screens/fixtures';
import { loadFixtures, shippedRules, snapshotOf, type Fixture } from './helpers';

const { table } = shippedRules();
const fixtures = loadFixtures();
const ranked = (f: Fixture, html = f.html) => match(table, snapshotOf(html, f.url));
const show = (m: ReturnType<typeof match>) => m.map((x) => `${x.id} (${x.score})`).join(', ') || '(nothing)';

describe('every fixture against every rule', () => {
  const positives = fixtures.filter((f) => f.expect !== null);
  const negatives = fixtures.filter((f) => f.expect === null);

  it('has fixtures of both kinds', () => {
    expect(positives.length).toBeGreaterThan(50);
    expect(negatives.length).toBeGreaterThan(5);
  });

  it.each(positives.map((f) => [f.file, f] as const))('%s ranks its own topic first', (_file, f) => {
    const m = ranked(f);
    // The ranked list is part of the message, so a failure says what won instead.
    expect(`${m[0]?.id ?? '(nothing)'} ← ${show(m)}`).toBe(`${f.expect} ← ${show(m)}`);
  });

  it.each(negatives.map((f) => [f.file, f] as const))('%s matches nothing', (_file, f) => {
    expect(show(ranked(f))).toBe('(nothing)');
  });

  it('never lets a secondary topic rank first when a primary topic matches', () => {
    const secondary = new Set(table.filter((r) => r.secondary).map((r) => r.id));
    for (const f of positives) {
      const m = ranked(f);
      const firstSecondary = m.findIndex((x) => secondary.has(x.id));
      const lastPrimary = m.map((x) => !secondary.has(x.id)).lastIndexOf(true);
      if (firstSecondary >= 0 && lastPrimary >= 0) expect(firstSecondary, f.file).toBeGreaterThan(lastPrimary);
    }
  });

  it('every secondary rule shows up on at least one fixture', () => {
    const seen = new Set(fixtures.flatMap((f) => ranked(f).map((m) => m.id)));
    for (const r of table.filter((r) => r.secondary)) expect(seen.has(r.id), r.id).toBe(true);
  });

  it('every expected topic is a shipped topic with a match block', () => {
    const withMatch = new Set(table.map((r) => r.id));
    for (const f of positives) expect(withMatch.has(f.expect!), f.file).toBe(true);
  });
});

describe('coverage of screens', () => {
  const rows = coverage(table, fixtures);
  it.each(rows.filter((r) => !r.secondary).map((r) => [r.id, r] as const))('%s has ≥2 layouts and enough languages', (_id, r) => {
    const need = LOCALISED_PLATFORMS.has(r.platform) ? 5 : 3;
    expect(r.layouts.length, `layouts: ${r.layouts.join(' | ')}`).toBeGreaterThanOrEqual(2);
    expect(
      r.langs.filter((l) => ['en', 'es', 'pt', 'fr', 'de'].includes(l)).length,
      `languages: ${r.langs.join(', ')}`,
    ).toBeGreaterThanOrEqual(need);
  });
});

/** Rewrites every text node of a fixture (never its markup), to prove matching ignores the difference. */
function rewriteText(html: string, fn: (text: string) => string): string {
  const body = html.indexOf('<body');
  // Character references (&nbsp;) are markup too: they are kept as written.
  const rewrite = (text: string) =>
    text
      .split(/(&[#a-zA-Z0-9]+;)/)
      .map((part, i) => (i % 2 ? part : fn(part)))
      .join('');
  return html.slice(0, body) + html.slice(body).replace(/>([^<]+)</g, (_m, text: string) => `>${rewrite(text)}<`);
}

describe('text robustness', () => {
  const positives = fixtures.filter((f) => f.expect !== null && f.lang !== 'it');
  const variants: [string, (t: string) => string][] = [
    ['straight apostrophes', (t) => t.replace(/[\u2019\u2018]/g, "'")],
    ['curly apostrophes', (t) => t.replace(/'/g, '\u2019')],
    ['UPPER CASE', (t) => t.toUpperCase()],
    ['lower case', (t) => t.toLowerCase()],
    ['extra whitespace', (t) => t.replace(/ /g, '  \n\t ')],
    ['non-breaking spaces', (t) => t.replace(/ /g, '\u00a0')],
    ['text split over inline elements', (t) => t.replace(/ (\S+) /g, ' <span>$1</span> ')],
    ['entity-encoded nbsp', (t) => t.replace(/ /g, '&nbsp;')],
  ];
  it.each(variants)('%s: every positive still ranks its topic first', (_name, fn) => {
    const wrong = positives
      .map((f) => ({ f, m: ranked(f, rewriteText(f.html, fn)) }))
      .filter(({ f, m }) => m[0]?.id !== f.expect)
      .map(({ f, m }) => `${f.file}: ${show(m)}`);
    expect(wrong).toEqual([]);
  });
  it.each(variants)('%s: negatives still match nothing', (_name, fn) => {
    const wrong = fixtures
      .filter((f) => f.expect === null)
      .map((f) => ({ f, m: ranked(f, rewriteText(f.html, fn)) }))
      .filter(({ m }) => m.length > 0)
      .map(({ f, m }) => `${f.file}: ${show(m)}`);
    expect(wrong).toEqual([]);
  });
});
