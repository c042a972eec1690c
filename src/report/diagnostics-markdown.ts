import type { MessageKey, Translate } from '../i18n';
import type { Action } from './actions';
import type { DiagnosticsEvent, DiagnosticsReport } from './diagnostics';

/**
 * The diagnostics report as one file a person can open and support tools can read: Markdown in the
 * interface's language — topic titles beside their ids, local times with the offset said once, the
 * person's steps among the screens — ending with the whole report as a fenced JSON block
 * (diagnostics-read.ts finds it). "Copy report" and "Download report" give this same text. Pure:
 * the caller hands in its translator.
 */

const ACTION_TEXT: Record<Action, MessageKey> = {
  'hint-shown': 'diagHintShown',
  'hint-dismissed': 'diagHintDismissed',
  'hint-opened': 'diagHintOpened',
  'topic-muted': 'diagTopicMuted',
  'article-opened': 'diagArticleOpened',
  'show-me': 'diagShowMe',
  'screen-captured': 'diagScreenCaptured',
  'helped-yes': 'diagHelpedYes',
  'helped-no': 'diagHelpedNo',
};

/** The fence around the machine-readable part; the JSON inside has no line of its own that could close it. */
export const JSON_FENCE = '```json';

const pad = (n: number) => String(n).padStart(2, '0');
/** "2025-03-04 06:00:02": an ISO time as the computer's clock read it, `offset` minutes east of UTC. */
export function localTime(isoTime: string, offset: number): string {
  const d = new Date(Date.parse(isoTime) + offset * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
/** "UTC+01:00", "UTC−03:00". */
export const utcName = (offset: number) =>
  `UTC${offset < 0 ? '−' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;

/** A file name with the local time it was made and nothing else: `signpost-diagnostics-2025-03-04T06-06-07.md`. */
export const diagnosticsFileName = (r: DiagnosticsReport) =>
  `signpost-diagnostics-${localTime(r.generatedAt, r.utcOffset).replace(' ', 'T').replace(/:/g, '-')}.md`;

/** Page-derived text sits in code spans, one line, with nothing that could end the span or a table cell. */
const code = (s: string) => `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\``;
/** A title from an article (bundled or a rule pack's) as plain text in a line or a table cell. */
const plain = (s: string) =>
  s
    .replace(/[|`*_<>[\]\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function diagnosticsMarkdown(r: DiagnosticsReport, t: Translate): string {
  const topic = (id: string | null) => (id === null ? '' : r.titles[id] ? `**${plain(r.titles[id])}** (${code(id)})` : code(id));
  const time = (at: string) => localTime(at, r.utcOffset);
  const lines = [
    `## ${t('diagTitle')}`,
    '',
    t('diagIntro'),
    '',
    `- ${t('diagMade', [time(r.generatedAt), utcName(r.utcOffset)])}`,
    `- ${t('diagExtension')}: ${r.extension.name} ${r.extension.version}`,
    `- ${t('diagRules', [r.rules.version, r.rules.topics])}`,
    `- ${t('diagBrowser')}: ${code(r.browser.userAgent)}`,
    `- ${t('diagSystem', [r.browser.platform, r.browser.language])}`,
    `- ${t('diagSettings')}: ${code(JSON.stringify(r.settings))}`,
    '',
    `### ${t('diagTimeline')}`,
  ];
  if (r.tabs.length === 0) lines.push('', t('diagNothing'));
  for (const tab of r.tabs) {
    lines.push(
      '',
      `#### ${tab.tab === 0 ? t('diagNoTab') : t('diagTab', tab.tab)}`,
      '',
      `| ${t('diagTime')} | ${t('diagWhat')} | ${t('diagDetails')} |`,
      '|---|---|---|',
    );
    for (const e of tab.events) lines.push(`| ${time(e.at)} | ${what(e, topic, t)} | ${details(e, t) || '—'} |`);
  }
  lines.push('', `### ${t('diagUnknownScreens')}`, '');
  if (r.unknownScreens.length === 0) lines.push(t('diagNoUnknownScreens'));
  for (const s of r.unknownScreens) lines.push(`- ${time(s.at)} ${code(s.url)}: ${s.heading ? code(s.heading) : t('diagNoHeading')}`);
  lines.push('', `### ${t('diagHelpedTitle')}`, '');
  const helped = Object.entries(r.helped);
  if (helped.length === 0) lines.push(t('diagNoHelped'));
  for (const [id, byLang] of helped)
    lines.push(
      `- ${topic(id)}: ${Object.entries(byLang)
        .map(([lang, c]) => t('diagHelpedCounts', [lang, c.yes, c.no]))
        .join('; ')}`,
    );
  const reasons = Object.entries(r.errors.dropped.byReason);
  lines.push(
    '',
    `### ${t('diagErrors')}`,
    '',
    `- ${t('diagDropped', r.errors.dropped.total)}${reasons.length ? ` (${reasons.map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`,
  );
  if (r.errors.recent.length === 0) lines.push(`- ${t('diagNoErrors')}`);
  for (const e of r.errors.recent) lines.push(`- ${time(e.at)} ${e.kind}: ${code(e.detail)}`);
  lines.push(
    '',
    `_${t('diagRedacted')}_`,
    '',
    `### ${t('diagForTools')}`,
    '',
    t('diagForToolsNote'),
    '',
    JSON_FENCE,
    JSON.stringify(r, null, 2),
    '```',
  );
  return `${lines.join('\n')}\n`;
}

type TopicText = (id: string | null) => string;

/** The "what happened" cell: a screen recognised (its title), none, an unknown one, or the person's action. */
function what(e: DiagnosticsEvent, topic: TopicText, t: Translate): string {
  if (e.kind !== 'screen') return `${t(ACTION_TEXT[e.kind])}${e.topic ? `: ${topic(e.topic)}` : ''}`;
  if (e.topic) return `${t('diagScreen')}: ${topic(e.topic)}`;
  return t(e.unknown !== undefined ? 'diagScreenUnknown' : 'diagScreenNone');
}

/** The "details" cell of a screen: its step, score, address pattern, an unknown screen's heading, the evidence. */
function details(e: DiagnosticsEvent, t: Translate): string {
  if (e.kind !== 'screen') return '';
  const parts = [code(e.url)];
  if (e.step) parts.push(`${t('diagStep')} ${code(e.step)}`);
  if (e.topic) parts.push(`${t('diagScore')} ${e.score}`);
  if (e.unknown) parts.push(code(e.unknown));
  return [parts.join(' · '), ...e.evidence.map(code)].join('<br>');
}
