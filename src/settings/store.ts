import { browser } from 'wxt/browser';
import { applyPolicy, parseManagedPolicy, policyInForce, watchManagedPolicy } from './policy/managed';
import { POLICY_COPY_KEY, SETTINGS_KEY } from '../storage/keys';
import { parseSettings, type Settings } from './schema';

// One storage.sync item, `settings`, holds every setting (well under the 8 KB per-item quota).

/**
 * The settings in force: the person's (storage.sync) with whatever the organisation's policy fixes
 * (storage.managed, src/settings/policy) on top. Every consumer reads these; only the settings page needs
 * to know which fields are locked (`readManagedPolicy().locked`).
 */
export async function getSettings(): Promise<Settings> {
  // Every report reads these: the policy's fast answer (a slow first read is followed up through watchSettings).
  const [user, policy] = await Promise.all([getUserSettings(), policyInForce()]);
  return applyPolicy(user, policy);
}

/**
 * The settings in force without waiting on storage.managed: the person's, with the copy of the last
 * policy read (what `getSettings` itself serves when the managed read is slow, as it often is when a
 * page starts). For a page's first screen; `getSettings` and `watchSettings` follow with the policy
 * read now, which differs only when the organisation changed it since.
 */
export async function getSettingsNow(): Promise<Settings> {
  const [user, copy] = await Promise.all([
    getUserSettings(),
    browser.storage.local.get(POLICY_COPY_KEY).then(
      (stored) => stored[POLICY_COPY_KEY],
      () => undefined, // no copy readable: the empty policy, as policyInForce does
    ),
  ]);
  return applyPolicy(user, parseManagedPolicy(copy));
}

/** The person's own choices, without the policy (what `updateSettings` edits). */
export async function getUserSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * Deep-merges `patch` over the person's settings (one level: enough for `sites`) and saves; returns
 * the settings in force. A field the policy locks is left out of the patch: a policy value cannot
 * be overridden, and the person's own choice under it is kept for the day the policy goes.
 */
// One update at a time: each reads, merges and writes, and the policy read inside may be slow, so two
// quick changes (a checkbox, then a language) must not both start from the same old settings.
let updates: Promise<unknown> = Promise.resolve();
export function updateSettings(patch: DeepPartial<Settings>): Promise<Settings> {
  const run = updates.then(() => applyUpdate(patch));
  updates = run.catch(() => undefined);
  return run;
}

async function applyUpdate(patch: DeepPartial<Settings>): Promise<Settings> {
  // The fast answer: a save right after the browser starts must not wait seconds (locked controls are
  // disabled in the page anyway, and the policy is applied on top whatever is stored).
  const [current, policy] = await Promise.all([getUserSettings(), policyInForce()]);
  const locked = new Set<string>(policy.locked);
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (locked.has(key)) continue;
    const old = merged[key];
    if (isPlainObject(old) && isPlainObject(value)) {
      const unlocked = Object.entries(value).filter(([sub]) => !locked.has(`${key}.${sub}`));
      merged[key] = { ...old, ...Object.fromEntries(unlocked) };
    } else merged[key] = value;
  }
  const next = parseSettings(merged);
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return applyPolicy(next, policy);
}

/**
 * Calls `onChange` with the complete settings in force whenever they change: the person's
 * (storage.sync) or the organisation's (storage.managed). Returns the unsubscribe.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Each change re-reads both areas; a slower older read must not land after a newer one.
  let latest = 0;
  let live = true;
  const refresh = () => {
    const ticket = ++latest;
    void getSettings().then(
      (settings) => live && ticket === latest && onChange(settings),
      () => undefined,
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  const offPolicy = watchManagedPolicy(refresh);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
    offPolicy();
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The person's settings back to the defaults (the settings page's "reset"); the policy still applies. */
export async function resetSettings(): Promise<Settings> {
  await browser.storage.sync.remove(SETTINGS_KEY);
  return applyPolicy(parseSettings(undefined), await policyInForce());
}
