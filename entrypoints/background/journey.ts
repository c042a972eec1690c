import { isSiteHome } from '../../src/settings/sites';
import type { TabState } from '../../src/storage/tab-state';

/** A feed reached this long after the last recognised screen is another visit, not that login going through. */
export const ASK_WITHIN_MS = 30 * 60_000;

/** What the newest report of a tab says (src/messaging: ScreenReport), as the journey reads it. */
export interface Seen {
  top: string | undefined;
  step: string | null;
  error: boolean;
  url: string;
  at: number;
}

/**
 * The problem followed through a tab's screens (the tab state's `journey` and `ask`). Pure: the
 * background calls it with each report. The same top topic adds the step it reached; a new topic
 * starts afresh; an error after the topic's screen was seen without one means the fix was tried and
 * refused. When no topic shows and the tab is on the site's feed soon after, the login got through:
 * the panel asks whether the article helped (unless the person or the organisation turned that off).
 */
export function followed(state: TabState, now: Seen, askHelped: boolean): Pick<TabState, 'journey' | 'ask'> {
  const { top, step, error, url, at } = now;
  if (top !== undefined) {
    const same = state.journey?.topic === top;
    const steps = same ? state.journey!.steps : [];
    // An error on the topic's first screen is that screen; one that comes after it means the fix was tried.
    const failed = same && error && (state.journey!.failed || !state.error);
    return { journey: { topic: top, steps: step && !steps.includes(step) ? [...steps, step].slice(-20) : steps, failed }, ask: null };
  }
  if (state.journey && isSiteHome(url))
    return { journey: null, ask: askHelped && at - state.updatedAt <= ASK_WITHIN_MS ? { topic: state.journey.topic } : null };
  return { journey: state.journey, ask: state.ask };
}
