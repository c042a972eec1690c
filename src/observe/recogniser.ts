import { match } from '../engine/match';
import type { Match, TableRule } from '../engine/types';
import { MAX_REPORTED_MATCHES } from '../messaging/types';
import { emptySnapshot, takeSnapshot } from '../page/snapshot';
import type { Gate } from './gate';

/**
 * Snapshot → matches → "did the screen change?". Only a change is reported: the first evaluation
 * (the background knows nothing of this document yet), a different top topic, different other
 * topics, or different evidence. Evidence names rule values, never page text, so a signature
 * built from it changes only when the screen does. The first look at a page (is anything there a
 * rule reads?) runs in slices — `evaluate` returns true while there is more — so a big feed costs a
 * few short tasks, never one long one.
 */
export function createRecogniser(rules: () => readonly TableRule[], report: (url: string, matches: Match[]) => void, gate: Gate) {
  let last: string | null = null;
  /** The first look at a page, while it takes more than one slice. */
  let firstLook: { url: string; step: (deadline: number) => boolean | null } | null = null;

  return {
    /**
     * Works until `deadline`; true when the first look is not finished (call again, e.g. next frame).
     * `look`: first see whether the page holds anything at all (a new page, or a look under way);
     * false when a change that matters is already known — the snapshot is needed then.
     */
    evaluate(doc: Document, url: string, deadline: number, look: boolean): boolean {
      const root = doc.body ?? doc.documentElement;
      let carries = root !== null;
      // A page holding nothing any live rule reads matches as an empty one would (the URL and language
      // still count): a few native reads (textContent, one query) instead of a walk of every element,
      // which costs tens of ms on a big page while the script is still cold.
      if (root && look) {
        if (firstLook?.url !== url) firstLook = { url, step: gate.page(root) };
        const verdict = firstLook.step(deadline);
        if (verdict === null) return true;
        firstLook = null;
        carries = verdict;
      }
      // The walk itself runs in one go: a screen is a small page, and spread over frames a walk
      // crawls on exactly the heavy pages where frames are slow (tests/e2e/hostile.spec.ts).
      const snapshot = carries ? takeSnapshot(doc, url) : emptySnapshot(doc, url);
      const matches = match(rules(), snapshot).slice(0, MAX_REPORTED_MATCHES);
      const signature = signatureOf(matches);
      if (signature !== last) {
        last = signature;
        report(url, matches);
      }
      return false;
    },
    /** Is a first look under way (finish it before looking at new changes)? */
    looking(): boolean {
      return firstLook !== null;
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
