import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from './schema';

/** One storage.sync item holds every setting (well under the 8 KB per-item quota). */
export const SETTINGS_KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Deep-merges `patch` over the current settings (one level: enough for `sites`) and saves. */
export async function updateSettings(patch: DeepPartial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const old = merged[key];
    merged[key] = isPlainObject(old) && isPlainObject(value) ? { ...old, ...value } : value;
  }
  const next = parseSettings(merged);
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the complete new settings whenever they change. Returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Back to the defaults (the settings page's "reset"). */
export async function resetSettings(): Promise<Settings> {
  await browser.storage.sync.remove(SETTINGS_KEY);
  return parseSettings(undefined);
}
