/**
 * The diagnostics file a person can read: Markdown in the interface's language with topic titles
 * beside their ids, local times with the offset said once, the person's steps among the screens;
 * the extension's own identifiers as they are; and the report inside it that support tools read
 * back — as they still read the JSON files earlier versions downloaded.
 */
import { describe, expect, it } from 'vitest';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { buildDiagnostics, type DiagnosticsInput } from '../../src/report/diagnostics';
import { diagnosticsFileName, diagnosticsMarkdown, localTime } from '../../src/report/diagnostics-markdown';
import { readDiagnostics } from '../../src/report/diagnostics-read';
import { shippedRules } from './helpers';

const at = (minute: number, second = 0) => Date.UTC(2025, 2, 4, 23, minute, second);
const articles = shippedRules().articles;
const titleIn = (id: string, lang: string) => {
  const a = articles.find((x) => x.id === id)!;
  return lang === 'en' ? a.title : a.translations![lang]!.title;
};

function input(language: string, overrides: Partial<DiagnosticsInput> = {}): DiagnosticsInput {
  const ids = ['instagram/suspicious-login', 'instagram/invalid-code'];
  return {
    now: new Date(at(30)),
    utcOffset: 120,
    language,
    extension: { name: 'Signpost', version: '0.1.0' },
    rules: { version: '0.1.0+1a2b3c4d', topics: 27 },
    browser: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0', platform: 'Linux x86-64', language: 'es-ES' },
    settings: { hints: true },
    timeline: [
      {
        tabId: 31,
        at: at(1),
        url: 'https://www.instagram.com/challenge/8712345/AbCdEf12/',
        topic: ids[0]!,
        score: 9,
        evidence: ['screen step "instagram/challenge-code"'],
        step: 'instagram/challenge-code',
      },
      {
        tabId: 31,
        at: at(5),
        url: 'https://www.instagram.com/accounts/login/two_factor',
        topic: ids[1]!,
        score: 8,
        evidence: [],
        step: 'instagram/two-factor-error',
      },
    ],
    actions: [
      { at: at(2), tabId: 31, action: 'hint-shown', topic: ids[0]! },
      { at: at(3), tabId: 31, action: 'hint-dismissed', topic: ids[0]! },
      { at: at(4), tabId: 31, action: 'article-opened', topic: ids[1]! },
      { at: at(6), tabId: 31, action: 'screen-captured', topic: null },
      { at: at(7), tabId: null, action: 'article-opened', topic: ids[0]! },
    ],
    errors: [],
    dropped: { total: 0, byReason: {} },
    titles: Object.fromEntries(ids.map((id) => [id, titleIn(id, language)])),
    ...overrides,
  };
}

