import '../../src/zod/jitless'; // first: before any zod schema is built
import { render } from 'preact';
import { I18nProvider } from '../../src/i18n/preact';
import { Replay } from './Replay';
import './style.css';

render(
  <I18nProvider title={({ t }) => t('replayTitle')}>
    <Replay />
  </I18nProvider>,
  document.getElementById('app')!,
);
