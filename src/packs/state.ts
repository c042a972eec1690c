import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PACK_STATE_KEY } from '../storage/keys';
import type { PackProblem } from './validate';

/**
 * Every pack the background knows and what became of it, for the settings page and the diagnostics
 * report: `storage.local` key `packState`, written by the background (load.ts) whenever packs or the
 * policy change. A pack is `on` (in effect), `off` (an imported pack switched off) or `refused`
 * (it failed the import checks — a policy's pack, or one an earlier version stored — with every
 * problem). The other packs are never affected by one that is refused.
 */
/** Problems kept per pack: enough to fix it, bounded so that a broken pack cannot fill storage. */
export const MAX_KEPT_PROBLEMS = 100;

const problemSchema = z.object({ file: z.string().max(300), field: z.string().max(300), reason: z.string().max(2_000) });

const statusSchema = z.object({
  origin: z.enum(['imported', 'organisation']),
  /** The position among the stored packs, or in the policy's `rulePacks` list. */
  index: z.number().int().min(0),
  name: z.string().max(80),
  version: z.string().max(40),
  state: z.enum(['on', 'off', 'refused']),
  topics: z.number().int().min(0),
  problems: z.array(problemSchema).max(MAX_KEPT_PROBLEMS),
});
export type PackStatus = z.infer<typeof statusSchema>;

/** What storage holds, checked: the well-formed entries. */
export function parsePackState(stored: unknown): PackStatus[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((s) => {
    const parsed = statusSchema.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
}

export const keptProblems = (problems: readonly PackProblem[]): PackProblem[] =>
  problems
    .slice(0, MAX_KEPT_PROBLEMS)
    .map((p) => ({ file: p.file.slice(0, 300), field: p.field.slice(0, 300), reason: p.reason.slice(0, 2_000) }));

export async function readPackState(): Promise<PackStatus[]> {
  return parsePackState((await browser.storage.local.get(PACK_STATE_KEY))[PACK_STATE_KEY]);
}

/** Writes the state when it differs from what is stored (background only). Returns the state it replaced. */
export async function writePackState(next: readonly PackStatus[]): Promise<PackStatus[]> {
  const before = await readPackState();
  if (JSON.stringify(before) !== JSON.stringify(next)) await browser.storage.local.set({ [PACK_STATE_KEY]: next });
  return before;
}

export function watchPackState(onChange: (state: PackStatus[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PACK_STATE_KEY in changes) onChange(parsePackState(changes[PACK_STATE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
