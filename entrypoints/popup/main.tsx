import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/preact';
import { endFirstView } from '../../src/first-view/handoff';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import '../../src/lookup/theme.css';
import { startSearch } from '../../src/ui/lookup-search';
import { Popup } from './Popup';
import './style.css';

// The popup is for searching, and its box is already shown (index.html): the index, its code and the
// rows in the browser's language (the language unless the person chose another) load now, beside
// the settings read (src/ui/lookup-search.ts).
startSearch(createI18n('auto').lang);

render(
  <I18nProvider title={({ t }) => t('popupTitle')}>
    <ErrorBoundary onFailed={endFirstView}>
      <Popup />
    </ErrorBoundary>
  </I18nProvider>,
  document.getElementById('app')!,
);
