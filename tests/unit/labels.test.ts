import { describe, expect, it } from 'vitest';
import { labelsByPhrase, MAX_LABEL, screenLabels } from '../../src/engine/labels';
import { match } from '../../src/engine/match';
import { readFixture } from '../../src/screens/fixtures';
import { shippedRules, snapshotOf } from './helpers';

const { table } = shippedRules();

describe("the screen's own labels", () => {
  it("on a Spanish challenge, the article's **Send Security Code** finds the page's button", () => {
    const f = readFixture('instagram/suspicious-login/page-es.html');
    const snapshot = snapshotOf(f.html, f.url);
    const top = match(table, snapshot)[0]!;
    const seen = screenLabels(top, snapshot);
    expect(seen).toEqual({ 'enviar codigo de seguridad': 'Enviar código de seguridad' });
    const byPhrase = labelsByPhrase(
      table.find((r) => r.id === top.id),
      seen,
    );
    expect(byPhrase['send security code']).toBe('Enviar código de seguridad');
  });

  it('carries only the text of a control a sign saw: not a heading, not a field, not other page text', () => {
    const snapshot = snapshotOf(
      '<h2>Suspicious Login Attempt</h2><p>j.doe@example.com</p><button>Send Security Code to j.doe@example.com now</button><input name="x" value="typed">',
      'https://www.instagram.com/challenge/1/a/',
    );
    const labels = screenLabels(
      { id: 't', score: 1, evidence: ['heading "suspicious login attempt"', 'button "send security code"', 'input with name=x'] },
      snapshot,
    );
    expect(Object.keys(labels)).toEqual(['send security code']);
    expect(labels['send security code']!.length).toBeLessThanOrEqual(MAX_LABEL);
    expect(JSON.stringify(labels)).not.toContain('typed');
  });

  it('gives nothing for a match without control signs, or no match', () => {
    expect(screenLabels(undefined, snapshotOf('<button>Next</button>'))).toEqual({});
    expect(
      screenLabels({ id: 't', score: 1, evidence: ['screen step "instagram/challenge-code"'] }, snapshotOf('<button>Next</button>')),
    ).toEqual({});
  });
});

describe("the platform's messages in the page's language", () => {
  it('on a Spanish challenge whose code was refused, the English quote finds the Spanish phrase that held', async () => {
    const { heldPhrases } = await import('../../src/engine/labels');
    const f = readFixture('instagram/suspicious-login/code-rejected-es.html');
    const top = match(table, snapshotOf(f.html, f.url))[0]!;
    const held = heldPhrases(
      table.find((r) => r.id === top.id),
      top.evidence,
    );
    expect(held['please check the code we sent you and try again']).toBe('revisa el codigo que te enviamos e intentalo de nuevo');
    // Only rule phrases: nothing of the page's own text beyond them.
    expect(Object.values(held).every((p) => table.some((r) => [...r.all, ...r.any].some((c) => (c.v as string[]).includes?.(p))))).toBe(
      true,
    );
  });
});

describe('the hint card once the fix was refused', () => {
  it('leads with the first point of "If that doesn\'t work", in each language', async () => {
    const { topicCards } = await import('../../src/build/rules/topic-cards');
    const cards = topicCards(shippedRules().articles)['instagram/suspicious-login']!;
    expect(cards.en!.fallback).toMatch(/^Take the code from the forwarded email/);
    expect(cards.es!.fallback).toBeTruthy();
    expect(cards['pt-BR']!.fallback).toBeTruthy();
    for (const c of Object.values(cards)) expect(c.fallback!.length).toBeLessThanOrEqual(200);
  });
});
