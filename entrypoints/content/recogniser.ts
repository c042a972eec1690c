import { match } from '../../src/engine/match';
import type { Match, Snapshot, TableRule } from '../../src/engine/types';
import { MAX_REPORTED_MATCHES } from '../../src/messaging/types';
import { emptySnapshot, startSnapshot } from '../../src/page/snapshot';
import type { Gate } from './gate';

/**
 * Snapshot → matches → "did the screen change?". Only a change is reported: the first evaluation
 * (the background knows nothing of this document yet), a different top topic, different other
 * topics, or different evidence. Evidence names rule values, never page text, so a signature
 * built from it changes only when the screen does. The walk runs in slices (`evaluate` returns
 * true while there is more): a big page costs a few short tasks, never one long one.
 */
export function createRecogniser(rules: () => readonly TableRule[], report: (url: string, matches: Match[]) => void, gate: Gate) {
  let last: string | null = null;
  let walk: { url: string; step: (deadline: number) => Snapshot | null } | null = null;

  return {
    /** Works until `deadline`; true when the walk is not finished (call again, e.g. next frame). */
    evaluate(doc: Document, url: string, deadline: number): boolean {
      // A page holding nothing any live rule reads matches as an empty one would (the URL and language
      // still count): a few native reads (textContent, one query) instead of a walk of every element,
      // which costs tens of ms on a big page while the script is still cold.
      if (walk?.url !== url) {
        const root = doc.body ?? doc.documentElement;
        const check = root ? gate.page(root) : () => false;
        let step = (d: number): Snapshot | null => {
          const carries = check(d);
          if (carries === null) return null;
          step = carries ? startSnapshot(doc, url) : () => emptySnapshot(doc, url);
          return step(d);
        };
        walk = { url, step: (d) => step(d) };
      }
      const snapshot = walk.step(deadline);
      if (!snapshot) return true;
      walk = null;
      const matches = match(rules(), snapshot).slice(0, MAX_REPORTED_MATCHES);
      const signature = signatureOf(matches);
      if (signature !== last) {
        last = signature;
        report(url, matches);
      }
      return false;
    },
    /** Is a walk under way (finish it before looking at new changes)? */
    walking(): boolean {
      return walk !== null;
    },
    /** Is some topic recognised now (or not yet known)? */
    recognised(): boolean {
      return last !== '';
    },
    /** Forget what was reported (the report failed, or the background asked): the next pass reports. */
    reset(): void {
      last = null;
    },
  };
}

export function signatureOf(matches: readonly Match[]): string {
  return matches.map((m) => `${m.id}:${m.evidence.join('|')}`).join('\n');
}
