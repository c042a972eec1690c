import { useI18n } from '../i18n/preact';
import { captureAndSave, reportJson, reportMarkdown, saveFile } from './panel-actions';
import { StatusLine, useStatus } from './status';
import './support-tools.css';

/** "Copy report", "Download report", "Capture this screen" for the side panel. */
export function SupportTools({ tabId }: { tabId: number | null }) {
  const { t } = useI18n();
  const { status, run } = useStatus();
  return (
    <section class="support" aria-labelledby="support-heading" data-testid="support-tools">
      <h3 id="support-heading">{t('supportHeading')}</h3>
      <div class="support-buttons">
        <button
          type="button"
          onClick={run(async () => {
            const md = await reportMarkdown();
            try {
              await navigator.clipboard.writeText(md);
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
            const { name, text } = await reportJson();
            saveFile(name, text);
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
