import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DROPPED_KEY } from './keys';

const droppedSchema = z.object({ total: z.number().int().min(0), byReason: z.record(z.string(), z.number().int().min(0)) });
export type DroppedCounts = z.infer<typeof droppedSchema>;

/** What storage holds, checked: null when it is not a count (it then reads as none). */
export function parseDropped(stored: unknown): DroppedCounts | null {
  const parsed = droppedSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** How many messages the background refused, and why. Read by diagnostics; survives SW restarts. */
export async function getDropped(): Promise<DroppedCounts> {
  return parseDropped((await browser.storage.session.get(DROPPED_KEY))[DROPPED_KEY]) ?? { total: 0, byReason: {} };
}

// Serialised so that a burst of bad messages cannot lose increments to read-modify-write races.
let chain: Promise<unknown> = Promise.resolve();

export function countDropped(reason: string): Promise<void> {
  const next = chain.then(async () => {
    const counts = await getDropped();
    counts.total++;
    counts.byReason[reason] = (counts.byReason[reason] ?? 0) + 1;
    await browser.storage.session.set({ [DROPPED_KEY]: counts });
  });
  chain = next.catch(() => undefined);
  return next;
}
