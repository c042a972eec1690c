import { MAX_MUTED_TOPICS } from '../../src/settings/schema';
import { getUserSettings, updateSettings } from '../../src/settings/store';

/**
 * The card's "Don't show for this topic": the topic joins the muted topics in settings, as if
 * ticked on the settings page. The settings watcher (resync.ts) then clears the badge of every tab
 * showing it and withdraws its cards; the panel says it is muted and offers Unmute.
 */
export async function muteTopic(topic: string): Promise<void> {
  const { mutedTopics } = await getUserSettings();
  // A list over the bound would not parse, and settings would fall back to none muted.
  if (!mutedTopics.includes(topic) && mutedTopics.length < MAX_MUTED_TOPICS) await updateSettings({ mutedTopics: [...mutedTopics, topic] });
}
