/** A query as a person types it, and the topic they need first. */
export interface RelevanceQuery {
  q: string;
  expect: string | readonly string[];
  why?: string;
}

// A correct code refused has one article per platform, saying the same for each: a query that names
// no platform accepts either.
export const IG_OR_X_INVALID = ['instagram/invalid-code', 'x/invalid-code'] as const;
export const NO_PLATFORM = 'no platform named: the Instagram and the X article say the same thing for their platform';
