import { parseRequest } from '../lookup/request';
import { parseCheckCache } from '../packs/check-cache';
import { parsePackTopics } from '../packs/derived';
import { parsePackTable } from '../packs/effective';
import { parsePackState } from '../packs/state';
import { parseStoredPacks, repairStoredPacks } from '../packs/store';
import { parseManagedPolicy } from '../settings/policy/managed';
import { actionEntrySchema } from '../report/actions';
import { parseList } from '../report/session-log';
import { internalErrorSchema, timelineEntrySchema } from '../report/timeline';
import { DEFAULT_SETTINGS, parseSettings } from '../settings/schema';
import { parseDropped } from '../storage/counters';
import { parseHelped } from '../storage/helped';
import * as KEY from '../storage/keys';
import { parseStorageVersion } from './migrations';
import { parseTabState } from '../storage/tab-state';

/**
 * The storage map: every key Signpost writes, with who writes and reads it, the parse its readers
 * use (never throws; a corrupt value reads as its default, or as nothing known) and what the storage
 * check does with it when the background starts (integrity.ts walks this table). ARCHITECTURE.md's
 * storage table says the same, row for row (`storageMapTable`, tests/unit/storage-map.test.ts).
 */
export type StorageArea = 'sync' | 'local' | 'session';

export type Repair =
  /** `storageVersion`: the migrations run from the version stored (migrations.ts); unreadable, from the start. */
  | { how: 'migrate' }
  /** An object of fields: each broken field back to its default (what the parse gives), the rest kept. */
  | { how: 'reset-broken-fields'; fields: readonly string[] }
  /** Removed when unreadable: it then reads as nothing. */
  | { how: 'remove-unreadable'; readable: (stored: unknown) => boolean }
  /** A list: its unreadable entries removed, the good ones kept. Returns the diagnostics note, or null. */
  | { how: 'drop-unreadable-entries'; repair: () => Promise<string | null> }
  /** Left to its writer: `why` says how a corrupt value goes away (meanwhile it reads as its default). */
  | { how: 'left'; why: string };

export interface StoredKey {
  area: StorageArea;
  /** The key; a key per tab is given by its pattern, `tab:<id>`. */
  key: string;
  /** Is a stored key this one (for a pattern, any key it covers)? */
  matches: (key: string) => boolean;
  writtenBy: string;
  readBy: string;
  /** The file of the parse, and how it reads, as ARCHITECTURE.md gives it. */
  parsedIn: string;
  parse: (stored: unknown) => unknown;
  repair: Repair;
}

/** An entry for one key (every key but the tabs', which is a pattern). */
const exactly = (key: string) => ({ key, matches: (stored: string) => stored === key });
const removedUnlessReadable = (readable: (stored: unknown) => boolean): Repair => ({ how: 'remove-unreadable', readable });

