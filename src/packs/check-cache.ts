import { browser } from 'wxt/browser';
import { PACK_CHECKS_KEY } from '../storage/keys';
import { isSafeTree, type PackTrees } from './trees';
import type { PackProblem } from './validate';

/**
 * The outcome of checking packs the background had to check itself — a policy's packs, and packs
 * an earlier version stored without their trees — by the SHA-256 of their JSON: `storage.local` key
 * `packChecks`, written by the background only. The worker is stopped and started all day; with
 * this, each such pack is parsed once (when it first appears), not at every start. Only the packs
 * in effect are kept. Read back as untrusted: trees are checked node by node, problems by shape.
 */

export type CheckedEntry = { ok: true; trees: PackTrees } | { ok: false; errors: PackProblem[] };
export type CheckCache = ReadonlyMap<string, CheckedEntry>;

/** The SHA-256 of the pack's JSON text, in hex. */
export async function fingerprint(data: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(data) ?? 'undefined'));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const isProblem = (p: unknown): p is PackProblem =>
  typeof p === 'object' && p !== null && ['file', 'field', 'reason'].every((k) => typeof (p as Record<string, unknown>)[k] === 'string');

function isEntry(value: unknown): value is CheckedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, trees, errors } = value as Record<string, unknown>;
  if (ok === false) return Array.isArray(errors) && errors.every(isProblem);
  if (ok !== true || typeof trees !== 'object' || trees === null) return false;
  const { v, rules } = trees as Record<string, unknown>;
  // Each tree is checked again where it is used (withTrees); here, only that it is one.
  return (
    v === 1 && Array.isArray(rules) && rules.every((r) => typeof r === 'object' && r !== null && isSafeTree((r as { body?: unknown }).body))
  );
}

/** What storage holds, checked: entries under a SHA-256 key that have the right shape. */
export function parseCheckCache(stored: unknown): Map<string, CheckedEntry> {
  const out = new Map<string, CheckedEntry>();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  for (const [key, value] of Object.entries(stored)) if (/^[0-9a-f]{64}$/.test(key) && isEntry(value)) out.set(key, value);
  return out;
}

export async function readCheckCache(): Promise<Map<string, CheckedEntry>> {
  return parseCheckCache((await browser.storage.local.get(PACK_CHECKS_KEY))[PACK_CHECKS_KEY]);
}

/** Stores the cache (background only), when it changed. */
export async function writeCheckCache(cache: CheckCache, before: CheckCache): Promise<void> {
  const same = cache.size === before.size && [...cache].every(([k, v]) => before.get(k) === v);
  if (!same) await browser.storage.local.set({ [PACK_CHECKS_KEY]: Object.fromEntries(cache) });
}
