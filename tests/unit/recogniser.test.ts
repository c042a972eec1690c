import { describe, expect, it } from 'vitest';
import { match } from '../../src/engine/match';
import type { Match } from '../../src/engine/types';
import { MAX_REPORTED_MATCHES } from '../../src/messaging/types';
import { createRecogniser } from '../../src/observe/recogniser';
import { scopeAt } from '../../src/observe/scope';
import { takeSnapshot } from '../../src/page/snapshot';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { shippedRules } from './helpers';

// A look, in parts: the recogniser matches a page a slice at a time and reports only what changed.
const { table } = shippedRules();
const FEED = 'https://www.instagram.com/';

describe('content pipeline recogniser', () => {
  // A big table: the bundled rules thirty times over (ids made distinct), so that several match.
  const big = Array.from({ length: 30 }, (_, n) => table.map((r) => ({ ...r, id: `${r.id}-${n}` }))).flat();
  const doc = parseHtmlDocument(
    '<!DOCTYPE html><html lang="en"><body><div role="dialog"><h2>We Detected An Unusual Login Attempt</h2><div role="button">Send Security Code</div></div></body></html>',
  ) as unknown as Document;

  it('matches a big table a part at a time, and reports exactly what matching it at once finds', () => {
    const reports: Match[][] = [];
    const recogniser = createRecogniser((_, matches) => reports.push(matches));
    const scope = scopeAt(big, FEED);
    let looks = 1;
    while (recogniser.evaluate(doc, FEED, scope, -Infinity).kind === 'more') looks++;
    expect(looks).toBeGreaterThan(1);
    const all = match(big, takeSnapshot(doc, FEED)).slice(0, MAX_REPORTED_MATCHES);
    expect(all.length).toBeGreaterThan(1);
    expect(reports).toEqual([all]);
    // Unchanged page, unchanged result: nothing more to report.
    while (recogniser.evaluate(doc, FEED, scope, Infinity).kind === 'more');
    expect(reports).toHaveLength(1);
  });

  it('a look that used its slice finding the dialog reads it in the next pass, unless it has left the page', () => {
    const page = () =>
      parseHtmlDocument(
        '<!DOCTYPE html><html lang="en"><body><div role="dialog"><h2>We Detected An Unusual Login Attempt</h2><div role="button">Send Security Code</div></div></body></html>',
      ) as unknown as Document;
    const scope = scopeAt(table, FEED);
    const run = (doc: Document, between: () => void) => {
      const reports: Match[][] = [];
      const recogniser = createRecogniser((_, matches) => reports.push(matches));
      // The slice is used up at once: the first pass only finds the regions.
      expect(recogniser.evaluate(doc, FEED, scope, -Infinity).kind).toBe('more');
      expect(recogniser.regions()).toHaveLength(1);
      between();
      while (recogniser.evaluate(doc, FEED, scope, Infinity).kind === 'more');
      return reports;
    };
    const stays = page();
    expect(run(stays, () => {}).map((m) => m[0]?.id)).toEqual(['instagram/suspicious-login']);
    const leaves = page();
    expect(run(leaves, () => leaves.querySelector('[role="dialog"]')!.remove())).toEqual([[]]);
  });

  it('starts a look afresh when the address or the rules change under it', () => {
    const reports: string[] = [];
    const recogniser = createRecogniser((url) => reports.push(url));
    const scope = scopeAt(big, FEED);
    expect(recogniser.evaluate(doc, FEED, scope, -Infinity).kind).toBe('more');
    const idle = 'https://example.com/';
    expect(recogniser.evaluate(doc, idle, scopeAt(big, idle), -Infinity).kind).toBe('reported');
    expect(reports).toEqual([idle]);
  });
});
