import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPolicy, EMPTY_POLICY, parseManagedPolicy, readManagedPolicy, watchManagedPolicy } from '../../src/settings/policy/managed';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { getSettings, getUserSettings, resetSettings, updateSettings, watchSettings } from '../../src/settings/store';
import { setPolicy } from './managed-policy';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('readManagedPolicy: storage.managed → a policy, never a throw', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('no policy is the empty policy', async () => {
    expect(await readManagedPolicy()).toEqual(EMPTY_POLICY);
  });

  it('a browser without managed storage (API missing) → empty', async () => {
    const storage = fakeBrowser.storage as { managed?: unknown };
    const managed = storage.managed;
    try {
      delete storage.managed;
      expect(await readManagedPolicy()).toEqual(EMPTY_POLICY);
    } finally {
      storage.managed = managed;
    }
  });

  it('Firefox without a policy rejects the read → empty', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual(EMPTY_POLICY);
  });

  it('a get that throws synchronously, or resolves to nothing → empty', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(await readManagedPolicy()).toEqual(EMPTY_POLICY);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(undefined as never);
    expect(await readManagedPolicy()).toEqual(EMPTY_POLICY);
  });

  it('a partial policy sets and locks only what it names', async () => {
    await setPolicy({ hints: false, sites: { x: false } });
    const policy = await readManagedPolicy();
    expect(policy.locked.sort()).toEqual(['hints', 'sites.x']);
    expect(policy.settings.hints).toBe(false);
    expect(policy.settings.sites?.x).toBe(false);
    expect(policy.problems).toEqual([]);
    expect(policy.rulePacks).toEqual([]);
  });

  it('every settings field can be set', async () => {
    await setPolicy({ hints: true, sites: { instagram: false, x: true }, uiLanguage: 'es', mutedTopics: ['x/login-blocked'] });
    const policy = await readManagedPolicy();
    expect(policy.settings).toEqual({
      hints: true,
      sites: { instagram: false, x: true },
      uiLanguage: 'es',
      mutedTopics: ['x/login-blocked'],
    });
    expect(policy.locked.sort()).toEqual(['hints', 'mutedTopics', 'sites.instagram', 'sites.x', 'uiLanguage']);
  });

  it('a bad value is ignored with a problem naming it; the good ones still apply', async () => {
    await setPolicy({
      hints: 'no',
      uiLanguage: 'klingon',
      mutedTopics: [''],
      sites: { instagram: 0, x: false, tiktok: false },
      colour: 'red',
    });
    const policy = await readManagedPolicy();
    expect(policy.locked).toEqual(['sites.x']);
    expect(policy.settings).toEqual({ sites: { instagram: true, x: false } });
    expect(policy.problems).toHaveLength(6);
    for (const key of ['hints:', 'uiLanguage:', 'mutedTopics:', 'sites.instagram:', 'sites.tiktok:', 'colour:']) {
      expect(
        policy.problems.some((p) => p.startsWith(key) && p.endsWith('ignored')),
        key,
      ).toBe(true);
    }
  });

  it('sites that is not an object, and a policy that is not an object, are problems', () => {
    expect(parseManagedPolicy({ sites: [true] }).problems[0]).toMatch(/^sites: expected an object/);
    expect(parseManagedPolicy('hints=false')).toEqual({
      ...EMPTY_POLICY,
      problems: ['the policy is not an object ("hints=false"): ignored'],
    });
    expect(parseManagedPolicy(null)).toEqual(EMPTY_POLICY);
  });

  it('rule packs arrive as data, whether objects or JSON text; junk entries are problems', async () => {
    const pack = { format: 'signpost-rule-pack', name: 'Acme', version: '1.0.0', rules: [] };
    await setPolicy({ rulePacks: [pack, JSON.stringify(pack), '{not json', 42, null] });
    const policy = await readManagedPolicy();
    expect(policy.rulePacks).toEqual([pack, pack]);
    expect(policy.problems).toHaveLength(3);
    expect(policy.problems[0]).toMatch(/^rulePacks\[2\]: not valid JSON/);
    expect(policy.problems[1]).toMatch(/^rulePacks\[3\]: expected a rule pack/);
    expect(parseManagedPolicy({ rulePacks: 'pack' }).problems[0]).toMatch(/^rulePacks: expected a list/);
  });

  it('a long bad value is cut short in the problem text', () => {
    const [problem] = parseManagedPolicy({ uiLanguage: 'x'.repeat(500) }).problems;
    expect(problem!.length).toBeLessThan(200);
  });

  it('watchManagedPolicy fires on managed changes only, and stops when unsubscribed', async () => {
    const onChange = vi.fn();
    const off = watchManagedPolicy(onChange);
    await fakeBrowser.storage.sync.set({ settings: { hints: false } });
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await setPolicy({ hints: false });
    expect(onChange).toHaveBeenCalledTimes(1);
    off();
    await setPolicy({ hints: true });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('settings in force: the person’s, with the policy locked on top', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applyPolicy replaces exactly the locked fields', () => {
    const user: Settings = { ...DEFAULT_SETTINGS, hints: true, sites: { instagram: false, x: true }, mutedTopics: ['a/b'] };
    const policy = parseManagedPolicy({ hints: false, sites: { x: false } });
    expect(applyPolicy(user, policy)).toEqual({ ...user, hints: false, sites: { instagram: false, x: false } });
    expect(applyPolicy(user, EMPTY_POLICY)).toBe(user);
  });

  it('getSettings returns the policy value over the person’s; getUserSettings the person’s', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hints: true, uiLanguage: 'pt_BR' } });
    await setPolicy({ hints: false });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hints: false, uiLanguage: 'pt_BR' });
    expect((await getUserSettings()).hints).toBe(true);
  });

  it('updateSettings cannot override a locked field (nor a locked site), and keeps the rest of the patch', async () => {
    await setPolicy({ hints: false, sites: { x: false } });
    const next = await updateSettings({ hints: true, sites: { x: true, instagram: false }, uiLanguage: 'es' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, hints: false, sites: { instagram: false, x: false }, uiLanguage: 'es' });
    expect(await getSettings()).toEqual(next);
    // The person's stored choice for the locked fields is untouched (defaults here).
    const user = await getUserSettings();
    expect(user.hints).toBe(true);
    expect(user.sites).toEqual({ instagram: false, x: true });
  });

  it('the person’s choice comes back when the policy goes', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hints: false } });
    await setPolicy({ hints: true });
    expect((await getSettings()).hints).toBe(true);
    await fakeBrowser.storage.managed.clear();
    expect((await getSettings()).hints).toBe(false);
  });

  it('resetSettings resets the person’s settings; the policy still applies', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'es' } });
    await setPolicy({ mutedTopics: ['x/login-blocked'] });
    expect(await resetSettings()).toEqual({ ...DEFAULT_SETTINGS, mutedTopics: ['x/login-blocked'] });
  });

  it('watchSettings reports the settings in force on a person’s change and on a policy change', async () => {
    const seen: Settings[] = [];
    const off = watchSettings((s) => seen.push(s));
    await setPolicy({ hints: false });
    await settle();
    expect(seen.at(-1)?.hints).toBe(false);
    await updateSettings({ hints: true, uiLanguage: 'es' });
    await settle();
    expect(seen.at(-1)).toEqual({ ...DEFAULT_SETTINGS, hints: false, uiLanguage: 'es' });
    await fakeBrowser.storage.managed.clear();
    await settle();
    expect(seen.at(-1)?.hints).toBe(true);
    const count = seen.length;
    off();
    await setPolicy({ hints: false });
    await settle();
    expect(seen).toHaveLength(count);
  });

  it('watchSettings never delivers an older read after a newer one', async () => {
    const seen: boolean[] = [];
    const off = watchSettings((s) => seen.push(s.hints));
    // Two changes back to back: only the latest read may land last.
    void setPolicy({ hints: false });
    void setPolicy({ hints: true });
    await settle();
    await settle();
    off();
    expect(seen.at(-1)).toBe(true);
  });
});

describe('updateSettings: one at a time', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('two quick updates both land, even while the policy read is slow', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise((r) => setTimeout(() => r({}), 30)));
    await Promise.all([updateSettings({ sites: { x: false } }), updateSettings({ uiLanguage: 'pt_BR' })]);
    expect(await getUserSettings()).toMatchObject({ sites: { instagram: true, x: false }, uiLanguage: 'pt_BR' });
  });
});
