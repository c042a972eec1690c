/**
 * A secret on a screen — every contact and code format tests/unit/secrets.ts generates — is masked
 * wherever Signpost keeps or exports it: the unknown screen's heading the background stores (cut
 * to its bound only after redaction, the cut falling anywhere in the secret), the recognition
 * timeline, the diagnostics file (its readable part and its JSON), and a screen capture. The page
 * sends the heading and the controls' labels whole, so that the background can redact before it cuts.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { MAX_LABEL } from '../../src/engine/labels';
import type { UnknownScreen } from '../../src/messaging/types';
import { createRecogniser } from '../../src/observe/recogniser';
import { scopeAt } from '../../src/observe/scope';
import { FIXTURES_DIR, shippedRules } from '../../src/screens/fixtures';
import { bundledTranslator } from '../../src/i18n/catalogs';
import { MAX_STORED_HEADING } from '../../src/messaging/types';
import { captureDocument } from '../../src/report/capture';
import { buildDiagnostics } from '../../src/report/diagnostics';
import { diagnosticsMarkdown } from '../../src/report/diagnostics-markdown';
import { readDiagnostics } from '../../src/report/diagnostics-read';
import { readTimeline } from '../../src/report/timeline';
import { getTabState } from '../../src/storage/tab-state';
import { sendFromContentScript } from './content-script-sender';
import { diagnosticsInput } from './diagnostics-input';
import { greeting, profileUrl } from './secret-names';
import { anySecret, type Secret } from './secrets';

// The background reads the build's tables from virtual modules: give it the shipped rules.
vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));
vi.mock('virtual:signpost/short-fixes', () => import('./build-modules').then((m) => m.shortFixesModule()));
vi.mock('virtual:signpost/topic-cards', () => import('./build-modules').then((m) => m.topicCardsModule()));

const URL_ = 'https://x.com/i/flow/login';
// Words around the secret, with no digit and no @ of their own: any left in the output is the secret's.
const FILLER = 'Confirm that this is your account before you continue with the next step of signing in. '.repeat(3);

let tab = 100;
/** The content script's report of an unknown screen with this heading, through the background's router; what it stored. */
async function reportUnknown(heading: string, url = URL_) {
  const tabId = ++tab;
  await sendFromContentScript({ type: 'screen', url, matches: [], unknown: { heading } }, tabId, url);
  // The timeline is written after the reply (it must not delay the hint): wait for it.
  const entry = await vi.waitFor(
    async () => (await readTimeline()).filter((e) => e.tabId === tabId).at(-1) ?? Promise.reject(new Error('not yet')),
  );
  return { stored: (await getTabState(tabId))?.unknown?.heading, timeline: await readTimeline(), entry };
}

function diagnosticsOf(timeline: Awaited<ReturnType<typeof readTimeline>>) {
  const report = buildDiagnostics(diagnosticsInput({ timeline }));
  return diagnosticsMarkdown(report, bundledTranslator('en'));
}

const capture = (html: string, url = URL_) =>
  JSON.stringify(captureDocument(parseHtmlDocument(`<main>${html}</main>`), url, { at: 'now' }, parseHtmlDocument));

/** Redacted page text: no piece of the secret, no digit of any script, no @ (the words around it hold none). */
function clean(text: string | undefined, secret: Secret) {
  expect(text).toBeDefined();
  for (const piece of secret.pieces) expect(text, piece).not.toContain(piece);
  expect(text).not.toMatch(/[\p{Nd}@]/u);
}

