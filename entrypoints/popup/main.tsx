import { render } from 'preact';
import { browser } from 'wxt/browser';
import { STRINGS } from './strings';
import './style.css';

// The window is looked up before any click: sidePanel.open must run synchronously in the click
// handler (an await first would spend the user gesture). Manual lookup joins this popup later.
let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => (windowId = w.id));

function openPanel(): void {
  if (!browser.sidePanel || windowId === undefined) return;
  browser.sidePanel.open({ windowId }).then(
    () => window.close(),
    (error: unknown) => console.warn('Signpost: side panel did not open', error),
  );
}

function Popup() {
  return (
    <main>
      <h1>{STRINGS.title}</h1>
      <button type="button" onClick={openPanel}>
        {STRINGS.openPanel}
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
