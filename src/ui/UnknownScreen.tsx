import { useI18n } from '../i18n/preact';
import { Lookup } from '../lookup/Lookup';
import type { ArticleSearch } from '../search';
import { siteOfHost, type Site } from '../settings/sites';
import { captureAndSave } from './panel-actions';
import { StatusLine, useStatus } from './status';

/**
 * The side panel on a security step no topic knows yet: says so plainly, offers search already
 * holding the screen's heading, and the capture support needs to add the screen (the same redacted
 * capture as the support tools below it).
 */
export function UnknownScreen({
  heading,
  url,
  search,
  tabId,
  onChoose,
}: {
  heading: string;
  url: string;
  search: ArticleSearch | null;
  tabId: number | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  const { status, run } = useStatus();
  // Results for the screen's own platform first: an X screen is not helped by Instagram articles.
  const site = siteOfUrl(url);
  return (
    <section class="unknown" aria-labelledby="unknown-title" data-testid="unknown-screen">
      <h2 id="unknown-title">{t('panelUnknown')}</h2>
      <p class="muted">{t('panelUnknownHelp')}</p>
      <p>
        <button type="button" class="primary" disabled={tabId === null} onClick={run(() => captureAndSave(tabId))}>
          {t('panelUnknownCapture')}
        </button>
      </p>
      <StatusLine status={status} testId="unknown-status" />
      <Lookup search={search} onChoose={onChoose} idPrefix="panel" initialQuery={heading} initialFilter={site ?? 'all'} />
    </section>
  );
}

function siteOfUrl(url: string): Site | null {
  try {
    return siteOfHost(new URL(url).hostname);
  } catch {
    return null;
  }
}
