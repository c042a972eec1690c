/**
 * Fuzzing: random snapshot files and DOMs, 10 000 of each (messages: fuzz-messages.test.ts; rule
 * files: fuzz-rule-files.test.ts). Nothing throws; a malformed snapshot file is refused with a
 * `reason`. DOMs are small random trees (the expensive part is parsing); the engine runs on every
 * accepted snapshot and DOM.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { match } from '../../src/engine/match';
import { INPUT_ATTRS, TEXT_ROLES, type Snapshot } from '../../src/engine/types';
import { takeSnapshot } from '../../src/page/snapshot';
import { redactSnapshot } from '../../src/report/redact';
import { sanitizeElement } from '../../src/report/sanitize';
import { readSnapshotJson, SNAPSHOT_FORMAT, SNAPSHOT_FILE_VERSION } from '../../src/report/snapshot-file';
import { FUZZ_RUNS as RUNS } from './fuzz-runs';
import { shippedRules } from './helpers';

const rules = shippedRules().table;

// ---------------------------------------------------------------- snapshots

const shortText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Enter the 6-digit code', 'Suspicious Login Attempt', 'Send Security Code', 'Código', ''),
);
const validSnapshot: fc.Arbitrary<Snapshot> = fc.record({
  url: fc.oneof(fc.webUrl(), fc.constantFrom('https://www.instagram.com/challenge/', 'https://x.com/i/flow/login', 'not a url', '')),
  lang: fc.oneof(fc.constantFrom('en', 'es', 'pt-BR', ''), fc.string({ maxLength: 10 })),
  texts: fc.record(
    Object.fromEntries(TEXT_ROLES.map((r) => [r, fc.array(shortText, { maxLength: 4 })])) as Record<
      (typeof TEXT_ROLES)[number],
      fc.Arbitrary<string[]>
    >,
  ),
  inputs: fc.array(
    fc.record(
      {
        tag: fc.constantFrom('input' as const, 'textarea' as const, 'select' as const),
        ...Object.fromEntries(INPUT_ATTRS.map((a) => [a, shortText])),
      },
      { requiredKeys: ['tag'] },
    ) as fc.Arbitrary<Snapshot['inputs'][number]>,
    { maxLength: 3 },
  ),
  testids: fc.array(shortText, { maxLength: 3 }),
  roles: fc.array(shortText, { maxLength: 3 }),
  truncated: fc.boolean(),
});

/** A valid snapshot with one part replaced by something random: mostly malformed. */
const corrupted = fc
  .tuple(
    validSnapshot,
    fc.constantFrom('url', 'lang', 'texts', 'inputs', 'testids', 'roles', 'truncated', 'extra'),
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map(([s, key, junk]) => ({ ...s, [key]: junk }));

const snapshotInput = fc.oneof(
  {
    weight: 2,
    arbitrary: validSnapshot.map((s) => JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_FILE_VERSION, snapshot: s })),
  },
  { weight: 1, arbitrary: validSnapshot.map((s) => JSON.stringify(s)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(corrupted, fc.boolean())
      .map(([s, bare]) => JSON.stringify(bare ? s : { format: SNAPSHOT_FORMAT, version: 1, snapshot: s })),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -5, max: 1e9 }).map((version) => JSON.stringify({ format: SNAPSHOT_FORMAT, version, snapshot: {} })),
  },
);

describe('fuzz: snapshots', () => {
  it(`${RUNS} random snapshot files: read or refused with a reason; accepted ones match and redact`, () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(snapshotInput, (json) => {
        const result = readSnapshotJson(json);
        if (result.ok) {
          accepted++;
          match(rules, result.snapshot);
          redactSnapshot(result.snapshot);
        } else {
          refused++;
          expect(result.reason).toMatch(/\S{3,}/);
        }
      }),
      { numRuns: RUNS },
    );
    // Both paths were really exercised.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeGreaterThan(RUNS / 10);
  }, 60_000);
});

// ---------------------------------------------------------------- DOMs

const TAGS = [
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'button',
  'a',
  'label',
  'form',
  'input',
  'textarea',
  'select',
  'section',
  'dialog',
  'script',
  'style',
  'svg',
  'template',
  'img',
  'ul',
  'li',
  'table',
  'td',
  'iframe',
];
const ATTRS = [
  'role',
  'aria-label',
  'aria-hidden',
  'hidden',
  'style',
  'data-testid',
  'type',
  'name',
  'autocomplete',
  'placeholder',
  'value',
  'onclick',
  'href',
  'class',
  'id',
  'open',
  'x/onload',
  'title',
];
const attrValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'dialog',
    'alert',
    'button',
    'true',
    'display:none',
    'password',
    'one-time-code',
    'javascript:alert(1)',
    '"><script>',
    'Enter the code',
  ),
);
const htmlText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'Enter the 6-digit code',
    'Suspicious Login Attempt',
    'jane@example.com',
    '+1 415 555 0134',
    '&amp;',
    '<',
    '</div>',
    '<!--',
    ']]>',
    '\u0000',
    '𝔘𝔫𝔦',
  ),
);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    htmlText,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(fc.tuple(fc.constantFrom(...ATTRS), attrValue), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, close]) =>
          `<${tag}${attrs.map(([a, v]) => ` ${a}="${v.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
      ),
  ),
}));

describe('fuzz: DOMs', () => {
  it(`${RUNS} random DOMs: snapshot, sanitised copy and engine never throw; no value or script survives`, () => {
    fc.assert(
      fc.property(
        node,
        fc.constantFrom('https://www.instagram.com/challenge/', 'https://x.com/i/flow/login', 'https://twitter.com/'),
        (html, url) => {
          const doc = parseHtmlDocument(html);
          const snapshot = takeSnapshot(doc, url);
          match(rules, snapshot);
          const copy = sanitizeElement(doc.body ?? doc.documentElement);
          // Parsed back, the copy holds no script, handler, outbound URL, style or value.
          for (const el of parseHtmlDocument(copy.html).querySelectorAll('*')) {
            expect(['script', 'style', 'iframe', 'svg', 'template']).not.toContain(el.localName);
            for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^(on|value$|href$|src$|style$)/);
          }
          expect(readSnapshotJson(JSON.stringify(redactSnapshot(snapshot))).ok).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
