import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/preact';
import { pinnedTab } from '../../src/lookup/pinned-tab';
import { endFirstView } from '../../src/first-view/handoff';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import '../../src/lookup/theme.css';
import { loadShownArticles } from '../../src/ui/shown-articles';
import { App } from './App';
import './style.css';

// The articles in the browser's language — the language unless the person chose another — start
// loading now, beside the settings read, rather than once it has answered.
void loadShownArticles(createI18n('auto').lang);

// The real side panel follows whichever tab is active in its window; `?tab=<id>` pins it to one.
render(
  <I18nProvider title={({ t }) => t('extName')}>
    <ErrorBoundary onFailed={endFirstView}>
      <App pinnedTab={pinnedTab(location.search)} />
    </ErrorBoundary>
  </I18nProvider>,
  document.getElementById('app')!,
);
