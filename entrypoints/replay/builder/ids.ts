import { BUNDLED_ARTICLES } from '../../../src/ui/articles';

/** The built-in topic ids: a new rule may not take one, and pack checks resolve links against them. */
export const BUNDLED_IDS: ReadonlySet<string> = new Set(BUNDLED_ARTICLES.map((a) => a.id));
