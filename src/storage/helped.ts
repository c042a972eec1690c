import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { HELPED_KEY } from './keys';

/**
 * "Did this fix it?" answers, kept on this computer (storage.local) and only as counts per topic
 * and interface language — no text, no address, no time. Shown in Settings ("what helped on this
 * computer", with a reset) and in the diagnostics report, so support sees which articles fail people.
 */
const MAX_TOPICS = 200;

const countsSchema = z.strictObject({ yes: z.number().check(z.int(), z.gte(0)), no: z.number().check(z.int(), z.gte(0)) });
const helpedSchema = z
  .record(z.string().check(z.maxLength(100)), z.record(z.string().check(z.maxLength(10)), countsSchema))
  .check(z.refine((h) => Object.keys(h).length <= MAX_TOPICS));
export type HelpedCounts = z.infer<typeof helpedSchema>;

/** What storage holds, checked: anything malformed reads as no answers yet. */
export function parseHelped(stored: unknown): HelpedCounts {
  const parsed = helpedSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

export async function readHelped(): Promise<HelpedCounts> {
  return parseHelped((await browser.storage.local.get(HELPED_KEY))[HELPED_KEY]);
}

// Serialised: two answers in quick succession must not lose one to a read-modify-write race.
let chain: Promise<unknown> = Promise.resolve();

/** Counts one answer for `topic`, asked in interface language `lang`. */
export function recordHelped(topic: string, lang: string, helped: boolean): Promise<void> {
  const next = chain.then(async () => {
    const all = await readHelped();
    if (!all[topic] && Object.keys(all).length >= MAX_TOPICS) return;
    const byLang = (all[topic] ??= {});
    const counts = (byLang[lang] ??= { yes: 0, no: 0 });
    if (helped) counts.yes++;
    else counts.no++;
    await browser.storage.local.set({ [HELPED_KEY]: all });
  });
  chain = next.catch(() => undefined);
  return next;
}

export const resetHelped = (): Promise<void> => browser.storage.local.remove(HELPED_KEY);
