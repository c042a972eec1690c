/**
 * The name of every key Signpost keeps in storage, each written here only. Plain constants with no
 * imports: the content script reads `packTable` and may load nothing heavier than this. What each
 * key holds, who writes and reads it, its parse and its repair: the storage map, `src/storage-map/map.ts`.
 */

// storage.sync
export const SETTINGS_KEY = 'settings';

// storage.local
export const STORAGE_VERSION_KEY = 'storageVersion';
export const RULE_PACKS_KEY = 'rulePacks';
export const PACK_TABLE_KEY = 'packTable';
export const PACK_TOPICS_KEY = 'packTopics';
export const PACK_CHECKS_KEY = 'packChecks';
export const PACK_STATE_KEY = 'packState';
export const POLICY_COPY_KEY = 'policyCopy';
export const HELPED_KEY = 'helped';

// storage.session
/** One key per tab: `tab:<id>` (`tabKey`). */
export const TAB_KEY_PREFIX = 'tab:';
export const tabKey = (tabId: number): string => `${TAB_KEY_PREFIX}${tabId}`;
export const LOOKUP_REQUEST_KEY = 'lookup:show';
export const TIMELINE_KEY = 'diag:timeline';
export const ERRORS_KEY = 'diag:errors';
/** The background and the pages each append to their own list: two contexts writing one list could lose entries. */
export const ACTIONS_KEYS = { background: 'diag:actions', pages: 'diag:actions:pages' } as const;
export const DROPPED_KEY = 'diag:dropped';

// storage.managed: the organisation's policy, read only. Its keys are public (public/managed-schema.json):
// every settings field, and this one. The same word as the imported packs' key, yet a separate name:
// the policy's is a contract with administrators and never changes with Signpost's own layout.
export const POLICY_RULE_PACKS_KEY = 'rulePacks';
