import { browser } from 'wxt/browser';
import { z } from 'zod';
import { RULE_PACKS_KEY } from '../storage/keys';
import { treesOf, withTrees } from './trees';
import { validateRulePackData, type RulePack } from './validate';

/**
 * Rule packs the person imported in the settings page: `storage.local` key `rulePacks`, a list in
 * import order (a later pack overrides an earlier one on the same topic id). Each entry keeps the
 * pack's JSON as imported (what Export gives back), its name and version, whether it is on, and
 * when it was imported. Every read is validated (the entry's shape, and its pack again with the
 * bundled rules' schema): an entry that fails is left out, never trusted. `repairStoredPacks`, run
 * by the storage check at start, removes such entries for good and says so in the diagnostics log.
 *
 * Since packs are parsed once, an entry also keeps its articles as safe trees (`trees`, trees.ts),
 * made when it was imported. An entry stored by an earlier version has none: it still loads, and
 * the background checks it as it would a policy's pack, once (load.ts), before it is used.
 */
/** Packs are ≤ 2 MB each; storage.local holds 10 MB in all. */
export const MAX_STORED_PACKS = 20;

const storedPackSchema = z.object({
  name: z.string().min(1).max(80),
  version: z.string().min(1).max(40),
  enabled: z.boolean(),
  importedAt: z.number().int().min(0),
  /** The file it came from: a JSON pack, or a zip of rule files (converted to the JSON form). */
  source: z.enum(['json', 'zip']),
  /** The pack JSON (`{ format, name, version, rules }`), as imported. */
  data: z.unknown(),
  /** Its articles as checked safe trees (trees.ts); absent in entries an earlier version stored. */
  trees: z.unknown().optional(),
});

export type StoredPack = z.infer<typeof storedPackSchema>;
export interface LoadedPack extends StoredPack {
  /** The validated pack; its rules carry their trees (`body`) when the entry had trees that fit it. */
  pack: RulePack;
}

/** Parses what storage holds: the good entries, and how many were unreadable. */
export function parseStoredPacks(stored: unknown): { packs: LoadedPack[]; dropped: number } {
  if (stored === undefined) return { packs: [], dropped: 0 };
  if (!Array.isArray(stored)) return { packs: [], dropped: 1 };
  const packs: LoadedPack[] = [];
  const names = new Set<string>();
  for (const raw of stored) {
    const entry = storedPackSchema.safeParse(raw);
    const checked = entry.success ? validateRulePackData(entry.data.data) : null;
    if (
      !entry.success ||
      !checked?.ok ||
      checked.pack.name !== entry.data.name ||
      names.has(entry.data.name) ||
      packs.length >= MAX_STORED_PACKS
    )
      continue;
    names.add(entry.data.name);
    packs.push({ ...entry.data, pack: withTrees(checked.pack, entry.data.trees) ?? checked.pack });
  }
  return { packs, dropped: stored.length - packs.length };
}

export async function readStoredPacks(): Promise<LoadedPack[]> {
  return parseStoredPacks((await browser.storage.local.get(RULE_PACKS_KEY))[RULE_PACKS_KEY]).packs;
}

const strip = ({ name, version, enabled, importedAt, source, data, trees }: StoredPack): StoredPack => ({
  name,
  version,
  enabled,
  importedAt,
  source,
  data,
  ...(trees ? { trees } : {}),
});

// One read-modify-write at a time in this context (two quick clicks must not lose one).
let chain: Promise<unknown> = Promise.resolve();
function update<T>(change: (packs: StoredPack[]) => { packs: StoredPack[]; result: T }): Promise<T> {
  const next = chain.then(async () => {
    const { packs, result } = change((await readStoredPacks()).map(strip));
    await browser.storage.local.set({ [RULE_PACKS_KEY]: packs });
    return result;
  });
  chain = next.catch(() => undefined);
  return next;
}

/**
 * Stores a checked pack (on), with its articles' trees when `pack` was prepared (checkPack). A pack
 * with the same name is replaced in place — returned, so the page can say which version it
 * replaced. `data` must be the pack JSON `pack` was validated from.
 */
export function savePack(
  data: unknown,
  pack: RulePack,
  source: StoredPack['source'],
  now = Date.now(),
): Promise<{ replaced: StoredPack | null }> {
  const trees = treesOf(pack);
  return update<{ replaced: StoredPack | null }>((packs) => {
    const entry: StoredPack = {
      name: pack.name,
      version: pack.version,
      enabled: true,
      importedAt: now,
      source,
      data,
      ...(trees ? { trees } : {}),
    };
    const at = packs.findIndex((p) => p.name === pack.name);
    if (at < 0 && packs.length >= MAX_STORED_PACKS) throw new Error(`at most ${MAX_STORED_PACKS} rule packs; remove one first`);
    if (at < 0) return { packs: [...packs, entry], result: { replaced: null } };
    const next = [...packs];
    next[at] = entry;
    return { packs: next, result: { replaced: packs[at]! } };
  });
}

export function setPackEnabled(name: string, enabled: boolean): Promise<void> {
  return update((packs) => ({ packs: packs.map((p) => (p.name === name ? { ...p, enabled } : p)), result: undefined }));
}

/** Removes a pack; returns it with its place, for Undo. */
export function removePack(name: string): Promise<{ pack: StoredPack; index: number } | null> {
  return update<{ pack: StoredPack; index: number } | null>((packs) => {
    const index = packs.findIndex((p) => p.name === name);
    if (index < 0) return { packs, result: null };
    return { packs: packs.filter((_, i) => i !== index), result: { pack: packs[index]!, index } };
  });
}

/** Undo of a removal: the pack back at its place (unless one of that name was imported meanwhile). */
export function restorePack(removed: { pack: StoredPack; index: number }): Promise<void> {
  return update((packs) => {
    if (packs.some((p) => p.name === removed.pack.name)) return { packs, result: undefined };
    const next = [...packs];
    next.splice(Math.min(removed.index, next.length), 0, strip(removed.pack));
    return { packs: next, result: undefined };
  });
}

/** Calls `onChange` whenever the stored packs change (any context). Returns the unsubscribe. */
export function watchStoredPacks(onChange: (packs: LoadedPack[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && RULE_PACKS_KEY in changes) onChange(parseStoredPacks(changes[RULE_PACKS_KEY]?.newValue).packs);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The storage check's repair: drops unreadable entries (the good ones stay). Returns the diagnostics note, or null. */
export async function repairStoredPacks(): Promise<string | null> {
  const stored = (await browser.storage.local.get(RULE_PACKS_KEY))[RULE_PACKS_KEY];
  const { packs, dropped } = parseStoredPacks(stored);
  if (dropped === 0) return null;
  await browser.storage.local.set({ [RULE_PACKS_KEY]: packs.map(strip) });
  return `storage: ${dropped === 1 && !Array.isArray(stored) ? 'rule packs' : `${dropped} rule pack(s)`} unreadable; removed (${packs.length} kept)`;
}
