import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { I18nProvider } from '../../src/i18n/preact';
import '../../src/lookup/theme.css';
import { App } from './App';
import './style.css';

// `?tab=<id>` pins the panel to one tab (tests, and the popup opening a panel as a page);
// the real side panel follows whichever tab is active in its window.
const pinned = Number(new URLSearchParams(location.search).get('tab'));
render(
  <I18nProvider title={({ t }) => t('extName')}>
    <App pinnedTab={Number.isInteger(pinned) && pinned > 0 ? pinned : null} />
  </I18nProvider>,
  document.getElementById('app')!,
);
