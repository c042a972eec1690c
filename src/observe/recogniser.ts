import { screenLabels } from '../engine/labels';
import { rank } from '../engine/match';
import { prepare, type PreparedSnapshot } from '../engine/prepare';
import { asksToVerify } from '../engine/steps';
import type { Match, Snapshot, TableRule } from '../engine/types';
import { MAX_REPORTED_MATCHES, MAX_UNKNOWN_HEADING, type ScreenFacts, type UnknownScreen } from '../messaging/types';
import { DEFAULT_LIMITS, takeSnapshot } from '../page/snapshot';
import { regionsOf } from './regions';
import type { PassResult } from './scheduler';
import type { Scope } from './scope';

/**
 * A look: the regions the scope reads (regions.ts) → snapshot → matches of the rules live here →
 * "did the screen change?". Only a change is reported: the first look (the background knows nothing
 * of this document yet), a different top topic, different other topics, or different evidence.
 * Evidence names rule values, never page text, so a signature built from it changes only when the
 * screen does. The snapshot is taken in one go (a screen is small, the walk capped); the regions are
 * found, read and matched against the rules a part at a time until `deadline`, and the look goes on
 * in the next pass (`more`), so a big table never makes one long slice — even the first look, while
 * the code is still cold.
 * On a verification step's address (`scope.step`) where no rule matches, a step that asks to verify
 * (src/engine/steps.ts) makes the screen `unknown`: reported with its heading, so the panel can say it is not known yet.
 */
export function createRecogniser(
  report: (url: string, matches: Match[], unknown: UnknownScreen | null, facts: ScreenFacts) => void,
  now: () => number = () => performance.now(),
) {
  let last: string | null = null;
  // What the last look read (its regions): where the screen it found lives, for the hint card's
  // placement. Replaced by every new look, so a screen gone from the page is not held for long.
  let regions: readonly Element[] = [];
  // A look under way: `snapshot` null until the regions are read, `page` undefined until it is
  // prepared for matching (null: an address the engine cannot read, which matches nothing).
  let look: {
    url: string;
    rules: readonly TableRule[];
    snapshot: Snapshot | null;
    page: PreparedSnapshot | null | undefined;
    at: number;
    hits: TableRule[];
  } | null = null;
  return {
    evaluate(doc: Document, url: string, scope: Scope, deadline: number): PassResult {
      const rules = scope.kind === 'idle' ? [] : scope.rules;
      // Each step of a look — find the regions, read them (snapshot), fold their text for matching
      // (prepare), match the rules four at a time — may end the pass when the slice is used, once
      // the pass has done one: each is cheap warm, but the first look at a dialog runs cold code,
      // and with a big table a look's steps together overran a slice. A new look starts unless one
      // is under way for this address and these rules (a navigation, or new packs, start afresh; a
      // change meanwhile gets a look of its own afterwards).
      let stepped = false;
      if (look?.url !== url || look.rules !== rules) {
        // Nowhere to read (no surface on a feed, or no live rule): the page matches as an empty one
        // would (its address and language still count), and there is nothing to walk.
        regions = regionsOf(doc, scope);
        look = { url, rules, snapshot: null, page: undefined, at: 0, hits: [] };
        stepped = regions.length > 0;
      }
      let { snapshot } = look;
      if (!snapshot) {
        if (stepped && now() > deadline) return { kind: 'more' };
        // Regions found in an earlier pass may have left the page since: those are not read.
        snapshot = look.snapshot = takeSnapshot(doc, url, DEFAULT_LIMITS, stepped ? regions : regions.filter((r) => r.isConnected));
        // Reading nothing (no region) is no step: an empty page is read and prepared at once.
        stepped = regions.length > 0;
      }
      if (look.page === undefined) {
        if (stepped && now() > deadline) return { kind: 'more' };
        look.page = prepare(snapshot);
        stepped = regions.length > 0;
      }
      const { page, hits } = look;
      const from = look.at;
      while (page && look.at < rules.length) {
        if ((look.at & 3) === 0 && (stepped || look.at > from) && now() > deadline) return { kind: 'more' };
        const rule = rules[look.at++]!;
        if (rank([rule], page).length > 0) hits.push(rule);
      }
      look = null;
      const matches = page ? rank(hits, page).slice(0, MAX_REPORTED_MATCHES) : [];
      const unknown = matches.length === 0 && isUnknownStep(scope, page) ? unknownScreen(snapshot) : null;
      // The step and an error count too: the panel follows the screen through its steps (a code
      // refused, in a language whose words no rule knows, changes no evidence).
      const step = page?.step?.id ?? null;
      const error = page?.alerting === true;
      const signature = `${signatureOf(matches, unknown)}\n${step}${error ? '!' : ''}`;
      if (signature === last) return { kind: 'same' };
      last = signature;
      report(url, matches, unknown, { labels: screenLabels(matches[0], snapshot), step, error });
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

/**
 * With no topic matched, is this page a security step Signpost does not know yet? Only on a
 * verification step's address (`scope.step`), and only where the page's step asks to verify
 * (src/engine/steps.ts). Shared with the fixture variants' check (src/tools/variant-results.ts).
 */
export const isUnknownStep = (scope: Scope, page: PreparedSnapshot | null): boolean =>
  scope.kind === 'page' && scope.step && page !== null && asksToVerify(page.step, page);

export function signatureOf(matches: readonly Match[], unknown: UnknownScreen | null = null): string {
  const known = matches.map((m) => `${m.id}:${m.evidence.join('|')}`).join('\n');
  return unknown ? `?${unknown.heading}` : known;
}

/** The screen's first heading (what the panel searches with), whitespace folded, bounded. */
const unknownScreen = (snapshot: Snapshot): UnknownScreen => ({
  heading: (snapshot.texts.heading[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_UNKNOWN_HEADING),
});
