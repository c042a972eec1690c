import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/preact';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import '../../src/lookup/theme.css';
import { prefetchSearch } from '../../src/ui/lookup-search';
import { Popup } from './Popup';
import './style.css';

// The popup is for searching: the index, its code and the rows in the browser's language (the
// language unless the person chose another) are fetched now, beside the settings read; loading the
// index waits until the box is shown (src/ui/lookup-search.ts).
prefetchSearch(createI18n('auto').lang);

render(
  <I18nProvider title={({ t }) => t('popupTitle')}>
    <ErrorBoundary>
      <Popup />
    </ErrorBoundary>
  </I18nProvider>,
  document.getElementById('app')!,
);
