import type { Conflict } from '../../../src/screens/effects';
import type { BundledScreen } from '../../../src/screens/screens';
import { plural } from '../../../src/i18n';
import { useI18n } from '../../../src/i18n/preact';

export interface Effects {
  /** On the opened screen: the new topic ranks first, matches lower down, or does not match. */
  here: 'first' | 'matches' | 'none';
  hereTop: string | null;
  /** The bundled screens it matches. */
  also: { screen: string; first: boolean }[];
  conflicts: Conflict[];
}

/** The live check: this screen, the bundled screens it also matches, and conflicts (which block export). */
export function CheckPanel({
  screens,
  effects,
}: {
  screens: readonly BundledScreen[] | { error: string } | null;
  effects: Effects | null;
}) {
  const { t, lang } = useI18n();
  const none = t('builderTopicNone');
  return (
    <fieldset class="builder-box" aria-live="polite" data-testid="builder-check">
      <legend>{t('builderCheckHeading')}</legend>
      {!effects ? (
        <p class="error">{t('builderRuleIncomplete')}</p>
      ) : (
        <p class={effects.here === 'first' ? 'good' : 'error'} data-testid="builder-here">
          {effects.here === 'first'
            ? t('builderFirstHere')
            : effects.here === 'matches'
              ? t('builderNotFirst', effects.hereTop ?? none)
              : t('builderNoMatch')}
        </p>
      )}
      {screens === null && <p class="muted">{t('builderScreensLoading')}</p>}
      {screens !== null && !Array.isArray(screens) && (
        <p class="error">{t('builderScreensFailed', (screens as { error: string }).error)}</p>
      )}
      {effects && Array.isArray(screens) && (
        <>
          {effects.conflicts.length > 0 ? (
            <div class="conflicts" role="alert" data-testid="builder-conflicts">
              <p>
                <strong>{plural(t, lang, 'builderConflictHeading', effects.conflicts.length)}</strong>
              </p>
              <ul>
                {effects.conflicts.map((c) => (
                  <li key={c.screen}>{t('builderConflict', [c.screen, c.before ?? none, c.after ?? none])}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p class="good" data-testid="builder-no-conflict">
              {t('builderNoConflict', String(screens.length))}
            </p>
          )}
          {effects.also.length === 0 ? (
            <p class="muted">{t('builderAlsoNone')}</p>
          ) : (
            <details>
              <summary>{plural(t, lang, 'builderAlsoMatches', effects.also.length)}</summary>
              <ul class="also">
                {effects.also.map((m) => (
                  <li key={m.screen}>
                    <code>{m.screen}</code> {m.first && <span class="muted">{t('builderAlsoFirst')}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </fieldset>
  );
}
