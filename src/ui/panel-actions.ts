import { browser } from 'wxt/browser';
import type { CaptureRequest, ShowRequest } from '../messaging/types';
import { getSettings } from '../settings/store';
import { getDropped } from '../storage/counters';
import { readHelped } from '../storage/helped';
import { captureFileName, redactCapture } from '../report/capture';
import { buildDiagnostics, diagnosticsJson, diagnosticsMarkdown, type DiagnosticsReport } from '../report/diagnostics';
import { snapshotFileSchema, type SnapshotFile } from '../report/snapshot-file';
import { readInternalErrors, readTimeline } from '../report/timeline';
import type { Status } from './status';

/**
 * The side panel's support actions: gather and export the diagnostics report, and capture the
 * current tab's screen. Extension pages only (uses zod, storage, the DOM for downloads).
 */

/** FNV-1a of the compiled match table: names the rule pack a report was made with. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export async function gatherDiagnostics(now = new Date()): Promise<DiagnosticsReport> {
  // Loaded on demand: the table is only needed for the report's rule-pack fingerprint.
  const { default: table } = await import('virtual:signpost/match-table');
  const manifest = browser.runtime.getManifest();
  const [settings, timeline, errors, dropped, helped] = await Promise.all([getSettings(), readTimeline(), readInternalErrors(), getDropped(), readHelped()]);
  const uaPlatform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform;
  return buildDiagnostics({
    now,
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

export async function reportMarkdown(): Promise<string> {
  return diagnosticsMarkdown(await gatherDiagnostics());
}

export async function reportJson(): Promise<{ name: string; text: string }> {
  const report = await gatherDiagnostics();
  return { name: `signpost-diagnostics-${report.generatedAt.replace(/[:.]/g, '-').slice(0, 19)}.json`, text: diagnosticsJson(report) };
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
    return (answer as { found?: unknown } | null)?.found === true;
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
  return { key: 'supportCaptured', subs: [result.name] };
}
