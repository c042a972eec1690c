import { useI18n } from '../i18n/preact';
import { captureAndSave, reportFile, saveFile } from './panel-actions';
import { StatusLine, useStatus } from './status';
import './support-tools.css';

/** "Copy report", "Download report" (one file, the same text), "Capture this screen" for the side panel. */
export function SupportTools({ tabId }: { tabId: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { status, run } = useStatus();
  return (
    <section class="support" aria-labelledby="support-heading" data-testid="support-tools">
      <h3 id="support-heading">{t('supportHeading')}</h3>
      <div class="support-buttons">
        <button
          type="button"
          onClick={run(async () => {
            const { text } = await reportFile(i18n);
            try {
              await navigator.clipboard.writeText(text);
              return { key: 'supportCopied' };
            } catch {
              return { key: 'supportCopyFailed' };
            }
          })}
        >
          {t('supportCopy')}
        </button>
        <button
          type="button"
          onClick={run(async () => {
            // The same text as the copy: Markdown a person can open, the report for support tools inside.
            const { name, text } = await reportFile(i18n);
            saveFile(name, text, 'text/markdown;charset=utf-8');
            return { key: 'supportDownloaded' };
          })}
        >
          {t('supportDownload')}
        </button>
        <button type="button" disabled={tabId === null} onClick={run(() => captureAndSave(tabId))}>
          {t('supportCapture')}
        </button>
      </div>
      <StatusLine status={status} testId="support-status" />
      <p class="support-note">{t('supportNote')}</p>
    </section>
  );
}
