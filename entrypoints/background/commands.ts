import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';

/** Manifest command name (wxt.config.ts). `_execute_action` (the popup) needs no handler. */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

export function watchCommands(): void {
  // A command is a user gesture in Chrome, so sidePanel.open is allowed here, synchronously.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_SIDE_PANEL_COMMAND && tab?.id !== undefined) openSidePanel(tab.id);
  });
}
