import type { Snapshot } from '../engine/types';
import type { PageCopy } from '../report/snapshot-file';

/**
 * One bundled screen: a screen fixture (tests/fixtures) as the build ships it inside the extension —
 * the engine snapshot and the sanitised page copy, both redacted as "Capture this screen" redacts,
 * plus what the fixture says it proves. Made at build time by ./vite-plugin.ts.
 */
export interface BundledScreen {
  /** Path under tests/fixtures, forward slashes, e.g. "instagram/suspicious-login/page-en.html". */
  file: string;
  /** 'instagram' | 'x' | 'general' | 'negative' (a negative is grouped apart, whatever its site). */
  platform: string;
  /** The topic that must rank first; null: nothing may match. */
  expect: string | null;
  layout: string;
  /** The fixture's real address (where the e2e tests serve it). */
  url: string;
  lang: string;
  /** Redacted engine snapshot (its own url masked as a capture's is). */
  snapshot: Snapshot;
  /** Sanitised, redacted page copy, for the sandboxed frame. */
  page?: PageCopy;
}

/**
 * The bundled screens. A dynamic import, so the data is a chunk of its own that only the pages
 * calling this download (the replay page; the settings page when it checks a rule pack); nothing
 * else in the extension carries it.
 */
export async function loadBundledScreens(): Promise<BundledScreen[]> {
  return (await import('virtual:signpost/screens')).default;
}
