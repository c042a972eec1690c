import { browser } from 'wxt/browser';
import { z } from 'zod';
import { repairStoredPacks } from '../packs/store';
import { recordInternalError } from '../report/timeline';
import { DEFAULT_SETTINGS, parseSettings } from '../settings/schema';
import { SETTINGS_KEY } from '../settings/store';
import { parseTabState } from './tab-state';

/**
 * Versioned storage with migrations, and a repair pass for corrupt values. Runs once when the
 * background starts (before it trusts anything stored):
 *
 * 1. `storage.local` `storageVersion` says which layout the stored data has. Each migration moves
 *    data from version n-1 to n; the version is written after the last one succeeds. A version newer
 *    than this build (a downgrade) is left alone: nothing is deleted that a newer Signpost wrote.
 * 2. Every key Signpost owns is validated. Garbage (not merely an older shape the readers already
 *    accept) is replaced by its default — a broken settings field by that field's default, the rest
 *    kept — and a note goes to the diagnostics log (`diag:errors`), so support can see it happened.
 *
 * Readers stay defensive on their own (every read is zod-validated); this pass makes the repair
 * visible and durable instead of re-failing silently on every read.
 */

export const STORAGE_VERSION_KEY = 'storageVersion';
export const STORAGE_VERSION = 1;

/** Migration to version n, keyed by n. Version 1 is the first versioned layout: nothing to move. */
export const MIGRATIONS: Record<number, () => Promise<void>> = {
  1: async () => undefined,
};

const droppedSchema = z.object({ total: z.number().int().min(0), byReason: z.record(z.string(), z.number().int().min(0)) });
const listSchema = z.array(z.unknown());
/** storage.session keys whose value must parse; a key that fails is removed (it then reads as empty). */
const SESSION_CHECKS: { matches: (key: string) => boolean; valid: (value: unknown) => boolean }[] = [
  { matches: (k) => /^tab:\d+$/.test(k), valid: (v) => parseTabState(v) !== null },
  { matches: (k) => k === 'diag:dropped', valid: (v) => droppedSchema.safeParse(v).success },
  { matches: (k) => k === 'diag:timeline' || k === 'diag:errors', valid: (v) => listSchema.safeParse(v).success },
];

export interface StorageCheck {
  /** The version found before migrating (0: none stored). */
  from: number;
  /** The version stored now. */
  to: number;
  /** One line per repair, as written to the diagnostics log. */
  notes: string[];
}

export async function checkStorage(): Promise<StorageCheck> {
  const notes: string[] = [];

  // 1. Version and migrations.
  const storedVersion = (await browser.storage.local.get(STORAGE_VERSION_KEY))[STORAGE_VERSION_KEY];
  let from = 0;
  if (storedVersion !== undefined) {
    if (Number.isInteger(storedVersion) && (storedVersion as number) >= 0) from = storedVersion as number;
    else notes.push(`storage: ${STORAGE_VERSION_KEY} was unreadable; migrations run again from the start`);
  }
  let to = from;
  if (from < STORAGE_VERSION) {
    for (let v = from + 1; v <= STORAGE_VERSION; v++) {
      await MIGRATIONS[v]?.();
      to = v;
    }
    await browser.storage.local.set({ [STORAGE_VERSION_KEY]: to });
  }

  // 2. Settings (storage.sync): repair broken fields, keep the rest.
  const settings = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (settings !== undefined) {
    const repaired = parseSettings(settings);
    const isObject = typeof settings === 'object' && settings !== null && !Array.isArray(settings);
    const broken = isObject
      ? (Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]).filter(
          (k) => k in settings && JSON.stringify((settings as Record<string, unknown>)[k]) !== JSON.stringify(repaired[k]),
        )
      : ['all'];
    if (broken.length > 0) {
      await browser.storage.sync.set({ [SETTINGS_KEY]: repaired });
      notes.push(`storage: settings (${broken.join(', ')}) unreadable; defaults restored`);
    }
  }

  // 3. storage.session: drop what does not parse.
  const session = await browser.storage.session.get(null);
  const bad = Object.entries(session)
    .filter(([key, value]) => SESSION_CHECKS.some((c) => c.matches(key) && !c.valid(value)))
    .map(([key]) => key);
  if (bad.length > 0) {
    await browser.storage.session.remove(bad);
    notes.push(`storage: ${bad.length === 1 ? bad[0] : `${bad.length} session keys (${bad.slice(0, 5).join(', ')})`} unreadable; reset`);
  }

  // 4. Imported rule packs (storage.local): drop entries that do not validate, keep the rest.
  const packsNote = await repairStoredPacks();
  if (packsNote) notes.push(packsNote);

  for (const note of notes) await recordInternalError('error', note);
  return { from, to, notes };
}
