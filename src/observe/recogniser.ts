import { rank } from '../engine/match';
import { prepare, type PreparedSnapshot } from '../engine/prepare';
import { asksToVerify } from '../engine/security-step';
import type { Match, Snapshot, TableRule } from '../engine/types';
import { MAX_REPORTED_MATCHES, MAX_UNKNOWN_HEADING, type UnknownScreen } from '../messaging/types';
import { DEFAULT_LIMITS, takeSnapshot } from '../page/snapshot';
import { regionsOf } from './regions';
import type { PassResult } from './scheduler';
import type { Scope } from './scope';


/**
 * A look: the regions the scope reads (regions.ts) → snapshot → matches of the rules live here →
 * "did the screen change?". Only a change is reported: the first look (the background knows nothing
 * of this document yet), a different top topic, different other topics, or different evidence.
 * Evidence names rule values, never page text, so a signature built from it changes only when the
 * screen does. The snapshot is taken in one go (a screen is small, the walk capped); the rules are
 * matched a part at a time until `deadline`, and the look goes on in the next pass (`more`), so a
 * big table never makes one long slice — even the first look, while the code is still cold.
 * On a verification step's address (`scope.step`) where no rule matches, a form asking to verify
 * makes the screen `unknown`: reported with its heading, so the panel can say it is not known yet.
 */
export function createRecogniser(report: (url: string, matches: Match[], unknown: UnknownScreen | null) => void, now: () => number = () => performance.now()) {
  let last: string | null = null;
  // What the last look read (its regions): where the screen it found lives, for the hint card's
  // placement. Replaced by every new look, so a screen gone from the page is not held for long.
  let regions: readonly Element[] = [];
  let look: { url: string; rules: readonly TableRule[]; snapshot: Snapshot; page: PreparedSnapshot | null; at: number; hits: TableRule[] } | null = null;
  return {
    evaluate(doc: Document, url: string, scope: Scope, deadline: number): PassResult {
      const rules = scope.kind === 'idle' ? [] : scope.rules;
      // A new look unless one is under way for this address and these rules (a navigation, or
      // new packs, start afresh; a change meanwhile gets a look of its own afterwards).
      // A look that goes on from an earlier slice always matches a few rules before it may stop.
      const from = look?.url === url && look.rules === rules ? look.at : -1;
      if (look?.url !== url || look.rules !== rules) {
        // Nowhere to read (no surface on a feed, or no live rule): the page matches as an empty one
        // would (its address and language still count), and there is nothing to walk.
        regions = regionsOf(doc, scope);
        const snapshot = takeSnapshot(doc, url, DEFAULT_LIMITS, regions);
        look = { url, rules, snapshot, page: prepare(snapshot), at: 0, hits: [] };
      }
      const { page, hits } = look;
      // The clock is read before every 4 rules — the first time right after a new snapshot, which
      // may have used the slice already: a rule costs a few µs warm, but far more while the code is
      // cold, and 16 cold rules of a big pack overran a slice by a couple of milliseconds.
      while (page && look.at < rules.length) {
        if ((look.at & 3) === 0 && look.at > from && now() > deadline) return { kind: 'more' };
        const rule = rules[look.at++]!;
        if (rank([rule], page).length > 0) hits.push(rule);
      }
      const { snapshot } = look;
      look = null;
      const matches = page ? rank(hits, page).slice(0, MAX_REPORTED_MATCHES) : [];
      const unknown = matches.length === 0 && scope.kind === 'page' && scope.step && asksToVerify(snapshot.inputs) ? unknownScreen(snapshot) : null;
      const signature = signatureOf(matches, unknown);
      if (signature === last) return { kind: 'same' };
      last = signature;
      report(url, matches, unknown);
      return { kind: 'reported' };
    },
    /** Did the last look find anything to read? Only then can a removal change what the rules see. */
    read: (): boolean => regions.length > 0,
    /** The regions the last look read: the whole body on a screen's own address, else the dialogs, alerts and code forms there. */
    regions: (): readonly Element[] => regions,
    /** Forget what was reported (the report failed, or the background asked): the next look reports. */
    reset(): void {
      last = null;
    },
  };
}

export function signatureOf(matches: readonly Match[], unknown: UnknownScreen | null = null): string {
  const known = matches.map((m) => `${m.id}:${m.evidence.join('|')}`).join('\n');
  return unknown ? `?${unknown.heading}` : known;
}

/** The screen's first heading (what the panel searches with), whitespace folded, bounded. */
const unknownScreen = (snapshot: Snapshot): UnknownScreen => ({
  heading: (snapshot.texts.heading[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_UNKNOWN_HEADING),
});
