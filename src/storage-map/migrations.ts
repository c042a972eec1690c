/**
 * The layout of what Signpost stores, versioned: `storage.local` `storageVersion` says which layout
 * the stored data has. Each migration moves data from version n-1 to n; the storage check
 * (integrity.ts) runs those past the stored version when the background starts, and writes the
 * version once its repairs are done too: a migration may run again after a check cut short, so each
 * must be safe to repeat. A version newer than this build (a downgrade) is left alone: nothing is deleted that a
 * newer Signpost wrote.
 */
export const STORAGE_VERSION = 1;

/** Migration to version n, keyed by n. Version 1 is the first versioned layout: nothing to move. */
export const MIGRATIONS: Record<number, () => Promise<void>> = {
  1: async () => undefined,
};

/** The stored version; 0 when none is stored, null when what is stored is no version. */
export function parseStorageVersion(stored: unknown): number | null {
  if (stored === undefined) return 0;
  return Number.isInteger(stored) && (stored as number) >= 0 ? (stored as number) : null;
}
