/**
 * Corrupt storage: garbage in every key Signpost stores. When the service worker next
 * starts, defaults are restored (src/storage-map/integrity.ts) with a note in the diagnostics log; the
 * extension keeps recognising screens, and the settings page opens on working defaults.
 */
import { expect, test } from './fixtures';

test('garbage in every stored key: defaults restored with a diagnostics note, no crash', async ({ context, ext, extensionId }) => {
  test.setTimeout(60_000);
  const probe = await ext.probe();
  // The first start's own check must be over before the garbage goes in, or it would repair part of
  // it and be stopped before its notes: it writes the version last.
  await expect.poll(() => probe.evaluate(async () => (await chrome.storage.local.get('storageVersion')).storageVersion)).toBe(1);
  await probe.evaluate(async () => {
    await chrome.storage.sync.set({ settings: 'garbage{' });
    await chrome.storage.local.set({ storageVersion: { not: 'a number' } });
    await chrome.storage.session.set({ 'tab:1': [1, 2, 3], 'diag:dropped': -1, 'diag:timeline': 'x', 'diag:errors': 42 });
  });
  await ext.stopServiceWorker(); // the next event starts it again: the check runs at start

  const { tabId } = await ext.openFixture('instagram/suspicious-login/dialog-de.html');
  await expect.poll(async () => (await ext.tabState(tabId))?.matches.length ?? 0).toBeGreaterThan(0);
  await expect.poll(async () => (await ext.badge(tabId)).text).not.toBe('');

  const stored = await probe.evaluate(async () => ({
    settings: (await chrome.storage.sync.get('settings')).settings,
    version: (await chrome.storage.local.get('storageVersion')).storageVersion,
    session: await chrome.storage.session.get(['tab:1', 'diag:dropped', 'diag:timeline']),
    errors: (await chrome.storage.session.get('diag:errors'))['diag:errors'] as { detail: string }[],
  }));
  expect(stored.settings).toMatchObject({ hints: true, sites: { instagram: true, x: true }, uiLanguage: 'auto', mutedTopics: [] });
  expect(stored.version).toBe(1);
  expect(stored.session['tab:1']).toBeUndefined();
  expect(stored.errors.map((e) => e.detail).join('\n')).toMatch(/settings \(all\) unreadable; defaults restored/);
  expect(stored.errors.map((e) => e.detail).join('\n')).toMatch(/storageVersion was unreadable/);

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByRole('checkbox', { name: 'Show a hint on the page when Signpost recognises a screen' })).toBeChecked();
});
