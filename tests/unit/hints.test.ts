import { describe, expect, it } from 'vitest';
import { chooseCorner, boxAt } from '../../entrypoints/content/hint/placement';
import { createScheduler } from '../../src/observe/scheduler';
import { signatureOf } from '../../src/observe/recogniser';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { contentScriptTab } from '../../src/messaging/sender';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/schema';
import { parseTabState } from '../../src/storage/tab-state';

describe('scheduler', () => {
  function fakeHost() {
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    let now = 0;
    return {
      host: { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(() => cb(now)), setTimeout: (cb: () => void) => timers.push(cb) },
      frame: () => frames.splice(0).forEach((f) => f()),
      timers: () => timers.splice(0).forEach((t) => t()),
      advance: (ms: number) => (now += ms),
      now: () => now,
    };
  }

  it('runs at most one pass per frame however often it is asked, and the timer does not run it again', () => {
    const h = fakeHost();
    let passes = 0;
    const s = createScheduler(h.host, () => (passes++, false), { fallbackMs: 100, sliceMs: 4, backoffFactor: 4, calmMs: 32, now: h.now });
    for (let i = 0; i < 50; i++) s.request();
    h.frame();
    h.timers();
    expect(passes).toBe(1);
  });

  it('falls back to the timer when frames never come (background tab)', () => {
    const h = fakeHost();
    let passes = 0;
    const s = createScheduler(h.host, () => (passes++, false), { fallbackMs: 100, sliceMs: 4, backoffFactor: 4, calmMs: 32, now: h.now });
    s.request();
    h.timers();
    h.frame();
    expect(passes).toBe(1);
  });

  it('reschedules a pass that stopped with work left, and backs off after an overrun', () => {
    const h = fakeHost();
    let passes = 0;
    const s = createScheduler(h.host, () => (passes++, h.advance(10), passes < 2), { fallbackMs: 100, sliceMs: 4, backoffFactor: 4, calmMs: 32, now: h.now });
    s.request();
    h.frame();
    expect(passes).toBe(1);
    h.frame(); // backing off: the next pass waits for a timer, not the next frame
    expect(passes).toBe(1);
    h.timers();
    expect(passes).toBe(2);
  });

  it('spaces passes out after calm() (a storm of changes no rule reads)', () => {
    const h = fakeHost();
    let passes = 0;
    const s = createScheduler(h.host, () => (passes++, s.calm(), false), { fallbackMs: 100, sliceMs: 4, backoffFactor: 4, calmMs: 32, now: h.now });
    s.request();
    h.frame();
    h.timers();
    expect(passes).toBe(1);
    s.request();
    h.frame(); // the next frame is too soon
    expect(passes).toBe(1);
    h.advance(32);
    h.timers();
    expect(passes).toBe(2);
  });
});

describe('hint placement', () => {
  const view = { width: 1000, height: 800 };
  const card = { width: 300, height: 100 };
  it('prefers bottom-right and moves away from controls it would cover', () => {
    expect(chooseCorner(card, view, [])).toBe('br');
    const underBr = boxAt('br', 300, 100, view);
    expect(chooseCorner(card, view, [underBr])).toBe('bl');
    expect(chooseCorner(card, view, [underBr, boxAt('bl', 300, 100, view), boxAt('tr', 300, 100, view)])).toBe('tl');
  });
});

describe('report signature', () => {
  it('changes with the topic or the evidence, not with the score alone', () => {
    const a = signatureOf([{ id: 'x/a', score: 3, evidence: ['heading "a"'] }]);
    expect(signatureOf([{ id: 'x/a', score: 3, evidence: ['heading "a"'] }])).toBe(a);
    expect(signatureOf([{ id: 'x/b', score: 3, evidence: ['heading "a"'] }])).not.toBe(a);
    expect(signatureOf([{ id: 'x/a', score: 5, evidence: ['heading "a"', 'button "b"'] }])).not.toBe(a);
    expect(signatureOf([])).not.toBe(a);
  });
});

describe('messages and senders', () => {
  const ok = { id: 'ext', url: 'https://www.instagram.com/challenge/1/', frameId: 0, tab: { id: 7 } };
  it('accepts only our content script in a top frame on an allowed https host', () => {
    expect(contentScriptTab(ok, 'ext')).toBe(7);
    expect(contentScriptTab({ ...ok, id: 'other' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, frameId: 3 }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, tab: undefined }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'https://evil.example/' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'http://www.instagram.com/' }, 'ext')).toBeNull();
    expect(contentScriptTab({ ...ok, url: 'https://www.instagram.com.evil.example/' }, 'ext')).toBeNull();
  });
  it('parses well-formed messages and refuses the rest', () => {
    expect(contentMessageSchema.safeParse({ type: 'screen', url: 'https://x.com/i/flow/login', matches: [{ id: 'x/invalid-code', score: 7, evidence: ['a'] }] }).success).toBe(true);
    expect(contentMessageSchema.safeParse({ type: 'open-side-panel' }).success).toBe(true);
    for (const bad of [null, 'screen', {}, { type: 'nope' }, { type: 'screen', url: 'https://evil.example/', matches: [] }, { type: 'screen', url: 'https://x.com/', matches: Array(6).fill({ id: 'a', score: 1, evidence: [] }) }, { type: 'open-side-panel', extra: 1 }, { type: 'dismiss', topic: '' }]) {
      expect(contentMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('settings and stored state', () => {
  it('defaults every field, and a broken field falls back alone', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ hints: true, sites: { instagram: true, x: true } });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ hints: 'yes', sites: { instagram: false, x: 3 } })).toMatchObject({ hints: true, sites: { instagram: false, x: true } });
  });
  it('reads a corrupt tab state as nothing known', () => {
    expect(parseTabState({ url: 'https://x.com/', matches: [], dismissed: [], updatedAt: 1 })).not.toBeNull();
    expect(parseTabState({ url: 'https://x.com/', matches: 'lots', dismissed: [], updatedAt: 1 })).toBeNull();
    expect(parseTabState(undefined)).toBeNull();
  });
});
