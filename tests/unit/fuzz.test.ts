/**
 * Fuzzing: random snapshots, DOMs, messages and rule files, 10 000 of each. Nothing
 * throws; malformed input is refused with a reason (a snapshot file: `reason`; a message: dropped
 * and counted under a reason; a rule: every issue names its field).
 *
 * Kept under ~10 s each on a 2-core machine: DOMs are small random trees (the expensive part is
 * parsing), the engine runs on every accepted snapshot and DOM.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { match } from '../../src/engine/match';
import { INPUT_ATTRS, TEXT_ROLES, type Snapshot } from '../../src/engine/types';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { takeSnapshot } from '../../src/page/snapshot';
import { redactSnapshot } from '../../src/report/redact';
import { sanitizeElement } from '../../src/report/sanitize';
import { readSnapshotJson, SNAPSHOT_FORMAT, SNAPSHOT_FILE_VERSION } from '../../src/report/snapshot-file';
import { frontMatterSchema } from '../../src/rules/schema';
import { shippedRules } from './helpers';

// The background's router reads the build's topic table from a virtual module: give it the shipped rules.
vi.mock('virtual:signpost/match-table', async () => ({ default: (await import('./helpers')).shippedRules().table }));
vi.mock('virtual:signpost/articles', async () => ({ default: (await import('./helpers')).shippedRules().articles }));
vi.mock('virtual:signpost/short-fixes', async () => ({
  default: (await import('../../src/rules/short-fix')).shortFixes((await import('./helpers')).shippedRules().articles),
}));
vi.mock('virtual:signpost/topic-cards', async () => ({
  default: (await import('../../src/rules/topic-cards')).topicCards((await import('./helpers')).shippedRules().articles),
}));

const RUNS = 10_000;
const rules = shippedRules().table;
const topicIds = rules.map((r) => r.id);

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

// ---------------------------------------------------------------- messages

const validMessage = fc.oneof(
  fc.record({
    type: fc.constant('screen'),
    url: fc.constantFrom('https://www.instagram.com/challenge/', 'https://x.com/i/flow/login'),
    matches: fc.array(
      fc.record({
        id: fc.constantFrom(...topicIds),
        score: fc.double({ min: 0, max: 100, noNaN: true }),
        evidence: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
      }),
      { maxLength: 5 },
    ),
  }),
  fc.record({ type: fc.constant('dismiss'), topic: fc.constantFrom(...topicIds) }),
);
const messageInput = fc.oneof(
  validMessage,
  fc
    .tuple(validMessage, fc.constantFrom('type', 'url', 'matches', 'topic', 'extra'), fc.jsonValue({ maxDepth: 3 }))
    .map(([m, k, v]) => ({ ...m, [k]: v })),
  fc.record({
    type: fc.constant('screen'),
    url: fc.oneof(fc.webUrl(), fc.string()),
    matches: fc.array(fc.record({ id: fc.string(), score: fc.double(), evidence: fc.anything() }), { maxLength: 7 }),
  }),
  fc.anything(),
);

describe('fuzz: messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it(`${RUNS} random messages: the schema never throws; refusals carry issues with a path and message`, () => {
    fc.assert(
      fc.property(messageInput, (message) => {
        const parsed = contentMessageSchema.safeParse(message);
        if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the background router survives random messages from any sender; every refusal is counted by reason', async () => {
    const { onMessage } = await import('../../entrypoints/background/router');
    const { getDropped } = await import('../../src/storage/counters');
    const sender = fc.oneof(
      fc.constant({ id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/challenge/', frameId: 0, tab: { id: 7 } }),
      fc.record(
        {
          id: fc.oneof(fc.constant(fakeBrowser.runtime.id), fc.string()),
          url: fc.oneof(fc.webUrl(), fc.constant('https://x.com/')),
          frameId: fc.integer({ min: -1, max: 3 }),
          tab: fc.record({ id: fc.integer({ min: -2, max: 5 }) }),
        },
        { requiredKeys: [] },
      ),
    );
    let refusedExpected = 0;
    await fc.assert(
      fc.asyncProperty(messageInput, sender, async (message, from) => {
        const reply = onMessage(message, from as Parameters<typeof onMessage>[1]);
        if (reply === undefined) {
          const isOpen =
            (message as { type?: unknown } | null)?.type === 'open-side-panel' && contentMessageSchema.safeParse(message).success;
          if (!isOpen) refusedExpected++;
        } else await reply; // must not reject
      }),
      { numRuns: 2_000 },
    );
    await vi.waitFor(async () => expect((await getDropped()).total).toBe(refusedExpected), { timeout: 10_000 });
    const reasons = Object.keys((await getDropped()).byReason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(['sender', 'shape', 'topic']).toContain(r);
  }, 60_000);
});

// ---------------------------------------------------------------- rule files (the schema a rule pack would use)

describe('fuzz: rule front matter', () => {
  const valid = fc.record({
    id: fc.constantFrom('instagram/some-topic', 'x/other', 'general/a-b-c'),
    platform: fc.constantFrom('instagram', 'x', 'general'),
    title: fc.string({ minLength: 1, maxLength: 60 }),
    summary: fc.string({ minLength: 1, maxLength: 100 }),
    kind: fc.constantFrom('blocking', 'warning', 'info'),
    seeds: fc.array(fc.constantFrom('seed-a', 'seed-b'), { minLength: 1, maxLength: 2 }),
    match: fc.record({
      any: fc.array(
        fc.oneof(
          fc.record({ heading: fc.string({ maxLength: 20 }) }),
          fc.record({ path: fc.string({ maxLength: 20 }) }),
          fc.record({ input: fc.record({ autocomplete: fc.string() }) }),
        ),
        { maxLength: 3 },
      ),
    }),
  });
  const input = fc.oneof(
    valid,
    fc
      .tuple(valid, fc.constantFrom('id', 'platform', 'title', 'kind', 'seeds', 'match', 'extra'), fc.jsonValue({ maxDepth: 3 }))
      .map(([r, k, v]) => ({ ...r, [k]: v })),
    fc.anything(),
  );

  it(`${RUNS} random rule files: validated without throwing; every issue names a field and a reason`, () => {
    fc.assert(
      fc.property(input, (rule) => {
        const parsed = frontMatterSchema.safeParse(rule);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.error.issues) expect(issue.message).toMatch(/\S/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
