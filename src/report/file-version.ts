/**
 * The snapshot file format version this build writes. It reads every version up to this one:
 * 1 — the engine snapshot only (the CLI's `match` input, early exports);
 * 2 — adds `page`, the sanitised copy of the screen, and `capture`, when and by what it was taken.
 * Plain constants (no zod) so the content script can stamp the files it captures.
 */
export const SNAPSHOT_FILE_VERSION = 2;
export const SNAPSHOT_FORMAT = 'signpost-snapshot';
