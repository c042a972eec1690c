import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_POLICY, policyInForce, readManagedPolicy, watchManagedPolicy } from '../../src/settings/policy/managed';
import { POLICY_COPY_KEY } from '../../src/storage/keys';
import { watchSettings } from '../../src/settings/store';
import { setPolicy } from './managed-policy';

// Chromium's storage.managed read is slow now and then (seconds, the first after the browser
// starts): what per-report work reads instead, and when it reads again.
describe('policyInForce: a slow first policy read does not hold up per-report work', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('answers with the last policy read when the read is slow, and tells watchers when it lands', async () => {
    await setPolicy({ hints: false });
    await readManagedPolicy(); // a read: its copy is kept in storage.local
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({ hints: false }));
    let release!: () => void;
    const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
      await new Promise<void>((r) => (release = r));
      return real();
    });
    await setPolicy({ hints: true }); // what the slow read will find
    const seen: boolean[] = [];
    const off = watchSettings((s) => seen.push(s.hints));
    const early = await policyInForce(20);
    expect(early.settings.hints).toBe(false); // the copy
    release();
    await vi.waitFor(() => expect(seen.at(-1)).toBe(true)); // the real one reached the watcher
    off();
  });

  it('answers with the real read when it is quick, and with nothing when there never was a policy', async () => {
    await setPolicy({ uiLanguage: 'es' });
    expect((await policyInForce()).settings.uiLanguage).toBe('es');
    await fakeBrowser.storage.managed.clear();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined));
    await fakeBrowser.storage.local.clear();
    expect(await policyInForce(10)).toEqual(EMPTY_POLICY);
  });
});

describe('policyInForce: read once per context, again only after a change', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('answers repeat calls without a storage read, and reads anew once storage.managed changes', async () => {
    await setPolicy({ hints: false });
    const reads = vi.spyOn(fakeBrowser.storage.managed, 'get');
    expect((await policyInForce()).settings.hints).toBe(false);
    for (let i = 0; i < 5; i++) expect((await policyInForce()).settings.hints).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    const seen: number[] = [];
    const off = watchManagedPolicy(() => seen.push(reads.mock.calls.length));
    await setPolicy({ hints: true });
    // Watchers are told after what was remembered is dropped: what they read is the new policy.
    expect(seen).toEqual([1]);
    expect((await policyInForce()).settings.hints).toBe(true);
    expect(reads).toHaveBeenCalledTimes(2);
    off();
  });

  it('reports arriving together share one slow read, and watchers hear of it once', async () => {
    await setPolicy({ hints: false });
    let release!: () => void;
    const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    const reads = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
      await new Promise<void>((r) => (release = r));
      return real();
    });
    let heard = 0;
    const off = watchManagedPolicy(() => heard++);
    const served = await Promise.all([policyInForce(10), policyInForce(10), policyInForce(10)]);
    expect(served.map((p) => p.settings.hints)).toEqual([undefined, undefined, undefined]); // no copy yet: empty
    expect(reads).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(heard).toBe(1));
    await new Promise((r) => setTimeout(r, 0)); // a second call, if any, has landed by now
    expect(heard).toBe(1);
    expect((await policyInForce()).settings.hints).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    off();
  });

  it('never remembers a read that started before a change', async () => {
    await setPolicy({ uiLanguage: 'es' });
    let release!: () => void;
    const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    const stale = { uiLanguage: 'es' };
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(async () => {
      await new Promise<void>((r) => (release = r));
      return stale;
    });
    const slow = readManagedPolicy();
    await setPolicy({ uiLanguage: 'pt_BR' });
    release();
    expect((await slow).settings.uiLanguage).toBe('es');
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(real);
    expect((await policyInForce()).settings.uiLanguage).toBe('pt_BR');
  });
});

describe('the policy copy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is not written while there is no policy (a write would wake the service worker for nothing)', async () => {
    await readManagedPolicy();
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.storage.local.get(POLICY_COPY_KEY)).toEqual({});
    await setPolicy({ hints: false });
    await readManagedPolicy();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({ hints: false }));
  });
});