export const STORAGE_MAP: readonly StoredKey[] = [
  {
    area: 'sync',
    ...exactly(KEY.SETTINGS_KEY),
    writtenBy: "settings page; side panel (a topic's hint back on); background (the card's mute)",
    readBy: 'every context but the content script',
    parsedIn:
      '`src/settings/schema.ts` (each field `.catch`es to its default); the first views read `uiLanguage` alone, to the same answer (`src/first-view/language.ts`)',
    parse: parseSettings,
    repair: { how: 'reset-broken-fields', fields: Object.keys(DEFAULT_SETTINGS) },
  },
  {
    area: 'local',
    ...exactly(KEY.STORAGE_VERSION_KEY),
    writtenBy: 'background (migrations)',
    readBy: 'background',
    parsedIn: '`src/storage-map/migrations.ts`',
    parse: parseStorageVersion,
    repair: { how: 'migrate' },
  },
  {
    area: 'local',
    ...exactly(KEY.RULE_PACKS_KEY),
    writtenBy: "settings page (import, on/off, remove); replay's rule builder (a rule added to a pack)",
    readBy: "background, settings page, replay's rule builder",
    parsedIn: '`src/packs/store.ts` (each entry checked again as a pack)',
    parse: (stored) => parseStoredPacks(stored).packs,
    repair: { how: 'drop-unreadable-entries', repair: repairStoredPacks },
  },
  {
    area: 'local',
    ...exactly(KEY.PACK_TABLE_KEY),
    writtenBy: 'background (the match rules of the packs in effect)',
    readBy: 'content script',
    parsedIn: '`src/packs/effective.ts` (by hand: no zod there)',
    parse: parsePackTable,
    repair: { how: 'left', why: 'rewritten by the background at every start' },
  },
  {
    area: 'local',
    ...exactly(KEY.PACK_TOPICS_KEY),
    writtenBy: 'background (the pack topics in effect, articles as safe trees)',
    readBy: 'side panel, popup (their first views: the ids only, `src/first-view`)',
    parsedIn: '`src/packs/derived.ts`, loaded by `src/ui/pack-topics.ts` only when there are some',
    parse: parsePackTopics,
    repair: { how: 'left', why: 'rewritten by the background at every start' },
  },
  {
    area: 'local',
    ...exactly(KEY.PACK_CHECKS_KEY),
    writtenBy: "background (a pack's check, by SHA-256)",
    readBy: 'background',
    parsedIn: '`src/packs/check-cache.ts`',
    parse: parseCheckCache,
    repair: { how: 'left', why: 'an unreadable entry reads as unchecked: the pack is checked again and the entry rewritten' },
  },
  {
    area: 'local',
    ...exactly(KEY.PACK_STATE_KEY),
    writtenBy: 'background (each pack: in effect, off or refused, and why)',
    readBy: 'settings page',
    parsedIn: '`src/packs/state.ts`',
    parse: parsePackState,
    repair: { how: 'left', why: 'reads as no packs until the background next writes it' },
  },
  {
    area: 'local',
    ...exactly(KEY.POLICY_COPY_KEY),
    writtenBy: 'background and pages (the last policy read)',
    readBy: 'every reader of settings',
    parsedIn: '`src/settings/policy/managed.ts`; the first views read `uiLanguage` alone (`src/first-view/language.ts`)',
    parse: parseManagedPolicy,
    repair: { how: 'left', why: 'reads as no policy; rewritten at the next policy read' },
  },
  {
    area: 'local',
    ...exactly(KEY.HELPED_KEY),
    writtenBy: 'side panel ("Did this fix it?"); settings page (reset)',
    readBy: 'settings page, diagnostics',
    parsedIn: '`src/storage/helped.ts`',
    parse: parseHelped,
    repair: { how: 'left', why: 'reads as no answers; replaced at the next answer' },
  },
  {
    area: 'session',
    key: `${KEY.TAB_KEY_PREFIX}<id>`,
    matches: (stored) => stored.startsWith(KEY.TAB_KEY_PREFIX) && /^\d+$/.test(stored.slice(KEY.TAB_KEY_PREFIX.length)),
    writtenBy: 'background (each screen report); side panel ("Did this fix it?" answered)',
    readBy: "background, side panel, popup (their first views: the topics' ids only, `src/first-view`)",
    parsedIn: '`src/storage/tab-state.ts`',
    parse: parseTabState,
    repair: removedUnlessReadable((stored) => parseTabState(stored) !== null),
  },
  {
    area: 'session',
    ...exactly(KEY.LOOKUP_REQUEST_KEY),
    writtenBy: 'popup (an article to open)',
    readBy: 'side panel',
    parsedIn: '`src/lookup/request.ts`',
    parse: parseRequest,
    repair: { how: 'left', why: 'reads as no request; removed when read' },
  },
  {
    area: 'session',
    ...exactly(KEY.TIMELINE_KEY),
    writtenBy: 'background (each recognition)',
    readBy: 'diagnostics',
    parsedIn: '`src/report/timeline.ts`',
    parse: (stored) => parseList(stored, timelineEntrySchema),
    repair: removedUnlessReadable(Array.isArray),
  },
  {
    area: 'session',
    ...exactly(KEY.ERRORS_KEY),
    writtenBy: 'background (internal errors, repairs)',
    readBy: 'diagnostics',
    parsedIn: '`src/report/timeline.ts`',
    parse: (stored) => parseList(stored, internalErrorSchema),
    repair: removedUnlessReadable(Array.isArray),
  },
  ...(['background', 'pages'] as const).map(
    (by): StoredKey => ({
      area: 'session',
      ...exactly(KEY.ACTIONS_KEYS[by]),
      writtenBy: by === 'background' ? 'background (what the person did on a page)' : 'pages (what the person did in them)',
      readBy: 'diagnostics',
      parsedIn: '`src/report/actions.ts`',
      parse: (stored) => parseList(stored, actionEntrySchema),
      repair: { how: 'left', why: 'reads as empty; replaced at the next entry' },
    }),
  ),
  {
    area: 'session',
    ...exactly(KEY.DROPPED_KEY),
    writtenBy: 'background (messages refused)',
    readBy: 'diagnostics',
    parsedIn: '`src/storage/counters.ts`',
    parse: parseDropped,
    repair: removedUnlessReadable((stored) => parseDropped(stored) !== null),
  },
];

/** What the storage check does with a corrupt value of the key, in words (ARCHITECTURE.md's last column). */
export function repairInWords(repair: Repair): string {
  switch (repair.how) {
    case 'migrate':
      return 'unreadable: the migrations run again from the start';
    case 'reset-broken-fields':
      return 'each broken field back to its default, the rest kept';
    case 'remove-unreadable':
      return 'removed at start when unreadable';
    case 'drop-unreadable-entries':
      return 'unreadable entries removed at start, the good ones kept';
    case 'left':
      return repair.why;
  }
}

/** The map as ARCHITECTURE.md prints it: a Markdown table, one row per key. */
export function storageMapTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = STORAGE_MAP.map((k) =>
    [k.area, `\`${k.key}\``, k.writtenBy, k.readBy, k.parsedIn, repairInWords(k.repair)].map(cell).join(' | '),
  );
  return [
    '| area | key | written by | read by | parsed in | a corrupt value, at start |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
