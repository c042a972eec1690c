import { browser } from 'wxt/browser';
import { recordInternalError } from '../report/timeline';
import { STORAGE_VERSION_KEY } from '../storage/keys';
import { STORAGE_MAP, type StorageArea, type StoredKey } from './map';
import { MIGRATIONS, parseStorageVersion, STORAGE_VERSION } from './migrations';

/**
 * The storage check, once when the background starts (before it trusts anything stored): it walks
 * the storage map (map.ts), every key Signpost writes, and does what each entry's `repair` says.
 *
 * 1. Migrations first (migrations.ts): `storageVersion` says which layout the stored data has; the
 *    new version is written once the whole check is done.
 * 2. Then garbage (not merely an older shape the readers already accept) is repaired: a broken
 *    settings field back to its default, the rest kept; an unreadable session value removed; the
 *    unreadable stored packs dropped, the good ones kept. Each repair leaves a note in the
 *    diagnostics log (`diag:errors`), so support can see it happened. Keys the map leaves to their
 *    writer (rewritten at every start, or at the next write) are not touched here: the background
 *    rewrites some of them at this very moment.
 *
 * Readers stay defensive on their own (every read is parsed); this pass makes the repair visible and
 * durable instead of re-failing silently on every read.
 */

export interface StorageCheck {
  /** The version found before migrating (0: none stored). */
  from: number;
  /** The version stored now. */
  to: number;
  /** One line per repair, as written to the diagnostics log. */
  notes: string[];
}

type Entry<H extends StoredKey['repair']['how']> = StoredKey & { repair: Extract<StoredKey['repair'], { how: H }> };
const withRepair = <H extends StoredKey['repair']['how']>(how: H): Entry<H>[] =>
  STORAGE_MAP.filter((entry): entry is Entry<H> => entry.repair.how === how);

export async function checkStorage(): Promise<StorageCheck> {
  const notes: string[] = [];
  const { from, to } = await migrate(notes);
  for (const entry of withRepair('reset-broken-fields')) await resetBrokenFields(entry, notes);
  for (const area of new Set(withRepair('remove-unreadable').map((e) => e.area))) await removeUnreadable(area, notes);
  for (const entry of withRepair('drop-unreadable-entries')) {
    const note = await entry.repair.repair();
    if (note) notes.push(note);
  }
  for (const note of notes) await recordInternalError('error', note);
  // Last: a check cut short (the worker stopped mid-way) leaves the old version, and runs again,
  // migrations and repairs, at the next start. Each migration and repair can run twice.
  if (to !== from) await browser.storage.local.set({ [STORAGE_VERSION_KEY]: to });
  return { from, to, notes };
}

async function migrate(notes: string[]): Promise<{ from: number; to: number }> {
  const version = parseStorageVersion((await browser.storage.local.get(STORAGE_VERSION_KEY))[STORAGE_VERSION_KEY]);
  if (version === null) notes.push(`storage: ${STORAGE_VERSION_KEY} was unreadable; migrations run again from the start`);
  const from = version ?? 0;
  let to = from;
  if (from < STORAGE_VERSION) {
    for (let v = from + 1; v <= STORAGE_VERSION; v++) {
      await MIGRATIONS[v]?.();
      to = v;
    }
  }
  return { from, to };
}

/** An object of fields (the settings): the broken ones back to their defaults, the rest kept. */
async function resetBrokenFields(entry: Entry<'reset-broken-fields'>, notes: string[]): Promise<void> {
  const area = browser.storage[entry.area];
  const stored = (await area.get(entry.key))[entry.key];
  if (stored === undefined) return;
  const repaired = entry.parse(stored) as Record<string, unknown>;
  const isObject = typeof stored === 'object' && stored !== null && !Array.isArray(stored);
  const broken = isObject
    ? entry.repair.fields.filter(
        (k) => k in stored && JSON.stringify((stored as Record<string, unknown>)[k]) !== JSON.stringify(repaired[k]),
      )
    : ['all'];
  if (broken.length === 0) return;
  await area.set({ [entry.key]: repaired });
  notes.push(`storage: ${entry.key} (${broken.join(', ')}) unreadable; defaults restored`);
}

/** Every value in `area` that a map entry reads and cannot: removed (one note for them all). */
async function removeUnreadable(area: StorageArea, notes: string[]): Promise<void> {
  const checks = withRepair('remove-unreadable').filter((e) => e.area === area);
  const stored = await browser.storage[area].get(null);
  const bad = Object.entries(stored)
    .filter(([key, value]) => checks.some((c) => c.matches(key) && !c.repair.readable(value)))
    .map(([key]) => key);
  if (bad.length === 0) return;
  await browser.storage[area].remove(bad);
  notes.push(`storage: ${bad.length === 1 ? bad[0] : `${bad.length} ${area} keys (${bad.slice(0, 5).join(', ')})`} unreadable; reset`);
}
