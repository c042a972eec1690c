import { parseHtmlDocument } from './parse-html';
import { captureDocument } from '../report/capture';
import { fixtureUrl } from './fixtures';
import type { Fixture } from './fixtures';
import type { BundledScreen } from './screens';

/**
 * Node only (the build): fixtures → bundled screens. Exactly what "Capture this screen" does to a
 * live page (report/capture.ts: snapshot of the DOM first, then the sanitised copy, then redaction
 * of both), so a bundled screen is what support staff would get from a person's capture of it.
 */
export function bundleScreen(f: Fixture): BundledScreen {
  const url = fixtureUrl(f);
  const { snapshot, page } = captureDocument(parseHtmlDocument(f.html), url, { at: '' }, parseHtmlDocument);
  const platform = f.expect === null ? 'negative' : (f.file.split('/')[0] ?? '');
  return { file: f.file, platform, expect: f.expect, layout: f.layout, url, lang: f.lang, snapshot, ...(page ? { page } : {}) };
}

export const bundleScreens = (fixtures: readonly Fixture[]): BundledScreen[] => fixtures.map(bundleScreen);

/** The virtual module's code: JSON.parse of one string literal parses faster than an object literal. */
export const screensModule = (screens: readonly BundledScreen[]) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(screens))});`;
