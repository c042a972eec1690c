import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import type { Match } from '../../src/engine/types';
import type { UnknownScreen } from '../../src/messaging/types';
import { screenReportSchema } from '../../src/messaging/schemas';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { buildDiagnostics } from '../../src/report/diagnostics';
import { diagnosticsMarkdown } from '../../src/report/diagnostics-markdown';
import { timelineEntry } from '../../src/report/timeline';
import { createRecogniser } from '../../src/observe/recogniser';
import { scopeAt } from '../../src/observe/scope';
import { parseTabState } from '../../src/storage/tab-state';
import { FIXTURES_DIR, shippedRules } from '../../src/screens/fixtures';
import { diagnosticsInput } from './diagnostics-input';

// A security step no rule knows: the content pipeline reads it whole and reports it as unknown with
// its heading; a known screen, or a page that asks for nothing, is never "unknown".
const { table } = shippedRules();
const UNKNOWN_FIXTURE = readFileSync(join(FIXTURES_DIR, 'negative/x-unknown-confirm-phone-en.html'), 'utf8');
const doc = (html: string) => parseHtmlDocument(html) as unknown as Document;

/** One look at `html` as the content script would take it at `url`: what it reports. */
function look(html: string, url: string): { matches: Match[]; unknown: UnknownScreen | null }[] {
  const reports: { matches: Match[]; unknown: UnknownScreen | null }[] = [];
  const recogniser = createRecogniser((_url, matches, unknown) => reports.push({ matches, unknown }));
  recogniser.evaluate(doc(html), url, scopeAt(table, url), Infinity);
  return reports;
}

describe('unknown security steps', () => {
  it('reads a verification step whole even when no rule is live there', () => {
    const url = 'https://x.com/account/access';
    expect(scopeAt([], url)).toEqual({ kind: 'page', rules: [], step: true });
    expect(scopeAt([], 'https://x.com/home')).toEqual({ kind: 'idle' });
    expect(scopeAt(table, 'https://www.instagram.com/').kind).toBe('surfaces');
  });

  it('reports a security step no rule knows, with its heading', () => {
    const [report] = look(UNKNOWN_FIXTURE, 'https://x.com/i/flow/login');
    expect(report?.matches).toEqual([]);
    expect(report?.unknown).toEqual({ heading: 'Confirm the phone number on your account' });
  });

  it('never calls a known screen, a plain sign-in form or a page off the step addresses unknown', () => {
    const known = readFileSync(join(FIXTURES_DIR, 'instagram/suspicious-login/code-step-en.html'), 'utf8');
    const [k] = look(known, 'https://www.instagram.com/challenge/action/AXE2/');
    expect(k?.matches[0]?.id).toBe('instagram/suspicious-login');
    expect(k?.unknown).toBeNull();
    const signIn =
      '<html><body><h1>Log in</h1><form><input name="username" autocomplete="username"><input type="password" name="password"></form></body></html>';
    expect(look(signIn, 'https://x.com/i/flow/login')[0]?.unknown).toBeNull();
    // The same form off a step address: a profile page asking for a phone is no verification step.
    expect(look(UNKNOWN_FIXTURE, 'https://x.com/jane/status/1')[0]?.unknown ?? null).toBeNull();
  });

  it('reports again only when the unknown screen changes', () => {
    const reports: (UnknownScreen | null)[] = [];
    const recogniser = createRecogniser((_u, _m, unknown) => reports.push(unknown));
    const url = 'https://x.com/i/flow/login';
    const scope = scopeAt(table, url);
    recogniser.evaluate(doc(UNKNOWN_FIXTURE), url, scope, Infinity);
    expect(recogniser.evaluate(doc(UNKNOWN_FIXTURE), url, scope, Infinity)).toEqual({ kind: 'same' });
    recogniser.evaluate(doc(UNKNOWN_FIXTURE.replace('Confirm the phone number', 'Confirm the email')), url, scope, Infinity);
    expect(reports.map((r) => r?.heading)).toEqual(['Confirm the phone number on your account', 'Confirm the email on your account']);
  });

  it('travels in a screen report bounded, and older stored tab states read as not unknown', () => {
    const report = { type: 'screen', url: 'https://x.com/i/flow/login', matches: [], unknown: { heading: 'Confirm it' } };
    expect(screenReportSchema.safeParse(report).success).toBe(true);
    expect(screenReportSchema.safeParse({ ...report, unknown: { heading: 'x'.repeat(5_000) } }).success).toBe(false);
    expect(screenReportSchema.safeParse({ ...report, unknown: { heading: 'x', html: '<b>' } }).success).toBe(false);
    expect(parseTabState({ url: '', matches: [], dismissed: [], updatedAt: 0 })?.unknown).toBeNull();
  });

  it('is listed in the diagnostics report with the address pattern and the heading, redacted', () => {
    const entry = timelineEntry(4, 'https://x.com/i/flow/login?token=abc', [], 1_000, {
      heading: 'Confirm jane.doe@example.com or +1 415 555 0134',
    });
    const report = buildDiagnostics(
      diagnosticsInput({
        now: new Date(2_000),
        rules: { version: 'r', topics: 27 },
        timeline: [entry, timelineEntry(4, 'https://x.com/home', [], 1_500)],
      }),
    );
    expect(report.unknownScreens).toHaveLength(1);
    expect(report.unknownScreens[0]!.url).toBe('https://x.com/i/flow/login');
    expect(report.unknownScreens[0]!.heading).toMatch(/^Confirm /);
    expect(JSON.stringify(report)).not.toMatch(/jane|555/);
    expect(diagnosticsMarkdown(report, bundledTranslator('en'))).toContain('### Screens Signpost did not know');
  });
});
