/**
 * Linear time on any input. Redaction, and the engine with its contact shapes and step model, take
 * on a 1 MB hostile word — one on which a backtracking pattern tries every split ("a"×10⁶,
 * "a.a.a…", "1 1 1…", "@@@…", "a@a@…", "_a_a…") — at most a few times what they take on 1 MB of
 * ordinary page text. Timed as a ratio, best of three each, so a slow or busy machine moves both
 * sides alike: a scan that is quadratic in a word's length is thousands of times slower here, a
 * linear one within a small factor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { match } from '../../src/engine/match';
import type { Snapshot } from '../../src/engine/types';
import { redactText } from '../../src/report/redact';
import { shippedRules } from './helpers';

const SIZE = 1_000_000;
const MAX_RATIO = 5;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Page text as screens write it, contacts and codes included, so redaction has its usual work. */
const ORDINARY = fill(
  'Hi jane_doe, we sent a security code to j***@e*****.com and to +1 (415) 555-0134. Enter the 6-digit code 493817 below, then tap Confirm. ' +
    'Didn’t get it? Use a backup code such as 4821 0937, or see https://www.instagram.com/accounts/login/two_factor?next=%2F for help. ' +
    'Código enviado para (11) 91234-5678; introduce el código de 6 dígitos. ',
);

// The finding's words, and the shapes each scanner has its own hard case in: a domain that never
// comes, an unclosed parenthesis, a colon that is no IPv6, a country code, Arabic-Indic digits,
// an address without end, a greeting before every word.
const HOSTILE: Record<string, string> = Object.fromEntries(
  ['a', 'a.', '1 ', '@', 'a@', '_a', 'a@a.', '(1', '1:', '+1', '١', 'https://', 'hi '].map((unit) => [JSON.stringify(unit), fill(unit)]),
);

/** Best of three runs, in milliseconds. */
function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/**
 * The hostile text's time over the ordinary one's. Over the bound, both are timed again (another
 * process may have taken the machine meanwhile) and the better of each counts.
 */
function ratio(
  run: (text: string) => unknown,
  hostile: string,
  ordinary: { ms: number },
): { ratio: number; hostile: number; ordinary: number } {
  let h = best(() => run(hostile));
  if (h / ordinary.ms > MAX_RATIO) {
    ordinary.ms = Math.min(
      ordinary.ms,
      best(() => run(ORDINARY)),
    );
    h = Math.min(
      h,
      best(() => run(hostile)),
    );
  }
  return { ratio: h / ordinary.ms, hostile: h, ordinary: ordinary.ms };
}

const rules = shippedRules().table;
/** A snapshot at a verification step with the text on it as page text, a dialog and a button (the step model reads all three). */
const snapshotWith = (text: string): Snapshot => ({
  url: 'https://www.instagram.com/challenge/8712345/AbCdEf12/',
  lang: 'en',
  texts: { heading: ['Confirm it’s you'], dialog: [text], alert: [], button: ['Send Security Code', text], label: [], text: [text] },
  inputs: [{ tag: 'input', name: 'security_code', type: 'text' }],
  testids: [],
  roles: ['dialog'],
  truncated: false,
});

describe('linear time on a 1 MB hostile word', () => {
  const engine = (text: string) => match(rules, snapshotWith(text));
  const ordinary = { redaction: { ms: Infinity }, engine: { ms: Infinity } };
  beforeAll(() => {
    ordinary.redaction.ms = best(() => redactText(ORDINARY));
    ordinary.engine.ms = best(() => engine(ORDINARY));
  }, 60_000);

  it.each(Object.keys(HOSTILE))(
    `redaction of %s×…: at most ${MAX_RATIO}× ordinary text`,
    (name) => {
      const r = ratio(redactText, HOSTILE[name]!, ordinary.redaction);
      expect(r.ratio, `${name}: ${r.hostile.toFixed(0)} ms against ${r.ordinary.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    },
    60_000,
  );

  it.each(Object.keys(HOSTILE))(
    `the engine (contact shapes, step model, phrases) on %s×…: at most ${MAX_RATIO}× ordinary text`,
    (name) => {
      const r = ratio(engine, HOSTILE[name]!, ordinary.engine);
      expect(r.ratio, `${name}: ${r.hostile.toFixed(0)} ms against ${r.ordinary.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_RATIO);
    },
    60_000,
  );
});
