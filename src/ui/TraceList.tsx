import type { RuleTrace } from '../engine/types';
import { useI18n } from '../i18n/preact';

/**
 * The explain trace: each rule, matched first, with every condition marked passed or failed. The
 * rule ids, condition groups, conditions and the engine's reasons are technical and shown as they are.
 */
export function TraceList({ trace }: { trace: readonly RuleTrace[] }) {
  const { t } = useI18n();
  const ordered = [...trace].sort((a, b) => Number(b.matched) - Number(a.matched) || b.score - a.score);
  return (
    <div class="trace" data-testid="trace">
      {ordered.map((rule) => (
        <details key={rule.id} open={rule.matched} data-rule={rule.id} data-matched={String(rule.matched)}>
          <summary>
            <span class={rule.matched ? 'held' : 'failed'}>{rule.matched ? '✓' : '✗'}</span> {rule.id}{' '}
            <span class="muted">{rule.matched ? t('replayScore', rule.score) : rule.reason}</span>
          </summary>
          <ul>
            {rule.conditions.map((c, i) => {
              // An excluding ("none") condition passes when it does not hold.
              const passed = c.group === 'none' ? !c.held : c.held;
              return (
                <li key={i} class={passed ? 'held' : 'failed'} data-passed={String(passed)}>
                  {t(passed ? 'replayTracePassed' : 'replayTraceFailed')} · {c.group} · {c.condition}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}
