import { match } from '../../src/engine/match';
import type { Match, TableRule } from '../../src/engine/types';
import { MAX_REPORTED_MATCHES } from '../../src/messaging/types';
import { takeSnapshot } from '../../src/page/snapshot';

/**
 * Snapshot → matches → "did the screen change?". Only a change is reported: the first evaluation
 * (the background knows nothing of this document yet), a different top topic, different other
 * topics, or different evidence. Evidence names rule values, never page text, so a signature
 * built from it changes only when the screen does.
 */
export function createRecogniser(table: readonly TableRule[], report: (url: string, matches: Match[]) => void) {
  let last: string | null = null;

  return {
    evaluate(doc: Document, url: string): void {
      const matches = match(table, takeSnapshot(doc, url)).slice(0, MAX_REPORTED_MATCHES);
      const signature = signatureOf(matches);
      if (signature === last) return;
      last = signature;
      report(url, matches);
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
