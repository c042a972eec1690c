import type { SignalChoice, SignalKind, Where } from '../../../src/builder/rule';
import { WHERES } from '../../../src/builder/rule';
import type { MessageKey } from '../../../src/i18n';
import { useI18n } from '../../../src/i18n/preact';

const KIND_KEYS: Record<SignalKind, MessageKey> = {
  path: 'builderSignalPath',
  step: 'builderSignalStep',
  heading: 'builderSignalHeading',
  button: 'builderSignalButton',
  input: 'builderSignalInput',
  testid: 'builderSignalTestid',
  role: 'builderSignalRole',
  lang: 'builderSignalLang',
};
const WHERE_KEYS: Record<Where, MessageKey> = {
  all: 'builderWhereAll',
  any: 'builderWhereAny',
  none: 'builderWhereNone',
  off: 'builderWhereOff',
};

/** The drafted signals, one row each, with where the rule uses it (all / any / none, or not at all). */
export function SignalTable({
  choices,
  wheres,
  onChange,
}: {
  choices: readonly SignalChoice[];
  wheres: Readonly<Record<string, Where>>;
  onChange(key: string, where: Where): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="builder-box">
      <legend>{t('builderSignalsHeading')}</legend>
      <p class="muted">{t('builderSignalsHelp')}</p>
      <table class="signals">
        <thead>
          <tr>
            <th scope="col">{t('builderColSignal')}</th>
            <th scope="col">{t('builderColValue')}</th>
            <th scope="col">{t('builderColWhere')}</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((c) => (
            <tr key={c.key} data-signal={c.key} class={`where-${wheres[c.key] ?? c.where}`}>
              <td>{t(KIND_KEYS[c.kind])}</td>
              <td>
                <code>{c.shown}</code>
              </td>
              <td>
                <select
                  aria-label={t('builderWhereLabel', c.shown)}
                  value={wheres[c.key] ?? c.where}
                  onChange={(e) => onChange(c.key, e.currentTarget.value as Where)}
                >
                  {WHERES.map((w) => (
                    <option key={w} value={w}>
                      {t(WHERE_KEYS[w])}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
