import { rank } from '../engine/match';
import { prepare, type PreparedSnapshot } from '../engine/prepare';
import type { Match, TableRule } from '../engine/types';
import { MAX_REPORTED_MATCHES } from '../messaging/types';
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
 */
export function createRecogniser(report: (url: string, matches: Match[]) => void) {
  let last: string | null = null;
  let read = false;
  let look: { url: string; rules: readonly TableRule[]; page: PreparedSnapshot | null; at: number; hits: TableRule[] } | null = null;
  return {
    evaluate(doc: Document, url: string, scope: Scope, deadline: number): PassResult {
      const rules = scope.kind === 'idle' ? [] : scope.rules;
      // A new look unless one is under way for this address and these rules (a navigation, or
      // new packs, start afresh; a change meanwhile gets a look of its own afterwards).
      if (look?.url !== url || look.rules !== rules) {
        // Nowhere to read (no surface on a feed, or no live rule): the page matches as an empty one
        // would (its address and language still count), and there is nothing to walk.
        const regions = regionsOf(doc, scope);
        read = regions.length > 0;
        look = { url, rules, page: prepare(takeSnapshot(doc, url, DEFAULT_LIMITS, regions)), at: 0, hits: [] };
      }
      const { page, hits } = look;
      // The clock is read every 16 rules: one costs a few µs warm, tens while the code is cold.
      while (page && look.at < rules.length) {
        const rule = rules[look.at++]!;
        if (rank([rule], page).length > 0) hits.push(rule);
        if ((look.at & 15) === 0 && look.at < rules.length && performance.now() > deadline) return { kind: 'more' };
      }
      look = null;
      const matches = page ? rank(hits, page).slice(0, MAX_REPORTED_MATCHES) : [];
      const signature = signatureOf(matches);
      if (signature === last) return { kind: 'same' };
      last = signature;
      report(url, matches);
      return { kind: 'reported' };
    },
    /** Did the last look find anything to read? Only then can a removal change what the rules see. */
    read: (): boolean => read,
    /** Forget what was reported (the report failed, or the background asked): the next look reports. */
    reset(): void {
      last = null;
    },
  };
}

export function signatureOf(matches: readonly Match[]): string {
  return matches.map((m) => `${m.id}:${m.evidence.join('|')}`).join('\n');
}
