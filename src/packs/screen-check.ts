import { screenEffects, type Conflict, type KnownScreen } from '../screens/effects';
import type { TableRule } from '../engine/types';
import { tableWithPacks } from './effective';
import type { RulePack } from './validate';

/**
 * What a pack does to the bundled screens, said before it is stored: which screens would rank a
 * different topic first (conflicts, from the one function the rule builder and `check-pack` use,
 * src/screens/effects.ts), and, for each bundled topic whose rule the pack replaces, on how many
 * bundled screens it came first before and comes first now. A pack can quietly break recognition
 * (a rule written with English words only, replacing one that knew five languages): the settings
 * page shows this and stores the pack only when the person confirms; a policy's pack is reported.
 * Pure; the bundled screens are loaded by the page that calls it (src/screens/screens.ts).
 */
export interface ReplacedTopic {
  id: string;
  /** Bundled screens on which the bundled rule ranked this topic first. */
  before: number;
  /** Bundled screens on which the pack's rule ranks it first. */
  after: number;
}

export interface ScreenCheck {
  /** Bundled screens whose first topic changes (to another topic, or to none). */
  conflicts: Conflict[];
  /** Bundled topics the pack replaces the recognition of (a pack topic with `match` and a bundled id). */
  replaced: ReplacedTopic[];
}

/** The pack merged as the extension merges it, against every bundled screen. */
export function checkPackScreens(bundled: readonly TableRule[], packs: readonly RulePack[], screens: readonly KnownScreen[]): ScreenCheck {
  const after = tableWithPacks(bundled, packs);
  const ids = [...new Set(packs.flatMap((p) => p.rules.filter((r) => r.table).map((r) => r.frontMatter.id)))];
  const onBundled = screens.filter((s) => s.bundled);
  const { matches, conflicts } = screenEffects(bundled, after, ids, onBundled);
  const bundledIds = new Set(bundled.map((r) => r.id));
  const replaced = ids
    .filter((id) => bundledIds.has(id))
    .map((id) => {
      const now = (matches.get(id) ?? []).filter((m) => m.first).length;
      // Conflicts are exactly the screens whose first topic changed: the rest kept theirs.
      const lost = conflicts.filter((c) => c.before === id).length;
      const gained = conflicts.filter((c) => c.after === id).length;
      return { id, before: now - gained + lost, after: now };
    });
  return { conflicts, replaced };
}

/** True when storing the pack changes what Signpost recognises on a bundled screen: the person must confirm. */
export const changesBundledScreens = (check: ScreenCheck): boolean => check.conflicts.length > 0;

/**
 * A rule added to a pack already stored (the rule builder's "Add to the pack"): the whole pack is
 * checked again, and what counts is the bundled screens it changes now that it did not change
 * before — the others the person saw, and confirmed, when the pack was imported.
 */
export function addedConflicts(
  bundled: readonly TableRule[],
  before: RulePack,
  after: RulePack,
  screens: readonly KnownScreen[],
): Conflict[] {
  const known = new Set(checkPackScreens(bundled, [before], screens).conflicts.map((c) => `${c.screen} ${c.after}`));
  return checkPackScreens(bundled, [after], screens).conflicts.filter((c) => !known.has(`${c.screen} ${c.after}`));
}
