import { match } from '../engine/match';
import type { Snapshot, TableRule } from '../engine/types';

/**
 * What a set of new rules does to known screens: which of them each new topic matches, and which
 * bundled screens would rank a different topic first — a conflict, because a rule pack must not take
 * a screen from the topic that fixes it (nor light up a screen where nothing should). Pure: the CLI's
 * `check-pack` and the replay page's rule builder share it, so both say the same of the same pack.
 */
export interface KnownScreen {
  name: string;
  snapshot: Snapshot;
  /** A bundled screen: its first topic is a promise (a conflict if it changes). Others are only matched. */
  bundled: boolean;
}

export interface Conflict {
  screen: string;
  before: string | null;
  after: string | null;
}

export interface ScreenEffects {
  /** For each new topic id, the screens it matches, and whether it ranks first there. */
  matches: Map<string, { screen: string; first: boolean }[]>;
  conflicts: Conflict[];
}

/**
 * `before`: the rules without the new ones; `after`: with them merged as the extension merges them.
 * `exempt` names the screen the rule is being made from when that screen is itself bundled (a
 * negative no topic knew yet): taking it is the point of the rule, not a conflict.
 */
export function screenEffects(
  before: readonly TableRule[],
  after: readonly TableRule[],
  newIds: readonly string[],
  screens: readonly KnownScreen[],
  exempt?: (screen: KnownScreen) => boolean,
): ScreenEffects {
  const matches = new Map<string, { screen: string; first: boolean }[]>(newIds.map((id) => [id, []]));
  const conflicts: Conflict[] = [];
  for (const screen of screens) {
    const ranked = match(after, screen.snapshot);
    ranked.forEach((m, i) => matches.get(m.id)?.push({ screen: screen.name, first: i === 0 }));
    if (!screen.bundled || exempt?.(screen)) continue;
    const was = match(before, screen.snapshot)[0]?.id ?? null;
    const now = ranked[0]?.id ?? null;
    if (was !== now) conflicts.push({ screen: screen.name, before: was, after: now });
  }
  return { matches, conflicts };
}

/** Two snapshots of one screen: same host and route, same headings and buttons (redacted alike). */
export function sameScreen(a: Snapshot, b: Snapshot): boolean {
  const route = (s: Snapshot) => {
    const u = new URL(s.url);
    return `${u.hostname}${u.pathname.replace(/\/$/, '')}`.toLowerCase();
  };
  const words = (s: Snapshot) => JSON.stringify([[...s.texts.heading].sort(), [...s.texts.button].sort()]);
  return route(a) === route(b) && words(a) === words(b);
}
