import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { I18nProvider } from '../../src/i18n/preact';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { Replay } from './Replay';
import './style.css';

render(
  <I18nProvider title={({ t }) => t('replayTitle')}>
    <ErrorBoundary>
      <Replay />
    </ErrorBoundary>
  </I18nProvider>,
  document.getElementById('app')!,
);