describe('a secret on a screen is masked wherever Signpost keeps or exports it', () => {
  it('in the stored heading and the timeline, the diagnostics file and a capture, wherever the heading’s cut falls', async () => {
    fakeBrowser.reset();
    await fc.assert(
      fc.asyncProperty(anySecret, fc.nat(), async (secret, n) => {
        // The secret starts so that the stored heading's cut falls anywhere inside it, or just after.
        const lead = FILLER.slice(0, MAX_STORED_HEADING - 1 - (n % (secret.text.length + 2)));
        const heading = `${lead} ${secret.text} to go on`;
        const { stored, timeline, entry } = await reportUnknown(heading);
        clean(stored, secret);
        expect(stored!.length).toBeLessThanOrEqual(MAX_STORED_HEADING);
        clean(entry.unknown, secret);
        const md = diagnosticsOf(timeline);
        for (const piece of secret.pieces.filter((p) => p.length > 4)) expect(md).not.toContain(piece);
        const read = readDiagnostics(md);
        if (!read.ok) throw new Error(read.reason);
        for (const s of read.report.unknownScreens ?? []) clean(s.heading, secret);
        const file = capture(
          `<h1>${heading}</h1><p>${secret.text}</p><button aria-label="${secret.text}">Send to ${secret.text}</button><input placeholder="${secret.text}" title="${secret.text}">`,
        );
        for (const piece of secret.pieces) expect(file, piece).not.toContain(piece);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('a name after a greeting, in the stored heading, the timeline and a capture', async () => {
    fakeBrowser.reset();
    await fc.assert(
      fc.asyncProperty(greeting, async ({ hello, tail, text }) => {
        const { stored, entry } = await reportUnknown(text);
        const expected = `${hello} [user]${tail}`;
        expect(stored).toBe(expected);
        expect(entry.unknown).toBe(expected);
        const file = JSON.parse(capture(`<h1>${text}</h1>`)) as { snapshot: { texts: { heading: string[] } } };
        expect(file.snapshot.texts.heading).toEqual([expected]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('a username in the address, in the timeline, the diagnostics file and a capture', async () => {
    fakeBrowser.reset();
    await fc.assert(
      // The addresses the content script runs on (instagram.com without www redirects there).
      fc.asyncProperty(
        profileUrl.filter((p) => !p.url.startsWith('https://instagram.com')),
        async ({ url, user, id }) => {
          const { timeline, entry } = await reportUnknown('Confirm it is you', url);
          const md = diagnosticsOf(timeline);
          for (const text of [entry.url, md, capture('<h1>Confirm it is you</h1>', url)]) {
            expect(text).not.toContain(user);
            if (id) expect(text).not.toContain(id);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the page sends an unknown screen’s heading whole; the background keeps it redacted, then cut', async () => {
    const url = 'https://x.com/i/flow/login';
    // A name the cut at the stored length would split (an address would make the screen a known one).
    const long = `${'Confirm that this is your account before you go on. '.repeat(3).slice(0, MAX_STORED_HEADING - 7)} Hi jane_doe1987, it is you`;
    const html = readFileSync(join(FIXTURES_DIR, 'negative/x-unknown-confirm-phone-en.html'), 'utf8').replace(
      'Confirm the phone number on your account',
      long,
    );
    const reports: (UnknownScreen | null)[] = [];
    createRecogniser((_u, _m, unknown) => reports.push(unknown)).evaluate(
      parseHtmlDocument(html) as unknown as Document,
      url,
      scopeAt(shippedRules().table, url),
      Infinity,
    );
    expect(reports[0]?.heading).toBe(long); // longer than what is kept: the cut is the background's
    expect(long.length).toBeGreaterThan(MAX_STORED_HEADING);
    const { stored } = await reportUnknown(reports[0]!.heading, url);
    expect(stored).not.toMatch(/ja|\d/);
  });

  it('a control’s label the page sends is redacted before it is cut to its bound', async () => {
    const url = 'https://www.instagram.com/challenge/action/AXE2/';
    for (let lead = MAX_LABEL - 30; lead <= MAX_LABEL; lead += 3) {
      const tabId = ++tab;
      const label = `Send Security Code ${'to the address '.repeat(8).slice(0, lead - 19)}jane.doe@example.com`;
      const report = {
        type: 'screen',
        url,
        matches: [{ id: 'instagram/suspicious-login', score: 9, evidence: ['button "send security code"'] }],
        labels: { 'send security code': label },
      };
      await sendFromContentScript(report, tabId, url);
      const labels = (await getTabState(tabId))?.labels ?? {};
      expect(Object.keys(labels).length).toBeGreaterThan(0);
      for (const kept of Object.values(labels)) {
        expect(kept.length).toBeLessThanOrEqual(MAX_LABEL);
        expect(kept).not.toMatch(/jane|example|@/);
      }
    }
  });
});
