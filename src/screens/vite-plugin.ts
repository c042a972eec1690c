import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FIXTURES_DIR, loadFixtures } from './fixtures';
import { bundleScreens, screensModule } from './bundle';

const SCREENS_ID = 'virtual:signpost/screens';

/**
 * `virtual:signpost/screens`: every screen fixture under tests/fixtures, redacted, made once per
 * build. Only src/screens/screens.ts imports it, dynamically, so it lands in a chunk of its own that
 * the replay page alone loads. Nothing else from tests/ reaches the build.
 */
export function signpostScreens(dir = FIXTURES_DIR): Plugin {
  let cache: string | null = null;
  return {
    name: 'signpost-screens',
    resolveId(id) {
      if (id === SCREENS_ID) return `\0${id}`;
    },
    load(id) {
      if (id !== `\0${SCREENS_ID}`) return;
      for (const f of readdirSync(dir, { recursive: true }) as string[]) if (f.endsWith('.html')) this.addWatchFile(join(dir, f));
      return (cache ??= screensModule(bundleScreens(loadFixtures(dir))));
    },
    watchChange() {
      cache = null;
    },
  };
}
