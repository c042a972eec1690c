import type { Settings } from '../settings/schema';

/**
 * Enterprise policy (storage.managed): what an administrator deployed through Chrome policy or
 * Firefox's `3rdparty` policies. CONTRACT STUB — filled in by the policy work (issue 8); the rule-pack
 * work codes against these signatures.
 */
export interface ManagedPolicy {
  /** Settings values the organisation set; each one is locked in the settings page. */
  settings: Partial<Settings>;
  /** Raw rule packs deployed by policy (validated by src/packs like an imported one). */
  rulePacks: unknown[];
  /** Human-readable problems found in the policy (bad value → ignored, with the reason). */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { settings: {}, rulePacks: [], problems: [] };

/** Reads storage.managed; never throws (no policy, or a browser without managed storage → empty). */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  return EMPTY_POLICY;
}

/** Calls `onChange` when the managed policy changes. Returns the unsubscribe. */
export function watchManagedPolicy(onChange: () => void): () => void {
  void onChange;
  return () => {};
}
