import type { Translate } from '../i18n';
import type { HintLabels } from '../messaging/types';

/**
 * The card's own words in the person's language, for the background to send with each hint.
 * `shortcut`: the sidebar shortcut the manifest suggests (Firefox), or null.
 * `canMute`: false when a policy fixes the muted topics (a mute button would do nothing).
 */
export function hintLabels(t: Translate, shortcut: string | null, canMute: boolean): HintLabels {
  return {
    card: t('hintLabel'),
    recognised: t('hintRecognised'),
    showFix: t('hintShowFix'),
    dismiss: t('hintDismiss'),
    dismissLabel: t('hintDismissLabel'),
    quickFix: t('hintQuickFix'),
    openFull: shortcut ? t('hintOpenFullWith', shortcut) : t('hintOpenFullFromToolbar'),
    ...(canMute && { mute: t('hintMute') }),
  };
}

/** The sidebar shortcut as the manifest suggests it (the person may have changed it; no API reads that). */
export function sidebarShortcut(manifest: {
  commands?: Record<string, { suggested_key?: { default?: string } } | undefined>;
}): string | null {
  return manifest.commands?._execute_sidebar_action?.suggested_key?.default ?? null;
}
