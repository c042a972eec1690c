import { z } from 'zod';

/** How many topics can be muted: a bound on what sync storage holds, well above the topics there are. */
export const MAX_MUTED_TOPICS = 200;

/**
 * Every field has a default and `.catch`es a bad stored value back to it: a corrupt or older
 * settings object loses only the broken field, never the rest (ARCHITECTURE.md, non-negotiables: lose nothing stored).
 */
export const settingsSchema = z.object({
  /** Show the in-page hint card when a screen is recognised (the badge and panel work regardless). */
  hints: z.boolean().catch(true),
  /** Show a neutral "?" on the toolbar icon on a security step no topic knows yet (the panel says so regardless). */
  unknownBadge: z.boolean().catch(true),
  /** Per-site switch: off means Signpost ignores that site's screens entirely. */
  sites: z
    .object({
      instagram: z.boolean().catch(true),
      x: z.boolean().catch(true),
    })
    .catch({ instagram: true, x: true }),
  /** Language of the interface: follow the browser ('auto') or one of the shipped locales (src/i18n). */
  uiLanguage: z.enum(['auto', 'en', 'es', 'pt_BR']).catch('auto'),
  /** Ask "Did this fix it?" in the side panel once a recognised screen gives way to the site's feed. */
  askHelped: z.boolean().catch(true),
  /** Topics whose in-page hint the person switched off (still found by search and in the panel). */
  mutedTopics: z.array(z.string().min(1).max(100)).max(MAX_MUTED_TOPICS).catch([]),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({ sites: {} });

/** Parses whatever storage holds (nothing, junk, an older shape) into complete settings. */
export function parseSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null ? stored : {};
  const result = settingsSchema.safeParse({ sites: {}, ...input });
  return result.success ? result.data : DEFAULT_SETTINGS;
}
