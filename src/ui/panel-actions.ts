import { browser } from 'wxt/browser';
import type { CaptureRequest, ShowRequest } from '../messaging/types';
import { getSettings } from '../settings/store';
import type { I18n } from '../i18n';
import type { Action } from '../report/actions';
import type { DiagnosticsReport } from '../report/diagnostics';
import type { SnapshotFile } from '../report/snapshot-file';
import type { Status } from './status';

/**
 * The side panel's support actions: gather and export the diagnostics report, and capture the
 * current tab's screen. Extension pages only (uses zod, storage, the DOM for downloads). What the
 * report and the capture need (their schemas, redaction, the timeline) loads when one is asked
 * for: the panel's first screen is the article.
 */

/** FNV-1a of the compiled match table: names the rule pack a report was made with. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The report's content, in `language` (the interface's, BCP 47): the topics' titles come in it. */
export async function gatherDiagnostics(language: string, now = new Date()): Promise<DiagnosticsReport> {
  // Loaded on demand: the table is only needed for the report's rule-pack fingerprint.
  const [
    { default: table },
    { buildDiagnostics },
    { readInternalErrors, readTimeline },
    { getDropped },
    { readHelped },
    { readActions },
    { articleById },
    { textIn },
  ] = await Promise.all([
    import('virtual:signpost/match-table'),
    import('../report/diagnostics'),
    import('../report/timeline'),
    import('../storage/counters'),
    import('../storage/helped'),
    import('../report/actions'),
    import('./articles'),
    import('../rules/article-text'),
  ]);
  const manifest = browser.runtime.getManifest();
  const [settings, timeline, errors, dropped, helped, actions] = await Promise.all([
    getSettings(),
    readTimeline(),
    readInternalErrors(),
    getDropped(),
    readHelped(),
    readActions(),
  ]);
  const uaPlatform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
  // Each topic the report names, titled in the report's language (bundled articles and rule packs').
  const ids = new Set(
    [...timeline.map((e) => e.topic), ...actions.map((a) => a.topic), ...Object.keys(helped)].filter((id): id is string => id !== null),
  );
  const titles = Object.fromEntries(
    [...ids].flatMap((id) => {
      const article = articleById(id);
      return article ? [[id, textIn(article, language).title]] : [];
    }),
  );
  return buildDiagnostics({
    now,
    utcOffset: -now.getTimezoneOffset(),
    language,
    titles,
    actions,
    extension: { name: manifest.name, version: manifest.version },
    rules: { version: `${manifest.version}+${hash(JSON.stringify(table))}`, topics: table.length },
    browser: { userAgent: navigator.userAgent, platform: uaPlatform || navigator.platform, language: navigator.language },
    settings,
    timeline,
    errors,
    dropped,
    helped,
  });
}

/**
 * The diagnostics report as the one file both "Copy report" and "Download report" give: Markdown in
 * the interface's language, the machine-readable report inside (src/report/diagnostics-markdown.ts).
 */
export async function reportFile(i18n: Pick<I18n, 'lang' | 't'>): Promise<{ name: string; text: string }> {
  const [report, { diagnosticsFileName, diagnosticsMarkdown }] = await Promise.all([
    gatherDiagnostics(i18n.lang),
    import('../report/diagnostics-markdown'),
  ]);
  return { name: diagnosticsFileName(report), text: diagnosticsMarkdown(report, i18n.t) };
}

/** Notes what the person did in the panel for the report's timeline (src/report/actions.ts): ids only, never the page's words. */
export function noteAction(action: Action, tabId: number | null, topic: string | null = null): void {
  void import('../report/actions').then(({ recordAction }) => recordAction('pages', action, tabId, topic)).catch(() => undefined);
}

/** Saves text as a file through an <a download> (no `downloads` permission needed). */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type CaptureResult = { ok: true; name: string; file: SnapshotFile } | { ok: false; reason: 'no-page' | 'invalid' };

/**
 * Asks the tab's content script for a capture (sent straight to the tab: tabs.sendMessage needs no
 * extra permission, and the background has nothing to add). The answer is validated like any file
 * replay opens: what fails the schema is refused, never saved.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  let answer: unknown;
  try {
    const request: CaptureRequest = { type: 'capture' };
    answer = await browser.tabs.sendMessage(tabId, request);
  } catch {
    return { ok: false, reason: 'no-page' }; // no content script there (another site, or not loaded yet)
  }
  const [{ snapshotFileSchema }, { captureFileName, redactCapture }] = await Promise.all([
    import('../report/snapshot-file'),
    import('../report/capture'),
  ]);
  const parsed = snapshotFileSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  // Redacted here, before it is shown, saved or named (the content script sends the page as it is).
  const file = redactCapture(parsed.data, (html) => new DOMParser().parseFromString(html, 'text/html'));
  return { ok: true, name: captureFileName(file.snapshot.url, new Date(file.capture?.at ?? Date.now())), file };
}

/**
 * "Show me": asks the tab's content script to outline the control with this label (the page's own).
 * True when it was found and outlined; false when it is gone or the tab has no content script.
 */
export async function showOnPage(tabId: number, label: string): Promise<boolean> {
  try {
    const request: ShowRequest = { type: 'show', label };
    const answer: unknown = await browser.tabs.sendMessage(tabId, request);
    const found = (answer as { found?: unknown } | null)?.found === true;
    if (found) noteAction('show-me', tabId); // the label is the page's own words: not noted
    return found;
  } catch {
    return false;
  }
}

/** Captures the tab's screen, redacted, into a `*.signpost.json` download; the status says how it went. */
export async function captureAndSave(tabId: number | null): Promise<Status> {
  if (tabId === null) return { key: 'supportCaptureNoPage' };
  const result = await captureTab(tabId);
  if (!result.ok) return { key: result.reason === 'no-page' ? 'supportCaptureNoPage' : 'supportCaptureInvalid' };
  saveFile(result.name, `${JSON.stringify(result.file, null, 2)}\n`);
  noteAction('screen-captured', tabId, result.file.capture?.top ?? null);
  return { key: 'supportCaptured', subs: [result.name] };
}
