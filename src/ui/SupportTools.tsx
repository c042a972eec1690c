import { useState } from 'preact/hooks';
import { captureTab, reportJson, reportMarkdown, saveFile } from '../report/panel-actions';
import './support-tools.css';

export interface SupportStrings {
  heading: string;
  copy: string;
  download: string;
  capture: string;
  copied: string;
  copyFailed: string;
  downloaded: string;
  captured: (name: string) => string;
  captureNoPage: string;
  captureInvalid: string;
  failed: string;
  note: string;
}

export const SUPPORT_STRINGS_EN: SupportStrings = {
  heading: 'For support',
  copy: 'Copy report',
  download: 'Download report',
  capture: 'Capture this screen',
  copied: 'Report copied. Paste it into your support ticket.',
  copyFailed: 'Could not copy. Use “Download report” instead.',
  downloaded: 'Report downloaded.',
  captured: (name) => `Screen saved as ${name}.`,
  captureNoPage: 'Nothing to capture: open an Instagram or X page in this tab first.',
  captureInvalid: 'The capture came back damaged and was not saved. Reload the page and try again.',
  failed: 'Something went wrong. Reload the page and try again.',
  note: 'Reports and captures leave out what you typed, and remove emails, phone numbers, codes and usernames.',
};

/** "Copy report", "Download report", "Capture this screen" for the side panel. */
export function SupportTools({ tabId, strings = SUPPORT_STRINGS_EN }: { tabId: number | null; strings?: SupportStrings }) {
  const [status, setStatus] = useState('');
  const run = (work: () => Promise<string>) => () => {
    setStatus('');
    work().then(setStatus, () => setStatus(strings.failed));
  };
  return (
    <section class="support" aria-labelledby="support-heading" data-testid="support-tools">
      <h3 id="support-heading">{strings.heading}</h3>
      <div class="support-buttons">
        <button
          type="button"
          onClick={run(async () => {
            const md = await reportMarkdown();
            try {
              await navigator.clipboard.writeText(md);
              return strings.copied;
            } catch {
              return strings.copyFailed;
            }
          })}
        >
          {strings.copy}
        </button>
        <button
          type="button"
          onClick={run(async () => {
            const { name, text } = await reportJson();
            saveFile(name, text);
            return strings.downloaded;
          })}
        >
          {strings.download}
        </button>
        <button
          type="button"
          disabled={tabId === null}
          onClick={run(async () => {
            if (tabId === null) return strings.captureNoPage;
            const result = await captureTab(tabId);
            if (!result.ok) return result.reason === 'no-page' ? strings.captureNoPage : strings.captureInvalid;
            saveFile(result.name, `${JSON.stringify(result.file, null, 2)}\n`);
            return strings.captured(result.name);
          })}
        >
          {strings.capture}
        </button>
      </div>
      <p class="support-status" role="status" data-testid="support-status">
        {status}
      </p>
      <p class="support-note">{strings.note}</p>
    </section>
  );
}
