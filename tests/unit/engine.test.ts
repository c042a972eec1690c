import { describe, expect, it } from 'vitest';
import { explain, match } from '../../src/engine/match';
import type { Snapshot, TableRule } from '../../src/engine/types';
import { compileCondition } from '../../src/rules/compile';

const snap = (over: Partial<Snapshot> = {}): Snapshot => ({
  url: 'https://www.instagram.com/challenge/123/',
  lang: 'en',
  texts: {
    heading: ['Suspicious Login Attempt'],
    dialog: [],
    alert: [],
    button: ['Send Security Code'],
    label: [],
    text: ['Suspicious Login Attempt Send Security Code'],
  },
  inputs: [{ tag: 'input', type: 'tel', name: 'security_code' }],
  testids: ['ocfEnterTextTextInput'],
  roles: ['dialog'],
  truncated: false,
  ...over,
});

const rule = (id: string, over: Partial<TableRule> = {}): TableRule => ({
  id,
  kind: 'blocking',
  hosts: ['www.instagram.com'],
  all: [],
  any: [],
  none: [],
  minAny: 0,
  ...over,
});

describe('match', () => {
  it('scores the held conditions and names them as evidence', () => {
    const r = rule('a', {
      all: [compileCondition({ path: '^/challenge/' })],
      any: [compileCondition({ heading: 'Suspicious  login attempt' }), compileCondition({ button: 'Nope' })],
      minAny: 1,
    });
    expect(match([r], snap())).toEqual([
      { id: 'a', score: 5, evidence: ['URL path starts with "/challenge/"', 'heading "suspicious login attempt"'] },
    ]);
  });
  it('ranks by score, then blocking before info', () => {
    const low = rule('low', { any: [compileCondition({ text: 'security code' })], minAny: 1 });
    const high = rule('high', { any: [compileCondition({ heading: 'suspicious' }), compileCondition({ button: 'send' })], minAny: 1 });
    const infoTie = rule('tie', { kind: 'info', any: [compileCondition({ text: 'send security' })], minAny: 1 });
    expect(match([infoTie, low, high], snap()).map((m) => m.id)).toEqual(['high', 'low', 'tie']);
  });
  it('ranks secondary rules below every primary match, whatever their score', () => {
    const strong = rule('strong', {
      secondary: true,
      any: [compileCondition({ heading: 'suspicious' }), compileCondition({ button: 'send' })],
      minAny: 1,
    });
    const weak = rule('weak', { kind: 'info', any: [compileCondition({ text: 'security code' })], minAny: 1 });
    expect(match([strong, weak], snap()).map((m) => [m.id, m.score])).toEqual([
      ['weak', 1],
      ['strong', 5],
    ]);
    expect(match([strong], snap()).map((m) => m.id)).toEqual(['strong']);
  });
  it('fails when an all condition fails, a none condition holds, or too few any hold', () => {
    expect(match([rule('a', { all: [compileCondition({ path: '/accounts/' })] })], snap())).toEqual([]);
    expect(
      match([rule('a', { all: [compileCondition({ path: '/challenge/' })], none: [compileCondition({ role: 'dialog' })] })], snap()),
    ).toEqual([]);
    const two = rule('a', { any: [compileCondition({ heading: 'suspicious' }), compileCondition({ button: 'cancel' })], minAny: 2 });
    expect(match([two], snap())).toEqual([]);
  });
  it('ignores rules for other hosts and unparseable URLs', () => {
    const r = rule('a', { any: [compileCondition({ heading: 'suspicious' })], minAny: 1 });
    expect(match([r], snap({ url: 'https://example.com/challenge/' }))).toEqual([]);
    expect(match([r], snap({ url: 'not a url' }))).toEqual([]);
  });
  it('matches input attributes, test ids and language', () => {
    const r = rule('a', {
      all: [
        compileCondition({ input: { name: 'SECURITY_CODE', type: 'tel' } }),
        compileCondition({ testid: 'ocfentertexttextinput' }),
        compileCondition({ lang: 'en' }),
      ],
    });
    expect(match([r], snap())).toHaveLength(1);
    expect(match([r], snap({ lang: 'en-GB' }))).toHaveLength(1);
    expect(match([r], snap({ lang: 'es' }))).toEqual([]);
    expect(match([r], snap({ inputs: [{ tag: 'input', type: 'text', name: 'security_code' }] }))).toEqual([]);
  });
  it('treats an unknown condition kind as not holding instead of throwing', () => {
    const r = rule('a', { any: [{ k: 'future' as 'path', v: ['x'], w: 1 }], minAny: 1 });
    expect(() => match([r], snap())).not.toThrow();
    expect(match([r], snap())).toEqual([]);
  });
});

describe('explain', () => {
  it('lists every condition with pass/fail and why a rule failed', () => {
    const r = rule('a', {
      all: [compileCondition({ path: '^/challenge/' })],
      any: [compileCondition({ heading: 'nothing like this' })],
      none: [compileCondition({ button: 'send security code' })],
      minAny: 1,
    });
    const [trace] = explain([r], snap());
    expect(trace!.matched).toBe(false);
    expect(trace!.reason).toBe('an excluding ("none") condition held');
    expect(trace!.conditions.map((c) => [c.group, c.held])).toEqual([
      ['all', true],
      ['any', false],
      ['none', true],
    ]);
  });
  it('agrees with match on what matched', () => {
    const r = rule('a', { any: [compileCondition({ heading: 'suspicious' })], minAny: 1 });
    const [trace] = explain([r], snap());
    expect(trace).toMatchObject({ id: 'a', matched: true, score: match([r], snap())[0]!.score });
    expect(explain([r], snap({ url: 'https://x.com/' }))[0]!.reason).toMatch(/host x\.com/);
  });
});

