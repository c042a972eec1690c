import { z } from 'zod/mini';

/** How many topics can be muted: a bound on what sync storage holds, well above the topics there are. */
export const MAX_MUTED_TOPICS = 200;

/**
 * Every field has a default and `.catch`es a bad stored value back to it: a corrupt or older
 * settings object loses only the broken field, never the rest (ARCHITECTURE.md, non-negotiables: lose nothing stored).
 */
export const settingsSchema = z.object({
  /** Show the in-page hint card when a screen is recognised (the badge and panel work regardless). */
  hints: z.catch(z.boolean(), true),
  /** Show a neutral "?" on the toolbar icon on a security step no topic knows yet (the panel says so regardless). */
  unknownBadge: z.catch(z.boolean(), true),
  /** Per-site switch: off means Signpost ignores that site's screens entirely. */
  sites: z.catch(
    z.object({
      instagram: z.catch(z.boolean(), true),
      x: z.catch(z.boolean(), true),
    }),
    { instagram: true, x: true },
  ),
  /** Language of the interface: follow the browser ('auto') or one of the shipped locales (src/i18n). */
  uiLanguage: z.catch(z.enum(['auto', 'en', 'es', 'pt_BR']), 'auto'),
  /** Ask "Did this fix it?" in the side panel once a recognised screen gives way to the site's feed. */
  askHelped: z.catch(z.boolean(), true),
  /** Topics whose in-page hint the person switched off (still found by search and in the panel). */
  mutedTopics: z.catch(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(MAX_MUTED_TOPICS)), []),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({ sites: {} });

/** Parses whatever storage holds (nothing, junk, an older shape) into complete settings. */
export function parseSettings(stored: unknown): Settings {
  const input = typeof stored === 'object' && stored !== null ? stored : {};
  const result = settingsSchema.safeParse({ sites: {}, ...input });
  return result.success ? result.data : DEFAULT_SETTINGS;
}
