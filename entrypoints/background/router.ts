import { browser, type Browser } from 'wxt/browser';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { contentScriptTab } from '../../src/messaging/sender';
import { recordInternalError } from '../../src/report/timeline';
import { countDropped } from '../../src/storage/counters';
import { onDismiss, onScreenReport } from './screen';
import { openSidePanel } from './side-panel';
import { KIND_BY_ID } from './topics';

/**
 * The one runtime.onMessage listener. Sender first (only our content script, top frame, allowed
 * host), then shape (zod), then topic ids (must be ones this build knows). Anything else is dropped
 * and counted. Stays synchronous up to `openSidePanel`: an `await` there would spend the gesture.
 */
export function onMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (tabId === null) return drop('sender');
  const parsed = contentMessageSchema.safeParse(message);
  if (!parsed.success) return drop('shape');
  const msg = parsed.data;
  switch (msg.type) {
    case 'open-side-panel':
      openSidePanel(tabId);
      return undefined;
    case 'dismiss':
      if (!KIND_BY_ID.has(msg.topic)) return drop('topic');
      return onDismiss(tabId, msg.topic);
    case 'screen':
      if (!msg.matches.every((m) => KIND_BY_ID.has(m.id))) return drop('topic');
      return onScreenReport(tabId, msg);
  }
}

function drop(reason: string): undefined {
  void countDropped(reason);
  void recordInternalError('dropped', `message refused: ${reason}`);
  return undefined;
}
