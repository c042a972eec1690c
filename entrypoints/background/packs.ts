import { browser } from 'wxt/browser';
import { activePacks, effectivePackRules } from '../../src/packs/active';
import { readStoredPacks, RULE_PACKS_KEY } from '../../src/packs/store';
import { writeDerived } from '../../src/packs/derived';
import { policyInForce, watchManagedPolicy } from '../../src/policy/managed';
import { recordInternalError } from '../../src/report/timeline';
import { packTopicsFailed, packTopicsLoading, setPackTopics } from './topics';

/**
 * The rule packs in effect (imported + organisation policy), computed here and only here: at start
 * and whenever the stored packs or the policy change. Updates the background's topic lookups and
 * writes `packTable` (content script) and `packTopics` (side panel, popup) to storage.local.
 */
export function watchPacks(): void {
  packTopicsLoading(); // before any message is handled: reports naming pack topics wait for the load
  let running: Promise<void> = Promise.resolve();
  const sync = () => {
    running = running.then(apply, apply);
    return running;
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && RULE_PACKS_KEY in changes) void sync();
  });
  watchManagedPolicy(() => void sync());
  void sync();
}

async function apply(): Promise<void> {
  try {
    // The policy's fast answer: Chromium's first storage.managed read after start takes seconds, and
    // until packTable is written pages would wait or report twice. A late, different read calls sync again.
    const [stored, policy] = await Promise.all([readStoredPacks(), policyInForce()]);
    const rules = effectivePackRules(activePacks(stored, policy.rulePacks));
    setPackTopics(rules);
    await writeDerived(rules);
  } catch (error) {
    packTopicsFailed();
    await recordInternalError('error', `rule packs: ${error instanceof Error ? error.message : String(error)}`).catch(() => undefined);
  }
}
