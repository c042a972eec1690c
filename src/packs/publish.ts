import { browser } from 'wxt/browser';
import { policyInForce, watchManagedPolicy } from '../settings/policy/managed';
import { recordInternalError } from '../report/timeline';
import { CATALOG_IDS } from '../rules/catalog-ids';
import { PACK_TABLE_KEY, PACK_TOPICS_KEY, RULE_PACKS_KEY } from '../storage/keys';
import { readCheckCache, writeCheckCache } from './check-cache';
import { packTopicsOf } from './derived';
import { effectivePackRules, packTableOf, type EffectiveRule } from './effective';
import { loadPacks } from './load';
import { writePackState, type PackStatus } from './state';
import { readStoredPacks } from './store';
import { packTopicsFailed, packTopicsLoading, setPackTopics } from './topic-registry';

/**
 * The rule packs in effect (imported + organisation policy), computed in the background and only
 * there: at start and whenever the stored packs or the policy change. Each pack is checked and
 * loaded on its own (load.ts): one that fails is refused and reported (`packState`, the diagnostics
 * log), the others stay in effect. Then the background's topic lookups (topic-registry.ts) and what
 * the other contexts read: `packTable` (the content script) and `packTopics` (the pages: articles as
 * safe trees, nothing left to parse).
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

/**
 * Writes `packTable` and `packTopics` — only when they differ from what is stored: the worker starts
 * often, and every content script and open page follows these keys' changes. Both are rewritten at
 * every start, so a corrupt value lasts until the next one at most.
 */
async function writeDerived(rules: readonly EffectiveRule[]): Promise<void> {
  const next: Record<string, unknown> = { [PACK_TABLE_KEY]: packTableOf(rules), [PACK_TOPICS_KEY]: packTopicsOf(rules) };
  const stored = await browser.storage.local.get([PACK_TABLE_KEY, PACK_TOPICS_KEY]);
  const changed = Object.fromEntries(Object.entries(next).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)));
  if (Object.keys(changed).length > 0) await browser.storage.local.set(changed);
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
