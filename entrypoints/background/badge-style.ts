import type { Kind } from '../../src/engine/types';

/** What a badge can say: how urgent the recognised screen is, or "a security step no topic knows yet". */
export type BadgeKind = Kind | 'unknown';

// Plain data (no browser API) so e2e tests can assert the exact colours.
// Colour by kind so a glance at the toolbar says how urgent the screen is; dark enough for the
// badge's white text to stay readable.
// The unknown screen's grey is no severity: Signpost cannot say how urgent a screen it does not know is.
export const BADGE: Record<BadgeKind, { text: string; color: string }> = {
  blocking: { text: '!', color: '#C5221F' },
  warning: { text: '!', color: '#B06000' },
  info: { text: 'i', color: '#1A73E8' },
  unknown: { text: '?', color: '#5F6368' },
};
