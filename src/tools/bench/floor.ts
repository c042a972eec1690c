import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OBSERVE_OPTIONS } from '../../observe/watcher';

/** Where the floor extension's content script runs (no other extension does). */
export const FLOOR_ORIGIN = 'https://floor.invalid';

/**
 * The floor: an unpacked extension whose content script does nothing but observe the document as
 * ours does (the same options) with an empty callback. What it costs a page is the least any
 * content script that reacts to DOM changes can cost; ours is measured beside it.
 */
export function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Signpost bench floor',
    version: '1.0',
    content_scripts: [{ matches: [`${FLOOR_ORIGIN}/*`], js: ['floor.js'], run_at: 'document_end' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'floor.js'),
    `new MutationObserver(() => {}).observe(document.documentElement, ${JSON.stringify(OBSERVE_OPTIONS)});\n`,
  );
  return dir;
}
