import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/preact';
import { captureTab, reportJson, reportMarkdown, saveFile } from './panel-actions';
import './support-tools.css';

/**
 * The status line, kept as a catalogue key (and its substitutions) so that it follows a change of
 * interface language. The reports and captures themselves stay in English, for support staff.
 */
export interface Status {
  key: MessageKey;
  subs?: string[];
}

/** Captures the tab's screen, redacted, into a `*.signpost.json` download; the status says how it went. */
export async function captureAndSave(tabId: number | null): Promise<Status> {
  if (tabId === null) return { key: 'supportCaptureNoPage' };
  const result = await captureTab(tabId);
  if (!result.ok) return { key: result.reason === 'no-page' ? 'supportCaptureNoPage' : 'supportCaptureInvalid' };
  saveFile(result.name, `${JSON.stringify(result.file, null, 2)}\n`);
  return { key: 'supportCaptured', subs: [result.name] };
}

/** "Copy report", "Download report", "Capture this screen" for the side panel. */
export function SupportTools({ tabId }: { tabId: number | null }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);
  const run = (work: () => Promise<Status>) => () => {
    setStatus(null);
    work().then(setStatus, () => setStatus({ key: 'supportFailed' }));
  };
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
      <p class="support-status" role="status" data-testid="support-status">
        {status ? t(status.key, status.subs) : ''}
      </p>
      <p class="support-note">{t('supportNote')}</p>
    </section>
  );
}
