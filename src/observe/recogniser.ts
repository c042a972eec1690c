import { match } from '../engine/match';
import type { Match, Snapshot, TableRule } from '../engine/types';
import { MAX_REPORTED_MATCHES } from '../messaging/types';
import { DEFAULT_LIMITS, emptySnapshot, takeSnapshot } from '../page/snapshot';
import { regionsOf } from './regions';
import type { PassResult } from './scheduler';
import type { Scope } from './scope';

/**
 * One pass: the regions the scope reads (regions.ts) → snapshot → matches → "did the screen
 * change?". Only a change is reported: the first pass (the background knows nothing of this document
 * yet), a different top topic, different other topics, or different evidence. Evidence names rule
 * values, never page text, so a signature built from it changes only when the screen does.
 */
export function createRecogniser(rules: () => readonly TableRule[], report: (url: string, matches: Match[]) => void) {
  let last: string | null = null;
  let read = false;
  return {
    evaluate(doc: Document, url: string, scope: Scope): PassResult {
      const regions = regionsOf(doc, scope);
      // Nowhere to read (no surface on a feed, or no live rule): the page matches as an empty one
      // would (its address and language still count), without a walk.
      const snapshot = regions.length > 0 ? takeSnapshot(doc, url, DEFAULT_LIMITS, regions) : emptySnapshot(doc, url);
      read = holdsAnything(snapshot);
      const matches = match(rules(), snapshot).slice(0, MAX_REPORTED_MATCHES);
      const signature = signatureOf(matches);
      if (signature === last) return { kind: 'same' };
      last = signature;
      report(url, matches);
      return { kind: 'reported' };
    },
    /** Did the last pass read anything at all (text, a role, a field, a test id)? */
    read: (): boolean => read,
    /** Forget what was reported (the report failed, or the background asked): the next pass reports. */
    reset(): void {
      last = null;
    },
  };
}

const holdsAnything = (s: Snapshot) => s.inputs.length > 0 || s.testids.length > 0 || s.roles.length > 0 || Object.values(s.texts).some((t) => t.length > 0);

export function signatureOf(matches: readonly Match[]): string {
  return matches.map((m) => `${m.id}:${m.evidence.join('|')}`).join('\n');
}
