import articles from 'virtual:signpost/articles';
import table from 'virtual:signpost/match-table';
import type { Kind } from '../../src/engine/types';

/** Kind of every topic the build knows. The background trusts this, not the content script's word. */
export const KIND_BY_ID: ReadonlyMap<string, Kind> = new Map(table.map((rule) => [rule.id, rule.kind]));

/** Titles for the hint card (the content script carries no articles, to stay small). */
export const TITLE_BY_ID: ReadonlyMap<string, string> = new Map(articles.map((a) => [a.id, a.title]));
