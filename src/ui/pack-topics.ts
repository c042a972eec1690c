import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '../rules/types';
import { PACK_TOPICS_KEY } from '../storage/keys';

/**
 * The rule packs' topics as articles, for every page (the popup's search, the side panel, and
 * through articles.ts settings and replay): the one reader of `packTopics` in the pages. Few people
 * have packs: the stored list is read as it is, and only when it holds topics does the page load
 * what checks them (their schema, src/packs/derived.ts) and makes articles of their stored trees
 * (src/packs/pack-articles.ts; no Markdown parser). They follow every change to the list (the
 * background rewrites it when packs change).
 */

let current: readonly Article[] | null = null;
const listeners = new Set<(packs: readonly Article[]) => void>();
let started = false;
let applied = 0;

/** The stored list (unchecked) → articles: nothing to load when it holds nothing. */
export async function packArticlesOf(stored: unknown): Promise<Article[]> {
  if (!Array.isArray(stored) || stored.length === 0) return [];
  const [{ parsePackTopics }, { packArticle }] = await Promise.all([import('../packs/derived'), import('../packs/pack-articles')]);
  return parsePackTopics(stored).map(packArticle);
}

function start(): void {
  if (started) return;
  started = true;
  const apply = async (stored: unknown) => {
    const turn = ++applied;
    const packs = await packArticlesOf(stored).catch(() => []);
    if (turn !== applied) return; // a later change is on its way
    current = packs;
    for (const listener of listeners) listener(packs);
  };
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PACK_TOPICS_KEY in changes) void apply(changes[PACK_TOPICS_KEY]?.newValue);
  });
  void browser.storage.local.get(PACK_TOPICS_KEY).then(
    (stored) => apply(stored[PACK_TOPICS_KEY]),
    () => apply(undefined),
  );
}

/** Calls `listener` with the packs' topics as articles once they are read, and at every change. Returns the unsubscribe. */
export function followPackArticles(listener: (packs: readonly Article[]) => void): () => void {
  start();
  listeners.add(listener);
  if (current) listener(current);
  return () => void listeners.delete(listener);
}

/** The packs' topics as articles; null until they are read (an empty list when there are none). */
export function usePackArticles(): readonly Article[] | null {
  const [packs, setPacks] = useState(current);
  // A layout effect: the read starts as the page first renders; the side panel's first screen waits on it.
  useLayoutEffect(() => followPackArticles(setPacks), []);
  return packs;
}
