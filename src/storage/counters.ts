import { browser } from 'wxt/browser';
import { z } from 'zod';

const KEY = 'diag:dropped';

const droppedSchema = z.object({ total: z.number().int().min(0), byReason: z.record(z.string(), z.number().int().min(0)) });
export type DroppedCounts = z.infer<typeof droppedSchema>;

/** How many messages the background refused, and why. Read by diagnostics; survives SW restarts. */
export async function getDropped(): Promise<DroppedCounts> {
  const parsed = droppedSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  return parsed.success ? parsed.data : { total: 0, byReason: {} };
}

// Serialised so that a burst of bad messages cannot lose increments to read-modify-write races.
let chain: Promise<unknown> = Promise.resolve();

export function countDropped(reason: string): Promise<void> {
  const next = chain.then(async () => {
    const counts = await getDropped();
    counts.total++;
    counts.byReason[reason] = (counts.byReason[reason] ?? 0) + 1;
    await browser.storage.session.set({ [KEY]: counts });
  });
  chain = next.catch(() => undefined);
  return next;
}
