import type { Kind } from '../../src/engine/types';

// Plain data (no browser API) so e2e tests can assert the exact colours.
// Colour by kind so a glance at the toolbar says how urgent the screen is; dark enough for the
// badge's white text to stay readable.
export const BADGE: Record<Kind, { text: string; color: string }> = {
  blocking: { text: '!', color: '#C5221F' },
  warning: { text: '!', color: '#B06000' },
  info: { text: 'i', color: '#1A73E8' },
};
