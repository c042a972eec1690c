import { maskUrl, redactDeep, redactText } from './redact';
import type { InternalError, TimelineEntry } from './timeline';

/**
 * The diagnostics report ("Copy report" → Markdown, "Download report" → JSON). Pure: the side panel
 * gathers the inputs, this builds the report and redacts it — every free-text string, whatever its
 * source, goes through redactText, and URLs through maskUrl, here, once, as the last step.
 */

export const DIAGNOSTICS_FORMAT = 'signpost-diagnostics';
export const DIAGNOSTICS_VERSION = 1;

export interface DiagnosticsInput {
  now: Date;
  extension: { name: string; version: string };
  rules: { version: string; topics: number };
  /** navigator.userAgent and a platform string. */
  browser: { userAgent: string; platform: string; language: string };
  settings: unknown;
  timeline: readonly TimelineEntry[];
  errors: readonly InternalError[];
  /** Dropped-message counters (src/storage/counters.ts). */
  dropped: { total: number; byReason: Record<string, number> };
  /** "Did this fix it?" answers on this computer, per topic and interface language (src/storage/helped.ts). */
  helped?: Record<string, Record<string, { yes: number; no: number }>>;
}

export interface DiagnosticsReport {
  format: typeof DIAGNOSTICS_FORMAT;
  version: typeof DIAGNOSTICS_VERSION;
  generatedAt: string;
  extension: { name: string; version: string };
  rules: { version: string; topics: number };
  browser: { userAgent: string; platform: string; language: string };
  settings: unknown;
  /** Per tab (numbered in order of appearance, not the browser's ids), oldest first. */
  tabs: { tab: number; events: { at: string; url: string; topic: string | null; score: number; evidence: string[] }[] }[];
  errors: { dropped: { total: number; byReason: Record<string, number> }; recent: { at: string; kind: string; detail: string }[] };
  /** Security steps no rule knew, oldest first: the address's pattern and the screen's heading. */
  unknownScreens: { at: string; url: string; heading: string }[];
  /** "Did this fix it?" answers on this computer: per topic, per interface language. */
  helped: Record<string, Record<string, { yes: number; no: number }>>;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function buildDiagnostics(input: DiagnosticsInput): DiagnosticsReport {
  const tabs = new Map<number, DiagnosticsReport['tabs'][number]>();
  for (const e of [...input.timeline].sort((a, b) => a.at - b.at)) {
    let tab = tabs.get(e.tabId);
    if (!tab) tabs.set(e.tabId, (tab = { tab: tabs.size + 1, events: [] }));
    tab.events.push({ at: iso(e.at), url: maskUrl(e.url), topic: e.topic === null ? null : redactText(e.topic), score: e.score, evidence: e.evidence.map(redactText) });
  }
  return {
    format: DIAGNOSTICS_FORMAT,
    version: DIAGNOSTICS_VERSION,
    generatedAt: input.now.toISOString(),
    extension: { name: redactText(input.extension.name), version: redactText(input.extension.version) },
    rules: { version: redactText(input.rules.version), topics: input.rules.topics },
    browser: redactDeep(input.browser),
    settings: redactDeep(input.settings),
    tabs: [...tabs.values()],
    unknownScreens: [...input.timeline]
      .filter((e) => e.unknown !== undefined)
      .sort((a, b) => a.at - b.at)
      .map((e) => ({ at: iso(e.at), url: maskUrl(e.url), heading: redactText(e.unknown!) })),
    helped: Object.fromEntries(Object.entries(input.helped ?? {}).map(([topic, byLang]) => [redactText(topic), byLang])),
    errors: {
      dropped: { total: input.dropped.total, byReason: Object.fromEntries(Object.entries(input.dropped.byReason).map(([k, v]) => [redactText(k), v])) },
      recent: [...input.errors].sort((a, b) => a.at - b.at).map((e) => ({ at: iso(e.at), kind: e.kind, detail: redactText(e.detail) })),
    },
  };
}

export const diagnosticsJson = (report: DiagnosticsReport) => `${JSON.stringify(report, null, 2)}\n`;

/** Markdown for a support ticket. Page-derived text sits in code spans, so it cannot format the ticket. */
export function diagnosticsMarkdown(r: DiagnosticsReport): string {
  const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\``;
  const lines = [
    '## Signpost diagnostics',
    '',
    `- Generated: ${r.generatedAt}`,
    `- Extension: ${r.extension.name} ${r.extension.version}`,
    `- Rules: ${r.rules.version} (${r.rules.topics} topics)`,
    `- Browser: ${code(r.browser.userAgent)}`,
    `- OS: ${r.browser.platform}; language ${r.browser.language}`,
    `- Settings: ${code(JSON.stringify(r.settings))}`,
    '',
    '### Recognitions',
  ];
  if (r.tabs.length === 0) lines.push('', 'None recorded in this browser session.');
  for (const tab of r.tabs) {
    lines.push('', `Tab ${tab.tab}:`, '', '| time | URL | topic | score | evidence |', '|---|---|---|---:|---|');
    for (const e of tab.events) lines.push(`| ${e.at} | ${code(e.url)} | ${e.topic ?? '(none)'} | ${e.score} | ${e.evidence.map(code).join('<br>') || '—'} |`);
  }
  lines.push('', '### Screens Signpost did not know', '');
  if (r.unknownScreens.length === 0) lines.push('None seen in this browser session.');
  for (const s of r.unknownScreens) lines.push(`- ${s.at} ${code(s.url)}: ${s.heading ? code(s.heading) : '(no heading)'}`);
  lines.push('', '### Did the article fix it? (answers on this computer)', '');
  const helped = Object.entries(r.helped);
  if (helped.length === 0) lines.push('No answers yet.');
  for (const [topic, byLang] of helped) lines.push(`- ${topic}: ${Object.entries(byLang).map(([lang, c]) => `${lang} ${c.yes} yes, ${c.no} no`).join('; ')}`);
  lines.push('', '### Internal errors', '', `- Dropped messages: ${r.errors.dropped.total}${Object.keys(r.errors.dropped.byReason).length ? ` (${Object.entries(r.errors.dropped.byReason).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  if (r.errors.recent.length === 0) lines.push('- No recent errors.');
  for (const e of r.errors.recent) lines.push(`- ${e.at} ${e.kind}: ${code(e.detail)}`);
  lines.push('', '_Redacted: emails, phone numbers, codes, backup codes and usernames are removed; URLs keep no query, fragment or account part._');
  return `${lines.join('\n')}\n`;
}
