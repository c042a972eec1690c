import { isAllowedUrl } from '../settings/sites';

/** The parts of `runtime.MessageSender` the check reads (Chrome and Firefox both provide these). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/**
 * Is this our own content script, in the top frame of a tab on one of the allowed hosts?
 * Returns the tab id, or null. Extension pages (no tab), other extensions and subframes are refused:
 * only a content script speaks for a tab's screen.
 */
export function contentScriptTab(sender: SenderLike, extensionId: string): number | null {
  if (sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (sender.frameId !== 0) return null;
  return isAllowedUrl(sender.url) ? tabId : null;
}
