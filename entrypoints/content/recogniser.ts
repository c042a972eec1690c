import { match } from '../../src/engine/match';
import type { Match, TableRule } from '../../src/engine/types';
import { MAX_REPORTED_MATCHES } from '../../src/messaging/types';
import { emptySnapshot, takeSnapshot } from '../../src/page/snapshot';
import type { Gate } from './gate';

/** Page text beyond which the gate does not look and the page is snapshotted. */
const PAGE_TEXT = 200_000;

/**
 * Snapshot → matches → "did the screen change?". Only a change is reported: the first evaluation
 * (the background knows nothing of this document yet), a different top topic, different other
 * topics, or different evidence. Evidence names rule values, never page text, so a signature
 * built from it changes only when the screen does.
 */
export function createRecogniser(rules: () => readonly TableRule[], report: (url: string, matches: Match[]) => void, gate: Gate) {
  let last: string | null = null;

  return {
    evaluate(doc: Document, url: string): void {
      // A page holding nothing any rule reads matches as an empty one would (the URL and language
      // still count): one textContent read instead of a walk of every element.
      const root = doc.body ?? doc.documentElement;
      const snapshot = root && !gate.carries(root, PAGE_TEXT) ? emptySnapshot(doc, url) : takeSnapshot(doc, url);
      const matches = match(rules(), snapshot).slice(0, MAX_REPORTED_MATCHES);
      const signature = signatureOf(matches);
      if (signature === last) return;
      last = signature;
      report(url, matches);
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
