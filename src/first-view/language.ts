import { UI_LANGUAGES, type UiLanguage } from '../i18n';

const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
const uiLanguageField = (stored: unknown): unknown =>
  typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as { uiLanguage?: unknown }).uiLanguage : undefined;

/**
 * The interface language setting in force, from the stored settings and the stored copy of the
 * organisation's policy as they are (unparsed): the policy's when it sets a valid one, else the
 * person's when valid, else `auto`. The same answer as parsing both and applying the policy
 * (src/settings/store.ts `getSettingsNow`), without the schemas: the first view loads no zod.
 * tests/unit/first-view.test.ts holds the two together.
 */
export function uiLanguageOf(storedSettings: unknown, storedPolicy: unknown): UiLanguage {
  const locked = uiLanguageField(storedPolicy);
  if (isUiLanguage(locked)) return locked;
  const own = uiLanguageField(storedSettings);
  return isUiLanguage(own) ? own : 'auto';
}
