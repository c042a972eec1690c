import type { ConditionTrace, RuleTrace, TraceWhy } from '../engine/types';
import { plural, type MessageKey, type Translate } from '../i18n';
import { useI18n } from '../i18n/preact';
import { evidenceSentence, sentenceText } from './evidence-sentences';

const GROUP: Record<ConditionTrace['group'], MessageKey> = { all: 'traceGroupAll', any: 'traceGroupAny', none: 'traceGroupNone' };

/**
 * The explain trace: each rule, matched first, with every condition marked passed or failed, its
 * group in the interface language, why a rule failed, and for a condition that held what it saw in
 * plain words. The rule ids, step ids and the conditions as the engine writes them stay technical, for support.
 */
export function TraceList({ trace }: { trace: readonly RuleTrace[] }) {
  const { t, lang } = useI18n();
  const ordered = [...trace].sort((a, b) => Number(b.matched) - Number(a.matched) || b.score - a.score);
  return (
    <div class="trace" data-testid="trace">
      {ordered.map((rule) => (
        <details key={rule.id} open={rule.matched} data-rule={rule.id} data-matched={String(rule.matched)}>
          <summary>
            <span class={rule.matched ? 'held' : 'failed'}>{rule.matched ? '✓' : '✗'}</span> {rule.id}{' '}
            <span class="muted">{rule.matched ? t('replayScore', rule.score) : rule.why ? whySaid(rule.why, t, lang) : rule.reason}</span>
          </summary>
          <ul>
            {rule.conditions.map((c, i) => {
              // An excluding ("none") condition passes when it does not hold.
              const passed = c.group === 'none' ? !c.held : c.held;
              return (
                <li key={i} class={passed ? 'held' : 'failed'} data-passed={String(passed)}>
                  {t(passed ? 'replayTracePassed' : 'replayTraceFailed')} · {t(GROUP[c.group])} ·{' '}
                  {c.held && c.group !== 'none' ? `${sentenceText(evidenceSentence(c.condition, { t, lang }))} · ` : ''}
                  <code>{c.condition}</code>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}

/** The engine's reason for a failed rule, in the interface language. */
export function whySaid(why: TraceWhy, t: Translate, lang: string): string {
  switch (why.code) {
    case 'url':
      return t('traceWhyUrl');
    case 'host':
      return t('traceWhyHost', [why.host, why.hosts.join(', ')]);
    case 'no-step':
      return t('traceWhyNoStep', why.steps.join(', '));
    case 'step':
      return t('traceWhyStep', [why.step, why.steps.join(', ')]);
    case 'all':
      return plural(t, lang, 'traceWhyAll', why.of, [why.failed]);
    case 'none':
      return t('traceWhyNone');
    case 'any':
      return `${plural(t, lang, 'traceWhyAny', why.needed, [why.held])}${why.merged ? ` ${t('traceWhyMerged')}` : ''}`;
  }
}
