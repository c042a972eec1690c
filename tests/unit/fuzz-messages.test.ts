/**
 * Fuzzing the messages the content script sends: 10 000 random ones through the schema, and 2 000
 * from random senders through the background's router. Nothing throws; a refused message is dropped
 * and counted under a reason.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentMessageSchema } from '../../src/messaging/schemas';
import { contentScriptSender } from './content-script-sender';
import { FUZZ_RUNS as RUNS } from './fuzz-runs';
import { shippedRules } from './helpers';

// The background's router reads the build's tables from virtual modules: give it the shipped rules.
vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
vi.mock('virtual:signpost/articles', () => import('./build-modules').then((m) => m.articlesModule()));
vi.mock('virtual:signpost/short-fixes', () => import('./build-modules').then((m) => m.shortFixesModule()));
vi.mock('virtual:signpost/topic-cards', () => import('./build-modules').then((m) => m.topicCardsModule()));

const topicIds = shippedRules().table.map((r) => r.id);

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
      fc.constant(contentScriptSender(7, 'https://www.instagram.com/challenge/')),
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
