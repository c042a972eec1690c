import { fingerprint, type CheckCache, type CheckedEntry } from './check-cache';
import { checkPack } from './check';
import type { ActivePack } from './effective';
import { isPrepared, type PrepareOptions } from './prepare';
import { keptProblems, type PackStatus } from './state';
import type { LoadedPack } from './store';
import { treesOf, withTrees } from './trees';
import { validateRulePackData, type PackProblem, type RulePack } from './validate';

/**
 * The packs in effect, as the background loads them: the person's imported packs (as stored, with
 * the trees their import made), then the organisation's (enterprise policy), each through the same
 * check as an import (checkPack: structure, bounds, articles, within the time bound). A pack that
 * fails — or throws — is refused alone, with its problems; the others stay in effect. Packs the
 * background checks itself (a policy's, or one stored by an earlier version without trees) are
 * looked up by fingerprint first (check-cache.ts), so each is parsed once.
 */
export interface LoadOptions {
  /** Every bundled topic id: what a pack's `related` and links may name besides its own topics. */
  bundledIds: ReadonlySet<string>;
  cache: CheckCache;
  prepare?: PrepareOptions;
}

export interface Loaded {
  /** In effect, lowest precedence first. */
  packs: ActivePack[];
  status: PackStatus[];
  /** The cache entries the packs used: what to keep. */
  cache: Map<string, CheckedEntry>;
}

export async function loadPacks(
  stored: readonly LoadedPack[],
  policy: readonly unknown[],
  { bundledIds, cache, prepare }: LoadOptions,
): Promise<Loaded> {
  const used = new Map<string, CheckedEntry>();
  const check = async (data: unknown): Promise<{ pack: RulePack } | { errors: PackProblem[] }> => {
    const key = await fingerprint(data);
    const hit = cache.get(key);
    if (hit?.ok) {
      const structural = validateRulePackData(data);
      const pack = structural.ok ? withTrees(structural.pack, hit.trees) : null;
      if (pack) {
        used.set(key, hit);
        return { pack };
      }
    } else if (hit) {
      used.set(key, hit);
      return { errors: hit.errors };
    }
    const result = checkPack(data, bundledIds, prepare);
    // A valid pack always has its trees (checkPack prepares every article); the guard keeps the types honest.
    const trees = result.ok ? treesOf(result.pack) : null;
    if (result.ok && trees) {
      used.set(key, { ok: true, trees });
      return { pack: result.pack };
    }
    const errors = keptProblems(result.ok ? [unchecked('its articles were not prepared')] : result.errors);
    used.set(key, { ok: false, errors });
    return { errors };
  };
  const guarded = async (data: unknown) => {
    try {
      return await check(data);
    } catch (e) {
      return { errors: [unchecked((e as Error).message)] };
    }
  };

  const packs: ActivePack[] = [];
  const status: PackStatus[] = [];
  for (const [index, p] of stored.entries()) {
    const base = { origin: 'imported' as const, index, name: p.name, version: p.version };
    if (!p.enabled) {
      status.push({ ...base, state: 'off', topics: p.pack.rules.length, problems: [] });
      continue;
    }
    const loaded = isPrepared(p.pack) ? { pack: p.pack } : await guarded(p.data);
    if ('pack' in loaded) {
      packs.push({ name: p.name, version: p.version, origin: 'imported', rules: loaded.pack.rules });
      status.push({ ...base, state: 'on', topics: loaded.pack.rules.length, problems: [] });
    } else status.push({ ...base, state: 'refused', topics: 0, problems: keptProblems(loaded.errors) });
  }
  for (const [index, data] of policy.entries()) {
    const loaded = await guarded(data);
    if ('pack' in loaded) {
      packs.push({ name: loaded.pack.name, version: loaded.pack.version, origin: 'organisation', rules: loaded.pack.rules });
      status.push({
        origin: 'organisation',
        index,
        name: loaded.pack.name,
        version: loaded.pack.version,
        state: 'on',
        topics: loaded.pack.rules.length,
        problems: [],
      });
    } else {
      const { name, version } = labelOf(data, index);
      status.push({ origin: 'organisation', index, name, version, state: 'refused', topics: 0, problems: keptProblems(loaded.errors) });
    }
  }
  return { packs, status, cache: used };
}

const unchecked = (why: string): PackProblem => ({ file: '(pack)', field: '(check)', reason: `could not be checked (${why})` });

/** A refused pack's name and version as it gives them (for people to recognise it), else its place in the list. */
function labelOf(data: unknown, index: number): { name: string; version: string } {
  const field = (key: string, max: number) => {
    const value =
      typeof data === 'object' && data !== null && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : '';
  };
  return { name: field('name', 80) || `#${index + 1}`, version: field('version', 40) };
}
