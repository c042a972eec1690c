import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { matchSchema } from '../messaging/schemas';
import { MAX_REPORTED_MATCHES } from '../messaging/types';
import { TAB_KEY_PREFIX, tabKey } from './keys';

const MAX_DISMISSED = 50;

export const tabStateSchema = z.object({
  /** The page URL the screen was recognised on. */
  url: z.string().check(z.maxLength(4_096)),
  /** Best first; empty when no screen is recognised in the tab now. */
  matches: z.array(matchSchema).check(z.maxLength(MAX_REPORTED_MATCHES)),
  /** A security step no topic knows (only when `matches` is empty): its heading, redacted. Absent in older states. */
  unknown: z.catch(z.nullable(z.strictObject({ heading: z.string().check(z.maxLength(200)) })), null),
  /**
   * The page's own labels of the top topic's controls, redacted, keyed by every phrase of the rule
   * condition that saw them (src/engine/labels.ts): the panel shows them beside the article's labels.
   */
  labels: z.catch(
    z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(100))).check(z.refine((l) => Object.keys(l).length <= 200)),
    {},
  ),
  /**
   * The platform's messages the top topic saw, in the page's language: the phrase that held, keyed
   * by every phrase of its condition (src/engine/labels.ts `heldPhrases`); rule words only.
   */
  quotes: z.catch(
    z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(200))).check(z.refine((q) => Object.keys(q).length <= 200)),
    {},
  ),
  /** The step of its platform's flow the page is at (src/engine/steps.ts), or null. */
  step: z.catch(z.nullable(z.string().check(z.maxLength(60))), null),
  /** The page shows an error message: the panel leads with what to do when the fix did not work. */
  error: z.catch(z.boolean(), false),
  /**
   * The problem followed through its screens: the top topic and the steps seen while it stayed on
   * top (the panel marks the fix steps those prove done); `failed`: an error came up after the
   * topic's screen was seen without one (the fix was tried and refused: "If that doesn't work" applies). Kept while no topic shows, so that the
   * feed after it can ask whether it helped; a new topic starts a new one.
   */
  journey: z.catch(
    z.nullable(
      z.strictObject({
        topic: z.string().check(z.maxLength(100)),
        steps: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(20)),
        failed: z.boolean(),
      }),
    ),
    null,
  ),
  /** The topic's screen is gone and the person is on the site's feed: ask whether it helped. */
  ask: z.catch(z.nullable(z.strictObject({ topic: z.string().check(z.maxLength(100)) })), null),
  /** Topics whose hint the person dismissed in this tab (kept across the tab's navigations). */
  dismissed: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(MAX_DISMISSED)),
  updatedAt: z.number(),
});

export type TabState = z.infer<typeof tabStateSchema>;

export function emptyTabState(): TabState {
  return {
    url: '',
    matches: [],
    unknown: null,
    labels: {},
    quotes: {},
    step: null,
    error: false,
    journey: null,
    ask: null,
    dismissed: [],
    updatedAt: 0,
  };
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

/**
 * The question "Did this fix it?" was answered in the side panel: it is not asked again for that
 * screen. The only tab-state write outside the background; it touches `ask` alone, and only if the
 * state still asks about `topic` (a newer screen may have replaced it meanwhile).
 */
export async function clearAsk(tabId: number, topic: string): Promise<void> {
  const state = await getTabState(tabId);
  if (state?.ask?.topic === topic) await setTabState(tabId, { ...state, ask: null });
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

/** Every tab Signpost holds state for (used to restore badges after a service-worker restart). */
export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const out = new Map<number, TabState>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TAB_KEY_PREFIX)) continue;
    const tabId = Number(key.slice(TAB_KEY_PREFIX.length));
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
