import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readInternalErrors, readTimeline } from '../../src/report/timeline';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { getSettings } from '../../src/settings/store';
import { getDropped } from '../../src/storage/counters';
import { checkStorage } from '../../src/storage-map/integrity';
import { STORAGE_VERSION_KEY } from '../../src/storage/keys';
import { STORAGE_VERSION } from '../../src/storage-map/migrations';
import { getTabState } from '../../src/storage/tab-state';

const goodTab = {
  url: 'https://x.com/i/flow/login',
  matches: [{ id: 'x/login-blocked', score: 3, evidence: [] }],
  unknown: null,
  dismissed: [],
  updatedAt: 5,
};

describe('storage integrity (corrupt storage → defaults and a diagnostics note)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a fresh profile is migrated to the current version with no note', async () => {
    const check = await checkStorage();
    expect(check).toEqual({ from: 0, to: STORAGE_VERSION, notes: [] });
    expect((await fakeBrowser.storage.local.get(STORAGE_VERSION_KEY))[STORAGE_VERSION_KEY]).toBe(STORAGE_VERSION);
    expect(await readInternalErrors()).toEqual([]);
  });

  it('writes the new version last: a check cut short runs again, repairs and all, at the next start', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage{' });
    const writes: string[] = [];
    const local = vi.spyOn(fakeBrowser.storage.local, 'set');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'set');
    local.mockImplementation(async (items) => void writes.push(...Object.keys(items)));
    sync.mockImplementationOnce(async () => {
      throw new Error('the worker stopped');
    });
    await expect(checkStorage()).rejects.toThrow('the worker stopped');
    expect(writes).not.toContain(STORAGE_VERSION_KEY);
    local.mockRestore();
    sync.mockRestore();
    // The next start finds the old version and the garbage, and does it all.
    const again = await checkStorage();
    expect(again).toMatchObject({ from: 0, to: STORAGE_VERSION });
    expect(again.notes).toContain('storage: settings (all) unreadable; defaults restored');
    expect((await fakeBrowser.storage.local.get(STORAGE_VERSION_KEY))[STORAGE_VERSION_KEY]).toBe(STORAGE_VERSION);
  });

  it('a newer version (downgrade) is left alone', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_VERSION_KEY]: STORAGE_VERSION + 5 });
    expect((await checkStorage()).to).toBe(STORAGE_VERSION + 5);
  });

  it('repairs only the broken settings field, keeps the rest, and notes it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hints: false, uiLanguage: 'klingon', sites: { instagram: false, x: 'yes' } } });
    const check = await checkStorage();
    expect(check.notes).toEqual(['storage: settings (sites, uiLanguage) unreadable; defaults restored']);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, hints: false, sites: { instagram: false, x: true } });
    expect((await readInternalErrors()).map((e) => e.detail)).toEqual(check.notes);
    // Stored repaired: a second pass finds nothing.
    expect((await checkStorage()).notes).toEqual([]);
  });

  it('garbage in any stored key: no throw, every reader gets defaults, a note per repair, good data kept', async () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom(null, 'garbage', -1, [], { matches: 'x' }, '\u0000'));
    await fc.assert(
      fc.asyncProperty(junk, junk, junk, junk, junk, junk, async (settings, tab, dropped, timeline, errors, version) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings });
        await fakeBrowser.storage.session.set({
          'tab:1': tab,
          'tab:2': goodTab,
          'diag:dropped': dropped,
          'diag:timeline': timeline,
          'diag:errors': errors,
        });
        await fakeBrowser.storage.local.set({ [STORAGE_VERSION_KEY]: version });
        const check = await checkStorage();
        // Everything reads back valid.
        expect(Object.keys(await getSettings()).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        await getDropped();
        await readTimeline();
        // A state stored before the panel followed screens reads with those fields at their defaults.
        expect(await getTabState(2)).toEqual({ ...goodTab, labels: {}, quotes: {}, step: null, error: false, journey: null, ask: null });
        // A note per corrupt area, logged where the diagnostics report reads it.
        const logged = (await readInternalErrors()).map((e) => e.detail);
        for (const note of check.notes) expect(logged).toContain(note.slice(0, 500));
        // Idempotent: nothing left to repair.
        expect((await checkStorage()).notes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a corrupt tab entry is removed and noted; the settings page and badge readers then see none', async () => {
    await fakeBrowser.storage.session.set({ 'tab:9': { url: 42 }, 'diag:dropped': 'lots' });
    const check = await checkStorage();
    expect(check.notes).toEqual(['storage: 2 session keys (tab:9, diag:dropped) unreadable; reset']);
    expect(await getTabState(9)).toBeNull();
    expect(await getDropped()).toEqual({ total: 0, byReason: {} });
  });
});
