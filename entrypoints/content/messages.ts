import { browser } from 'wxt/browser';
import type { Match } from '../../src/engine/types';
import type { BackgroundMessage, ContentMessage, ScreenFacts, ScreenReply, UnknownScreen } from '../../src/messaging/types';

// The content script has no zod (bundle size): the few shapes it receives are checked by hand.

export async function sendScreen(
  url: string,
  matches: Match[],
  unknown: UnknownScreen | null,
  { labels, step, error }: ScreenFacts,
): Promise<ScreenReply> {
  const message: ContentMessage = {
    type: 'screen',
    url,
    matches,
    ...(unknown && { unknown }),
    ...(Object.keys(labels).length > 0 && { labels }),
    ...(step && { step }),
    ...(error && { error }),
  };
  const reply: unknown = await browser.runtime.sendMessage(message);
  return isScreenReply(reply) ? reply : { hint: null };
}

/** Synchronous send: called inside the click handler so the background can still use the gesture. */
export function sendOpenPanel(): void {
  const message: ContentMessage = { type: 'open-side-panel' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function sendDismiss(topic: string): void {
  const message: ContentMessage = { type: 'dismiss', topic };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function sendMute(topic: string): void {
  const message: ContentMessage = { type: 'mute', topic };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'resync';
}

const strings = (o: unknown): boolean => typeof o === 'object' && o !== null && Object.values(o).every((v) => typeof v === 'string');

function isScreenReply(r: unknown): r is ScreenReply {
  if (typeof r !== 'object' || r === null || !('hint' in r)) return false;
  const h = (r as { hint?: Record<string, unknown> | null }).hint;
  return (
    h === null ||
    (strings([h?.topic, h?.lang, h?.title, h?.summary, h?.css]) &&
      strings(h?.labels) &&
      (h?.steps === undefined || (Array.isArray(h.steps) && strings(h.steps))))
  );
}
