import { z } from 'zod';
import { ACTIONS_KEYS } from '../storage/keys';
import { append, readList } from './session-log';

/**
 * What the person did, for the diagnostics report's timeline: the hint shown, dismissed or turned
 * off, "Show the fix" clicked, an article opened, "Show me" used, a screen captured, "Did this fix
 * it?" answered. Each entry is a time, the tab, what happened and the topic's id — never anything
 * the page says, so nothing here needs redacting.
 *
 * The background and the extension's pages each keep their own list (storage.session): two
 * contexts appending to one list could lose each other's entries.
 */

export const ACTIONS = [
  'hint-shown',
  'hint-dismissed',
  'hint-opened',
  'topic-muted',
  'article-opened',
  'show-me',
  'screen-captured',
  'helped-yes',
  'helped-no',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Topic and step ids, as rule files and packs write them: ids only, never page text. */
export const PUBLIC_ID = /^[a-z0-9]+\/[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const publicId = z.string().max(100).regex(PUBLIC_ID);

export const actionEntrySchema = z.object({
  at: z.number(),
  /** The browser's tab id (the report numbers tabs itself); null off any tab (the popup). */
  tabId: z.number().int().nullable(),
  action: z.enum(ACTIONS),
  topic: publicId.nullable(),
});
export type ActionEntry = z.infer<typeof actionEntrySchema>;

export const MAX_ACTIONS = 100;

/**
 * Records one action. `by`: which context writes (each has its own list). A topic that is not an
 * id is left out rather than stored.
 */
export function recordAction(
  by: keyof typeof ACTIONS_KEYS,
  action: Action,
  tabId: number | null,
  topic: string | null = null,
  at = Date.now(),
): Promise<void> {
  const id = topic !== null && publicId.safeParse(topic).success ? topic : null;
  return append(ACTIONS_KEYS[by], actionEntrySchema, { at, tabId, action, topic: id }, MAX_ACTIONS);
}

/** Every recorded action, oldest first. */
export async function readActions(): Promise<ActionEntry[]> {
  const [background, pages] = await Promise.all([
    readList(ACTIONS_KEYS.background, actionEntrySchema),
    readList(ACTIONS_KEYS.pages, actionEntrySchema),
  ]);
  return [...background, ...pages].sort((a, b) => a.at - b.at);
}
