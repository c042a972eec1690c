/**
 * Fixture variants (Node only). A fixture (tests/fixtures/**.html) is one tidy copy of a screen, but
 * real pages reach the extension in shapes the fixture never shows: in a language no rule was written
 * for, with markup the platform rebuilt overnight (hashed classes, div "buttons", words split over
 * spans, right-to-left), with the dialog portalled in at the end of a long feed after first paint,
 * and at addresses with extra query strings or the other X host. Every fixture is re-checked as the
 * variants real pages take: this module makes those variants, as pure, deterministic functions of
 * the fixture's text (no randomness, no clock), so a failure names a variant that can be reproduced.
 *
 * The transforms are independent of the engine: they edit the DOM (linkedom) or the URL and never
 * read rules. What each one promises is checked by tests/unit/variants-generator.test.ts and
 * tests/unit/variants-markup.test.ts.
 */

export interface Variant {
  name: string;
  html: string;
  url: string;
}

export const VARIANT_FAMILIES = ['unknown language', 'markup drift', 'late portal', 'address drift'] as const;
export type VariantFamily = (typeof VARIANT_FAMILIES)[number];

import { type MadeUpScript, unknownLanguage } from './language';
import { MARKUP_DRIFT_KINDS, markupDrift } from './markup';
import { latePortal } from './portal';
import { addressDrift } from './address';
import { hash32 } from './dom';

export * from './language';
export * from './markup';
export * from './portal';
export * from './address';
export { hash32 } from './dom';

/** Every variant of one fixture, grouped by family. */
export function variantsOf(f: { html: string; url: string; layout: string }): Record<VariantFamily, Variant[]> {
  const { html, url } = f;
  // Two made-up languages: always Armenian, then Hangul or Devanagari as the page's hash picks.
  const second: MadeUpScript = hash32(html) % 2 === 0 ? 'hangul' : 'devanagari';
  const unknown: Variant[] = [
    { name: 'unknown language: Armenian letters', html: unknownLanguage(html, 'hy', 'armenian'), url },
    {
      name: `unknown language: ${second === 'hangul' ? 'Hangul syllables' : 'Devanagari letters'}`,
      html: unknownLanguage(html, second, second),
      url,
    },
  ];
  const drift: Variant[] = [
    ...MARKUP_DRIFT_KINDS.map((kind) => ({ name: `markup drift: ${kind}`, html: markupDrift(html, [kind]), url })),
    { name: 'markup drift: all combined', html: markupDrift(html, MARKUP_DRIFT_KINDS), url },
  ];
  const portal = latePortal(html);
  return {
    'unknown language': unknown,
    'markup drift': drift,
    'late portal': portal === null ? [] : [{ name: 'late portal: dialog appended after a 300-post feed', html: portal, url }],
    'address drift': addressDrift(url).map((a) => ({ name: `address drift: ${a.name}`, html, url: a.url })),
  };
}
