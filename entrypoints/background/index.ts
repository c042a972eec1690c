import '../../src/zod/jitless'; // first: before any zod schema is built
import { browser } from 'wxt/browser';
import { checkStorage } from '../../src/storage-map/integrity';
import { watchCommands } from './commands';
import { restoreBadges, resyncOnSettingsChange } from './resync';
import { watchPacks } from '../../src/packs/publish';
import { onMessage } from './router';
import { watchTabs } from './tabs';

// Every listener is registered synchronously at start-up: an MV3 worker woken by an event only
// receives it if the listener exists by the end of the first turn.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  watchTabs();
  watchCommands();
  resyncOnSettingsChange();
  watchPacks(); // rule packs in effect → topic lookups, packTable and packTopics
  void restoreBadges();
  // Versioned storage: migrate, then repair anything corrupt (defaults + a diagnostics note).
  void checkStorage().catch((error: unknown) => console.warn('Signpost: storage check failed', error));
});
