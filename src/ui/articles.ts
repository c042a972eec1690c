import articles from 'virtual:signpost/articles';
import { useEffect, useState } from 'preact/hooks';
import { effectiveArticles } from '../packs/effective';
import type { Article } from '../rules/types';
import { followPackArticles } from './pack-topics';

/**
 * Every article in every language, for the pages that show any topic in any language (settings,
 * replay, the rule builder; the popup and side panel load one language: shown-articles.ts,
 * lookup-search.ts): the bundled ones with the rule packs' topics merged in (same id: the
 * pack's; src/packs/effective.ts). Pack topics arrive from storage (pack-topics.ts) a moment after
 * the page starts and whenever packs change; `useArticles()` re-renders its component then, and
 * `articleById` always answers from the current set.
 */
export const BUNDLED_ARTICLES: readonly Article[] = articles;

let current: readonly Article[] = articles;
let byId = new Map(articles.map((a) => [a.id, a]));
const listeners = new Set<(list: readonly Article[]) => void>();
let started = false;

function apply(packs: readonly Article[]): void {
  current = effectiveArticles(articles, packs);
  byId = new Map(current.map((a) => [a.id, a]));
  for (const listener of listeners) listener(current);
}

function start(): void {
  if (started) return;
  started = true;
  followPackArticles(apply);
}

export function articleById(id: string): Article | undefined {
  return byId.get(id);
}

/** The current articles; the component re-renders when rule packs change them. */
export function useArticles(): readonly Article[] {
  const [list, setList] = useState(current);
  useEffect(() => {
    start();
    listeners.add(setList);
    setList(current);
    return () => void listeners.delete(setList);
  }, []);
  return list;
}
