import { browser } from 'wxt/browser';
import { CATALOG_IDS } from '../../src/rules/catalog-ids';
import { effectivePackRules } from '../../src/packs/active';
import { readCheckCache, writeCheckCache } from '../../src/packs/check-cache';
import { writeDerived } from '../../src/packs/derived';
import { loadPacks } from '../../src/packs/load';
import { writePackState, type PackStatus } from '../../src/packs/state';
import { readStoredPacks, RULE_PACKS_KEY } from '../../src/packs/store';
import { policyInForce, watchManagedPolicy } from '../../src/policy/managed';
import { recordInternalError } from '../../src/report/timeline';
import { packTopicsFailed, packTopicsLoading, setPackTopics } from './topics';

/**
 * The rule packs in effect (imported + organisation policy), computed here and only here: at start
 * and whenever the stored packs or the policy change. Each pack is checked and loaded on its own
 * (src/packs/load.ts): one that fails is refused and reported (`packState`, the diagnostics log),
 * the others stay in effect. Updates the background's topic lookups and writes `packTable` (content
 * script) and `packTopics` (side panel, popup: articles as safe trees, nothing left to parse).
 */
const BUNDLED_IDS: ReadonlySet<string> = new Set(CATALOG_IDS);

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
    const [stored, policy, cache] = await Promise.all([readStoredPacks(), policyInForce(), readCheckCache()]);
    const loaded = await loadPacks(stored, policy.rulePacks, { bundledIds: BUNDLED_IDS, cache });
    const rules = effectivePackRules(loaded.packs);
    setPackTopics(rules);
    await writeDerived(rules);
    await writeCheckCache(loaded.cache, cache);
    const before = await writePackState(loaded.status);
    await noteNewRefusals(before, loaded.status);
  } catch (error) {
    packTopicsFailed();
    await recordInternalError('error', `rule packs: ${error instanceof Error ? error.message : String(error)}`).catch(() => undefined);
  }
}

/** A pack refused now that was not before goes to the diagnostics log once (not at every start). */
async function noteNewRefusals(before: readonly PackStatus[], now: readonly PackStatus[]): Promise<void> {
  const key = (s: PackStatus) => `${s.origin}:${s.name}:${s.version}`;
  const known = new Set(before.filter((s) => s.state === 'refused').map(key));
  for (const s of now) {
    if (s.state !== 'refused' || known.has(key(s))) continue;
    const first = s.problems[0];
    await recordInternalError(
      'error',
      `rule pack refused: ${s.origin === 'organisation' ? 'policy' : 'imported'} "${s.name}" ${s.version} — ${s.problems.length} problem(s)${first ? `; first: ${first.file} — ${first.field} — ${first.reason}` : ''}`,
    ).catch(() => undefined);
  }
}
