import { useI18n } from '../../src/i18n/preact';
import type { PackProblem } from '../../src/packs/validate';
import { problemSentence } from './pack-problem';

/** Every problem as file — field — reason: the reason said for people, the validator's exact words beside it. */
export function PackProblems({ heading, errors }: { heading: string; errors: readonly PackProblem[] }) {
  const { t } = useI18n();
  return (
    <div class="problems">
      <p>{heading}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('packsColFile')}</th>
            <th scope="col">{t('packsColField')}</th>
            <th scope="col">{t('packsColReason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={i}>
              <td>
                <code>{e.file}</code>
              </td>
              <td>
                <code>{e.field}</code>
              </td>
              <td>
                {problemSentence(e, t)}
                <details>
                  <summary>{t('packsProblemDetails')}</summary>
                  <code lang="en">{e.reason}</code>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
