import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POLICY_COPY_KEY } from '../../src/storage/keys';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { getSettings, getSettingsNow } from '../../src/settings/store';

// A page's first screen waits on its language; storage.managed is often slow as a page starts.
// getSettingsNow answers from the person's settings and the copy of the last policy read — what
// getSettings itself serves when the managed read is slow — without waiting on storage.managed.
describe('getSettingsNow', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it("no policy ever read: the person's settings", async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'pt_BR' } });
    expect(await getSettingsNow()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'pt_BR' });
  });

  it('the last policy read still fixes what it locks, with storage.managed never answering', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, uiLanguage: 'pt_BR', hints: true } });
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { uiLanguage: 'es', hints: false } });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined) as never);
    const now = await getSettingsNow();
    expect(now).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'es', hints: false });
    expect(managed).not.toHaveBeenCalled();
    // What getSettings serves once its wait for the managed read runs out: the same.
    expect(await getSettings()).toEqual(now);
  });

  it('an unreadable copy is no policy', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    expect(await getSettingsNow()).toEqual(DEFAULT_SETTINGS);
  });
});