describe('the diagnostics file', () => {
  it.each([
    ['en', 'en'],
    ['es', 'es'],
    ['pt-BR', 'pt_BR'],
  ] as const)('in %s: titles beside ids, local times with the offset once, the steps in order', (lang, locale) => {
    const t = bundledTranslator(locale);
    const md = diagnosticsMarkdown(buildDiagnostics(input(lang)), t);
    expect(md).toContain(`## ${t('diagTitle')}`);
    expect(md).toContain(`**${titleIn('instagram/suspicious-login', lang)}** (\`instagram/suspicious-login\`)`);
    expect(md).toContain(`**${titleIn('instagram/invalid-code', lang)}** (\`instagram/invalid-code\`)`);
    // 23:01 UTC at UTC+02:00 is 01:01 the next day; the offset is said once, and no UTC time is shown.
    expect(md).toContain('| 2025-03-05 01:01:00 |');
    expect(md.split('UTC+02:00')).toHaveLength(2);
    expect(md.slice(0, md.indexOf('```json'))).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    // The person's steps among the screens, in time order, in the report's language.
    const table = md.slice(md.indexOf(`#### ${t('diagTab', 1)}`), md.indexOf(`#### ${t('diagNoTab')}`));
    const rows = table.split('\n').filter((l) => /^\| 2025/.test(l));
    const steps = ['diagScreen', 'diagHintShown', 'diagHintDismissed', 'diagArticleOpened', 'diagScreen', 'diagScreenCaptured'] as const;
    expect(rows.map((r) => r.split(' | ')[1]!.split(':')[0])).toEqual(steps.map((k) => t(k)));
    expect(md).toContain(`#### ${t('diagNoTab')}`);
  });

  it('shows the rules build, the version and topic and step ids as the extension wrote them', () => {
    const report = buildDiagnostics(
      input('en', {
        timeline: [
          {
            tabId: 1,
            at: at(1),
            url: 'https://x.com/i/flow/login',
            topic: 'general/unexpected-2fa-prompt',
            score: 3,
            evidence: [],
            step: 'x/login-email',
          },
        ],
      }),
    );
    const md = diagnosticsMarkdown(report, bundledTranslator('en'));
    expect(md).toContain('Rules: 0.1.0+1a2b3c4d (27 topics)');
    expect(md).toContain('Extension: Signpost 0.1.0');
    expect(md).toContain('`general/unexpected-2fa-prompt`');
    expect(md).toContain('step `x/login-email`');
    expect(report.browser.platform).toBe('Linux x86-64');
    // Whatever else sits in those places is no identifier of the extension's: redacted.
    const odd = buildDiagnostics(
      input('en', {
        rules: { version: 'jane.doe@example.com', topics: 1 },
        extension: { name: 'Signpost', version: '+1 415 555 0134' },
        timeline: [{ tabId: 1, at: 0, url: 'https://x.com/', topic: 'Hi jane_doe, 493817', score: 1, evidence: [] }],
      }),
    );
    expect(JSON.stringify(odd)).not.toMatch(/jane|415|493817/);
  });

  it('is named by its local time, and Download and Copy give the same text (one renderer)', () => {
    const report = buildDiagnostics(input('en'));
    expect(diagnosticsFileName(report)).toBe('signpost-diagnostics-2025-03-05T01-30-00.md');
    expect(localTime('2025-03-04T23:30:00.000Z', -150)).toBe('2025-03-04 21:00:00');
  });
});

describe('reading a diagnostics file back', () => {
  const report = buildDiagnostics(input('pt-BR'));
  const md = diagnosticsMarkdown(report, bundledTranslator('pt_BR'));

  it('reads the Markdown file, and the same with Windows line ends', () => {
    const read = readDiagnostics(md);
    expect(read.ok && read.report).toEqual(report);
    expect(readDiagnostics(md.replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it('reads the JSON file earlier versions downloaded', () => {
    const v1 = {
      format: 'signpost-diagnostics',
      version: 1,
      generatedAt: '2025-03-04T05:06:07.000Z',
      extension: { name: 'Signpost', version: '0.1.0' },
      rules: { version: '0.1.0+[code]', topics: 27 },
      browser: { userAgent: 'ua', platform: 'p', language: 'en' },
      settings: {},
      tabs: [
        {
          tab: 1,
          events: [{ at: '2025-03-04T05:00:02.000Z', url: 'https://x.com/i/flow/login', topic: 'x/invalid-code', score: 5, evidence: [] }],
        },
      ],
      errors: { dropped: { total: 0, byReason: {} }, recent: [] },
      unknownScreens: [],
      helped: {},
    };
    const read = readDiagnostics(`${JSON.stringify(v1, null, 2)}\n`);
    expect(read.ok && read.report.tabs[0]!.events[0]!.topic).toBe('x/invalid-code');
  });

  it('refuses what is no report, with a reason', () => {
    expect(readDiagnostics('# Notes\n\nnothing here')).toEqual({ ok: false, reason: expect.stringMatching(/^no report found/) });
    expect(readDiagnostics(md.replace('"format": "signpost-diagnostics"', '"format": "other"'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a Signpost diagnostics report: format/),
    });
    expect(readDiagnostics(md.replace('"version": 2', '"version": 9'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/version 9 is newer/),
    });
    expect(readDiagnostics('```json\n{ "format": \n```\n')).toEqual({ ok: false, reason: expect.stringMatching(/^not valid JSON/) });
  });
});
