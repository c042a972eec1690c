import table from 'virtual:signpost/match-table';
import type { KnownScreen } from '../../src/screens/effects';
import { loadBundledScreens } from '../../src/screens/screens';
import { checkPackScreens, type ScreenCheck } from '../../src/packs/screen-check';
import type { RulePack } from '../../src/packs/validate';

/**
 * The bundled screens for the settings page's pack checks, loaded the first time they are needed (a
 * pack imported, or a policy's pack to show): they are a chunk of their own (src/screens), and most
 * people never import a pack. A failed load is forgotten, so the next attempt loads again.
 */
let loading: Promise<KnownScreen[]> | null = null;

export function bundledScreens(): Promise<KnownScreen[]> {
  if (!loading) {
    const started = loadBundledScreens().then((list) =>
      list.map((s): KnownScreen => ({ name: s.file, snapshot: { ...s.snapshot, url: s.url }, bundled: true })),
    );
    started.catch(() => loading === started && (loading = null));
    loading = started;
  }
  return loading;
}

/** What the packs, merged over the bundled rules, do to every bundled screen. */
export async function screenCheck(packs: readonly RulePack[]): Promise<ScreenCheck> {
  return checkPackScreens(table, packs, await bundledScreens());
}
