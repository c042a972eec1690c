import type { ComponentChildren } from 'preact';

/**
 * The side panel's frame around an article, shared by the panel (entrypoints/sidepanel/App.tsx) and
 * its first view (src/first-view), so that the article the first view paints does not move when the
 * panel takes over. Strings come as props: the first view has no message catalogue, only its file's.
 * A missing handler leaves its button disabled (the first view's, until the panel's own arrive).
 */
export function PanelNav({
  label,
  title,
  settings,
  onSettings,
  children,
}: {
  label: string;
  title: string;
  settings: string;
  onSettings?: () => void;
  /** Back / Forward, before Settings. */
  children?: ComponentChildren;
}) {
  return (
    <nav class="history" aria-label={label}>
      <h1 class="sr-only">{title}</h1>
      {children}
      <button type="button" class="link settings-link" onClick={onSettings} disabled={!onSettings}>
        {settings}
      </button>
    </nav>
  );
}

/** "Not your screen? Other topics and search", under a recognised screen's kicker. */
export function WayOut({ question, action, onAction }: { question: string; action: string; onAction?: () => void }) {
  return (
    <p class="way-out">
      {question}{' '}
      <button type="button" class="link" onClick={onAction} disabled={!onAction}>
        {action}
      </button>
    </p>
  );
}
