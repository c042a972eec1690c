import { describe, expect, it } from 'vitest';
import { ASK_WITHIN_MS, followed } from '../../entrypoints/background/journey';
import { emptyTabState, type TabState } from '../../src/storage/tab-state';

const TOPIC = 'instagram/suspicious-login';
const CHALLENGE = 'https://www.instagram.com/challenge/1/a/';
/** Runs reports through the journey as the background does, one after another. */
function through(reports: { top?: string; step?: string; error?: boolean; url?: string; at?: number }[], askHelped = true): TabState {
  let state = emptyTabState();
  for (const r of reports) {
    const at = r.at ?? state.updatedAt + 1_000;
    state = {
      ...state,
      ...followed(state, { top: r.top, step: r.step ?? null, error: r.error ?? false, url: r.url ?? CHALLENGE, at }, askHelped),
      error: r.error ?? false,
      updatedAt: at,
    };
  }
  return state;
}

describe('the problem followed through a tab', () => {
  it('adds the steps one topic reaches; an error after its screen was seen without one is a refused fix', () => {
    const s = through([
      { top: TOPIC, step: 'instagram/challenge-choose' },
      { top: TOPIC, step: 'instagram/challenge-code' },
      { top: TOPIC, step: 'instagram/challenge-code', error: true },
    ]);
    expect(s.journey).toEqual({ topic: TOPIC, steps: ['instagram/challenge-choose', 'instagram/challenge-code'], failed: true });
  });
  it('an error on the first screen of a topic is that screen, not a refused fix; a new topic starts afresh', () => {
    expect(through([{ top: 'instagram/invalid-code', step: 'instagram/two-factor-error', error: true }]).journey?.failed).toBe(false);
    expect(
      through([
        { top: TOPIC, step: 'a/b' },
        { top: 'x/other', step: 'c/d' },
      ]).journey,
    ).toEqual({ topic: 'x/other', steps: ['c/d'], failed: false });
  });
  it('asks on the feed soon after, once; not on another page, not when switched off, not an hour later', () => {
    const feed = 'https://www.instagram.com/';
    expect(through([{ top: TOPIC }, { url: feed }]).ask).toEqual({ topic: TOPIC });
    expect(through([{ top: TOPIC }, { url: 'https://www.instagram.com/accounts/onetap/' }]).ask).toBeNull();
    expect(through([{ top: TOPIC }, { url: 'https://www.instagram.com/accounts/onetap/' }, { url: feed }]).ask).toEqual({ topic: TOPIC });
    expect(through([{ top: TOPIC }, { url: feed }], false).ask).toBeNull();
    expect(
      through([
        { top: TOPIC, at: 1 },
        { url: feed, at: 2 + ASK_WITHIN_MS },
      ]).ask,
    ).toBeNull();
    // Asked once: the journey is spent.
    expect(through([{ top: TOPIC }, { url: feed }, { url: feed }]).ask).toEqual({ topic: TOPIC });
    expect(through([{ top: TOPIC }, { url: feed }]).journey).toBeNull();
  });
});