describe('language-free signals', () => {
  const page = (text: string, inputs: Snapshot['inputs'] = []) =>
    snap({ url: 'https://x.com/i/flow/login', texts: { heading: [], dialog: [], alert: [], button: [], label: [], text: [text] }, inputs });
  const shows = (v: 'email' | 'phone') => rule(v, { hosts: [], all: [compileCondition({ shows: v })] });

  it('`shows` holds on an address or a number, whole, masked or already redacted', () => {
    for (const t of ['we sent it to jane.doe@example.com.', 'Hint: j***@e*****.com', 'sent to [email]'])
      expect(
        match([shows('email')], page(t)).map((m) => m.id),
        t,
      ).toEqual(['email']);
    for (const t of ['text it to +1 415 555 0100', 'your number +1 ***-***-**67', 'from [phone]', 'call 020 7946 0958'])
      expect(
        match([shows('phone')], page(t)).map((m) => m.id),
        t,
      ).toEqual(['phone']);
  });

  it('`shows` does not hold on lookalikes: handles, short numbers, codes, backup codes', () => {
    for (const t of ['follow @studio_lumen', 'Enter the email address', 'a@b']) expect(match([shows('email')], page(t)), t).toEqual([]);
    for (const t of ['your number ending in 42', 'code 123456', 'backup code 1234 5678', 'in 2026'])
      expect(match([shows('phone')], page(t)), t).toEqual([]);
  });

  it('`empty` on an input asks whether the field is empty, as the snapshot recorded it', () => {
    const r = rule('empty', { hosts: [], all: [compileCondition({ input: { type: 'email', empty: 'true' } })] });
    expect(match([r], page('', [{ tag: 'input', type: 'email', empty: 'true' }])).map((m) => m.id)).toEqual(['empty']);
    expect(match([r], page('', [{ tag: 'input', type: 'email', empty: 'false' }]))).toEqual([]);
    expect(match([r], page('', [{ tag: 'input', type: 'email' }]))).toEqual([]);
  });
});

describe('steps and signs', () => {
  const code = (inputs: Snapshot['inputs']) =>
    snap({
      url: 'https://www.instagram.com/accounts/login/two_factor',
      texts: { heading: [], dialog: [], alert: [], button: [], label: [], text: [] },
      inputs,
      roles: [],
    });
  it('counts two attributes of one field as one sign, two fields as two', () => {
    const r = rule('two-signs', {
      any: [compileCondition({ input: { autocomplete: 'one-time-code' } }), compileCondition({ input: { inputmode: 'numeric' } })],
      minAny: 2,
    });
    expect(match([r], code([{ tag: 'input', autocomplete: 'one-time-code', inputmode: 'numeric' }]))).toEqual([]);
    expect(
      match(
        [r],
        code([
          { tag: 'input', autocomplete: 'one-time-code' },
          { tag: 'input', inputmode: 'numeric' },
        ]),
      ).map((m) => m.id),
    ).toEqual(['two-signs']);
  });
  it('counts one phrase read as a heading and as a dialog text once', () => {
    const r = rule('phrase', {
      any: [compileCondition({ heading: 'Suspicious Login Attempt' }), compileCondition({ dialog: 'Suspicious Login Attempt' })],
      minAny: 2,
    });
    expect(
      match(
        [r],
        snap({
          texts: {
            heading: ['Suspicious Login Attempt'],
            dialog: ['Suspicious Login Attempt'],
            alert: [],
            button: [],
            label: [],
            text: [],
          },
        }),
      ),
    ).toEqual([]);
  });
  it('never lets a topic of another step match, and lets a step imply its topic alone', () => {
    const page = code([{ tag: 'input', name: 'verificationCode' }]);
    const other = rule('other', {
      steps: ['instagram/challenge-code'],
      any: [compileCondition({ input: { name: 'verificationcode' } })],
      minAny: 1,
    });
    const own = rule('own', {
      steps: ['instagram/two-factor'],
      any: [compileCondition({ step: 'instagram/two-factor' }), compileCondition({ heading: 'x' })],
      minAny: 2,
    });
    const loose = rule('loose', { any: [compileCondition({ input: { name: 'verificationcode' } })], minAny: 1 });
    expect(match([other, own, loose], page).map((m) => m.id)).toEqual(['own', 'loose']);
    // A step topic needs `surface` to match on a page at no step.
    const feed = { ...page, url: 'https://www.instagram.com/' };
    expect(
      match(
        [rule('s', { steps: ['instagram/two-factor'], any: [compileCondition({ input: { name: 'verificationcode' } })], minAny: 1 })],
        feed,
      ),
    ).toEqual([]);
    expect(
      match(
        [
          rule('s', {
            steps: ['instagram/two-factor'],
            surface: true,
            any: [compileCondition({ input: { name: 'verificationcode' } })],
            minAny: 1,
          }),
        ],
        feed,
      ).map((m) => m.id),
    ).toEqual(['s']);
    expect(explain([other], page)[0]!.reason).toMatch(/at step instagram\/two-factor, not one of this topic's/);
  });
});
