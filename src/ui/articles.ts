import articles from 'virtual:signpost/articles';
import type { Article } from '../rules/types';

export const ARTICLES: readonly Article[] = articles;
const BY_ID = new Map(articles.map((a) => [a.id, a]));

export function articleById(id: string): Article | undefined {
  return BY_ID.get(id);
}
