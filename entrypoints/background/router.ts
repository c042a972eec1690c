import { browser, type Browser } from 'wxt/browser';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { contentScriptTab } from '../../src/messaging/sender';
import { recordAction } from '../../src/report/actions';
import { recordInternalError } from '../../src/report/timeline';
import { countDropped } from '../../src/storage/counters';
import { muteTopic } from './mute';
import { onDismiss, onScreenReport } from './screen';
import { openSidePanel } from './side-panel';
import { isKnownTopic, topicsLoaded, topicsReady } from '../../src/packs/topic-registry';

/**
 * The one runtime.onMessage listener. Sender first (only our content script, top frame, allowed
 * host), then shape (zod), then topic ids (must be ones this build or a rule pack in effect knows).
 * Anything else is dropped and counted. Stays synchronous up to `openSidePanel`: an `await` there would spend the gesture.
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
      void recordAction('background', 'hint-opened', tabId); // after the gesture is spent: for the report's timeline
      return undefined;
    case 'dismiss':
      return whenKnown([msg.topic], () => onDismiss(tabId, msg.topic));
    case 'mute':
      return whenKnown([msg.topic], () => muteTopic(msg.topic).then(() => recordAction('background', 'topic-muted', tabId, msg.topic)));
    case 'screen':
      return whenKnown(
        msg.matches.map((m) => m.id),
        () => onScreenReport(tabId, msg),
      );
  }
}

/**
 * Runs `handle` when every topic id is known (bundled, or a rule pack in effect), else drops the
 * message. Only a report naming a topic not known yet waits while the packs load after a worker
 * start — the first read of the policy (storage.managed) can take seconds in Chromium, and bundled
 * screens must not wait for it. Once one report waits, later ones wait behind it, so reports are
 * still handled in the order they came.
 */
let waiting = 0;
function whenKnown<T>(ids: readonly string[], handle: () => Promise<T>): Promise<T | undefined> | undefined {
  const decide = () => (ids.every(isKnownTopic) ? handle() : drop('topic'));
  if (topicsLoaded() || (waiting === 0 && ids.every(isKnownTopic))) return decide();
  waiting++;
  return topicsReady().then(() => {
    waiting--;
    return decide();
  });
}

function drop(reason: string): undefined {
  void countDropped(reason);
  void recordInternalError('dropped', `message refused: ${reason}`);
  return undefined;
}
