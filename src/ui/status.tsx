import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/preact';

/**
 * What a support action says when it is done, kept as a catalogue key (and its substitutions) so
 * that it follows a change of interface language. The reports and captures themselves stay in
 * English, for support staff.
 */
export interface Status {
  key: MessageKey;
  subs?: string[];
}

/**
 * One status line for a group of actions: `run(work)` is a click handler that clears the line, does
 * the work and says how it went — "something went wrong" if it threw, never silence.
 */
export function useStatus(): { status: Status | null; run: (work: () => Promise<Status>) => () => void } {
  const [status, setStatus] = useState<Status | null>(null);
  const run = (work: () => Promise<Status>) => () => {
    setStatus(null);
    work().then(setStatus, () => setStatus({ key: 'supportFailed' }));
  };
  return { status, run };
}

/** The line itself: announced to screen readers as it changes. */
export function StatusLine({ status, testId }: { status: Status | null; testId: string }) {
  const { t } = useI18n();
  return (
    <p class="support-status" role="status" data-testid={testId}>
      {status ? t(status.key, status.subs) : ''}
    </p>
  );
}
