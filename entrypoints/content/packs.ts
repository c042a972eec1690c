import table from 'virtual:signpost/match-table';
import { browser } from 'wxt/browser';
import type { TableRule } from '../../src/engine/types';
import { mergePackTable, PACK_TABLE_KEY, parsePackTable } from '../../src/packs/merge-table';
import type { Lifetime } from '../../src/observe/lifetime';

/**
 * The rules in effect: the bundled table with the organisation's rule packs merged in, as the
 * background compiled them (storage.local `packTable`, src/packs) — once read at start (one storage
 * read: the first look waits for it, so the first report already counts the packs), and again
 * whenever they change.
 */
export function watchRules(ctx: Lifetime, use: (rules: readonly TableRule[]) => void): void {
  const apply = (stored: unknown) => use(mergePackTable(table, parsePackTable(stored)));
  ctx.listenTo(browser.storage.onChanged, (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[PACK_TABLE_KEY];
    // Only a real change: the background may write the same rules again (a worker start).
    if (area === 'local' && change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue)) apply(change.newValue);
  });
  browser.storage.local.get(PACK_TABLE_KEY).then(
    (stored) => apply(stored[PACK_TABLE_KEY]),
    () => apply(undefined),
  );
}
