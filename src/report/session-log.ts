import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Bounded lists in storage.session, for the diagnostics report's memory (the recognition timeline,
 * internal errors, what the person did): they survive the service worker being stopped and are gone
 * with the browser. Every read is zod-validated, so a corrupt list reads as empty.
 */

/** What storage holds under a list's key, checked: a corrupt list reads as empty, never as trusted data. */
export function parseList<T>(stored: unknown, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export async function readList<T>(key: string, schema: z.ZodType<T>): Promise<T[]> {
  return parseList((await browser.storage.session.get(key))[key], schema);
}

// Appends are serialised so that two in one tick cannot lose each other. Per JavaScript context:
// each key is written by one context only (the background, or the extension's pages).
let chain: Promise<unknown> = Promise.resolve();
export function append<T>(key: string, schema: z.ZodType<T>, item: T, max: number): Promise<void> {
  const next = chain.then(async () => {
    const list = await readList(key, schema);
    list.push(item);
    await browser.storage.session.set({ [key]: list.slice(-max) });
  });
  chain = next.catch(() => undefined);
  return next;
}
