import { Component, type ComponentChildren } from 'preact';
import { useI18n } from '../i18n/preact';

/**
 * Every extension page's root sits in one (each entrypoint's main.tsx). Without it a throw while
 * rendering — a stored pack the Settings list could not show, say — unmounts the whole tree and
 * leaves a blank page. With it the page says, calmly and in the interface language, that something
 * went wrong, how to get going again and whom to tell. The error and its stack go to the console,
 * where support can read them; never to the person, to whom a stack means nothing. `onFailed` runs
 * as the message is committed: the side panel and the popup pass one that takes a first view they
 * never took over (src/first-view) off the screen, where it would sit above the message.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren; onFailed?: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The error with its stack, for whoever opens the console (no words to translate: it says itself).
    console.error('signpost:', error);
  }

  override render() {
    return this.state.failed ? <PageFailed onShown={this.props.onFailed} /> : this.props.children;
  }
}

function PageFailed({ onShown }: { onShown: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <div
      role="alert"
      class="page-failed"
      data-testid="page-failed"
      ref={(message) => {
        if (message) onShown?.();
      }}
    >
      <h1>{t('pageFailedTitle')}</h1>
      <p>{t('pageFailedBody')}</p>
      <p>
        <button type="button" onClick={() => location.reload()}>
          {t('pageFailedReload')}
        </button>
      </p>
      <p class="muted">{t('pageFailedReport')}</p>
    </div>
  );
}
