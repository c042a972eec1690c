import { browser } from 'wxt/browser';
import { z } from 'zod';
import { matchSchema } from '../messaging/schemas';
import { MAX_REPORTED_MATCHES } from '../messaging/types';

const MAX_DISMISSED = 50;

export const tabStateSchema = z.object({
  /** The page URL the screen was recognised on. */
  url: z.string().max(4_096),
  /** Best first; empty when no screen is recognised in the tab now. */
  matches: z.array(matchSchema).max(MAX_REPORTED_MATCHES),
  /** A security step no topic knows (only when `matches` is empty): its heading, redacted. Absent in older states. */
  unknown: z.strictObject({ heading: z.string().max(200) }).nullable().catch(null),
  /**
   * The page's own labels of the top topic's controls, redacted, keyed by every phrase of the rule
   * condition that saw them (src/engine/labels.ts): the panel shows them beside the article's labels.
   */
  labels: z.record(z.string().max(200), z.string().max(100)).refine((l) => Object.keys(l).length <= 200).catch({}),
  /** Topics whose hint the person dismissed in this tab (kept across the tab's navigations). */
  dismissed: z.array(z.string().max(100)).max(MAX_DISMISSED),
  updatedAt: z.number(),
});

export type TabState = z.infer<typeof tabStateSchema>;

const PREFIX = 'tab:';
export const tabKey = (tabId: number) => `${PREFIX}${tabId}`;

export function emptyTabState(): TabState {
  return { url: '', matches: [], unknown: null, labels: {}, dismissed: [], updatedAt: 0 };
}

/** Parses a stored value; anything malformed reads as null ("nothing known about this tab"). */
export function parseTabState(stored: unknown): TabState | null {
  const result = tabStateSchema.safeParse(stored);
  return result.success ? result.data : null;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  return parseTabState((await browser.storage.session.get(key))[key]);
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  const dismissed = state.dismissed.slice(-MAX_DISMISSED);
  await browser.storage.session.set({ [tabKey(tabId)]: { ...state, dismissed } });
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

/** Every tab Signpost holds state for (used to restore badges after a service-worker restart). */
export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const tabId = Number(key.slice(PREFIX.length));
    const state = parseTabState(value);
    if (Number.isInteger(tabId) && state) out.set(tabId, state);
  }
  return out;
}

/** Calls `onChange` whenever this tab's state is written or removed. Returns the unsubscribe. */
export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) onChange(parseTabState(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
