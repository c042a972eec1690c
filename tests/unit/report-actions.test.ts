/**
 * What the person did reaches the diagnostics report's timeline: the background notes a hint shown,
 * dismissed, opened ("Show the fix") or turned off for a topic, as its messages arrive; the panel's
 * own notes (articles opened, captures, answers) go to a list of their own. Only times, tabs and
 * topic ids are kept — never the page's words.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIONS, readActions, recordAction } from '../../src/report/actions';
import { buildDiagnostics } from '../../src/report/diagnostics';
import { sendFromContentScript } from './content-script-sender';
import { diagnosticsInput } from './diagnostics-input';

vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));
vi.mock('virtual:signpost/short-fixes', () => import('./build-modules').then((m) => m.shortFixesModule()));
vi.mock('virtual:signpost/topic-cards', () => import('./build-modules').then((m) => m.topicCardsModule()));

const URL_ = 'https://www.instagram.com/challenge/action/AXE2/';
const TOPIC = 'instagram/suspicious-login';

describe('the person’s steps, for the report', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background notes the hint shown, dismissed, opened and turned off, in order, per tab', async () => {
    const send = (message: unknown) => sendFromContentScript(message, 12, URL_);
    const reply = await send({
      type: 'screen',
      url: URL_,
      matches: [{ id: TOPIC, score: 9, evidence: ['heading "suspicious login attempt"'] }],
    });
    expect((reply as { hint: unknown }).hint).not.toBeNull();
    await send({ type: 'open-side-panel' });
    await send({ type: 'dismiss', topic: TOPIC });
    await send({ type: 'mute', topic: TOPIC });
    await vi.waitFor(async () =>
      expect((await readActions()).map((a) => [a.action, a.tabId, a.topic])).toEqual([
        ['hint-shown', 12, TOPIC],
        ['hint-opened', 12, null],
        ['hint-dismissed', 12, TOPIC],
        ['topic-muted', 12, TOPIC],
      ]),
    );
  });

  it('keeps ids only: a topic that is no id is not stored', async () => {
    await recordAction('pages', 'article-opened', 3, 'Hi jane_doe, +1 415 555 0134');
    await recordAction('pages', 'screen-captured', 3, TOPIC);
    expect((await readActions()).map((a) => a.topic)).toEqual([null, TOPIC]);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toMatch(/jane|415/);
  });

  it('both lists reach the report, merged in time order; a corrupt list reads as empty', async () => {
    await recordAction('background', 'hint-shown', 5, TOPIC, 1_000);
    await recordAction('pages', 'article-opened', 5, 'instagram/retrieve-code', 2_000);
    await recordAction('background', 'hint-dismissed', 5, TOPIC, 3_000);
    const actions = await readActions();
    expect(actions.map((a) => a.action)).toEqual(['hint-shown', 'article-opened', 'hint-dismissed']);
    const report = buildDiagnostics(diagnosticsInput({ now: new Date(4_000), actions }));
    expect(report.tabs).toEqual([
      { tab: 1, events: actions.map((a) => ({ at: new Date(a.at).toISOString(), kind: a.action, topic: a.topic })) },
    ]);
    await fakeBrowser.storage.session.set({ 'diag:actions': [{ action: 'nonsense' }] });
    expect((await readActions()).map((a) => a.action)).toEqual(['article-opened']);
    expect(ACTIONS).toContain('helped-yes');
  });
});
