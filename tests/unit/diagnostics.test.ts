import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { buildDiagnostics, type DiagnosticsInput } from '../../src/report/diagnostics';
import { diagnosticsMarkdown } from '../../src/report/diagnostics-markdown';
import { readDiagnostics } from '../../src/report/diagnostics-read';
import {
  MAX_TIMELINE,
  readInternalErrors,
  readTimeline,
  recordInternalError,
  recordRecognition,
  timelineEntry,
} from '../../src/report/timeline';
import { PRIVATE } from './privacy';

const PRIVATE_URL = 'https://www.instagram.com/challenge/8712345/AbCdEf12/?next=%2Fjane.doe.1987%2F#step2';

function input(overrides: Partial<DiagnosticsInput> = {}): DiagnosticsInput {
  return {
    now: new Date('2025-03-04T05:06:07Z'),
    utcOffset: 60,
    language: 'en',
    extension: { name: 'Signpost', version: '0.1.0' },
    rules: { version: 'rules-2025.03', topics: 27 },
    browser: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0', platform: 'linux x86-64', language: 'en-GB' },
    settings: { hints: true, sites: { instagram: true, x: false }, note: 'jane.doe@example.com' },
    timeline: [
      // A raw entry, as if something wrote it unredacted: the report must still mask it.
      {
        tabId: 901,
        at: Date.UTC(2025, 2, 4, 5, 0, 2),
        url: PRIVATE_URL,
        topic: 'instagram/suspicious-login',
        score: 9,
        evidence: ['text "we sent a code to jane.doe@example.com and +1 (415) 555-0134"', 'code 7301 2284'],
      },
      { tabId: 77, at: Date.UTC(2025, 2, 4, 5, 0, 1), url: 'https://x.com/jane_doe_1987/status/1', topic: null, score: 0, evidence: [] },
      {
        tabId: 901,
        at: Date.UTC(2025, 2, 4, 5, 0, 3),
        url: 'https://www.instagram.com/accounts/login/two_factor?x=5550134',
        topic: 'instagram/invalid-code',
        score: 8,
        evidence: ['@jane.doe.1987'],
      },
    ],
    errors: [
      {
        at: Date.UTC(2025, 2, 4, 5, 0, 4),
        kind: 'dropped',
        detail: 'bad message from https://www.instagram.com/jane.doe.1987/ with 493817',
      },
    ],
    dropped: { total: 2, byReason: { 'bad-shape': 1, 'unknown-sender': 1 } },
    ...overrides,
  };
}

const en = bundledTranslator('en');

describe('diagnostics report', () => {
  const report = buildDiagnostics(input());

  it('carries versions, browser, settings, a per-tab timeline and errors', () => {
    expect(report).toMatchObject({
      format: 'signpost-diagnostics',
      version: 2,
      generatedAt: '2025-03-04T05:06:07.000Z',
      extension: { version: '0.1.0' },
      rules: { topics: 27 },
    });
    expect(report.tabs.map((t) => [t.tab, t.events.map((e) => e.topic)])).toEqual([
      [1, [null]],
      [2, ['instagram/suspicious-login', 'instagram/invalid-code']],
    ]);
    expect(report.tabs[1]!.events[0]).toMatchObject({ kind: 'screen', url: 'https://www.instagram.com/challenge/[id]/[id]/' });
    expect(report.errors.dropped.total).toBe(2);
  });

  it('the file, its readable part and its JSON alike, holds no email, phone, code, backup code or username', () => {
    const text = diagnosticsMarkdown(report, en);
    for (const secret of [...PRIVATE.filter((s) => s !== 'example.com'), 'example.com', '493817', 'jane_doe'])
      expect(text, secret).not.toContain(secret);
    expect(text).toContain('instagram/suspicious-login');
    const back = readDiagnostics(text);
    expect(back.ok && back.report).toEqual(report);
  });

  it('Markdown keeps page text inside code spans, so it cannot break the table', () => {
    const md = diagnosticsMarkdown(
      buildDiagnostics(
        input({
          timeline: [
            { tabId: 1, at: 0, url: 'https://x.com/i/flow/login', topic: 'x/invalid-code', score: 5, evidence: ['text "a | b `c`"'] },
          ],
        }),
      ),
      en,
    );
    expect(md).toContain('`text "a \\| b \'c\'"`');
  });
});

describe('timeline storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores redacted entries, bounded, oldest dropped first', async () => {
    for (let i = 0; i < MAX_TIMELINE + 5; i++)
      await recordRecognition(
        3,
        `${PRIVATE_URL}&i=${i}`,
        [{ id: 'instagram/suspicious-login', score: i, evidence: ['jane.doe@example.com'] }],
        null,
        i,
      );
    const stored = await readTimeline();
    expect(stored).toHaveLength(MAX_TIMELINE);
    expect(stored[0]!.score).toBe(5);
    expect(JSON.stringify(stored)).not.toMatch(/jane|example\.com|8712345/);
  });

  it('reads a corrupt store as empty, never throws', async () => {
    await fakeBrowser.storage.session.set({ 'diag:timeline': [{ nonsense: true }], 'diag:errors': 'x' });
    expect(await readTimeline()).toEqual([]);
    expect(await readInternalErrors()).toEqual([]);
    await recordInternalError('budget', 'snapshot cut at 20000 elements on +44 20 7946 0958');
    // Four digits or more read as a code wherever they come from, a count in a note included.
    expect((await readInternalErrors())[0]).toMatchObject({ kind: 'budget', detail: 'snapshot cut at [code] elements on [phone]' });
  });

  it('timelineEntry records "nothing recognised" as a null topic', () => {
    expect(timelineEntry(1, 'https://x.com/i/flow/login?a=1', [], 5)).toEqual({
      tabId: 1,
      at: 5,
      url: 'https://x.com/i/flow/login',
      topic: null,
      score: 0,
      evidence: [],
    });
  });
});
