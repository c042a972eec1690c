/**
 * What people type into the popup's search box, and the topic they need first. Written as people
 * write — lower case, no accents, typos, platform nicknames, English words in Spanish or Portuguese —
 * and not from the articles' titles. Used by search-relevance.test.ts.
 *
 * `expect` is the topic a person typing this most likely needs. Where a query fits two topics
 * equally, both are accepted and `why` says so; queries that fit several topics were left out.
 */
import { EN_QUERIES } from './search-queries.en';
import { ES_QUERIES } from './search-queries.es';
import { PT_BR_QUERIES } from './search-queries.pt-BR';
import type { RelevanceQuery } from './search-queries.shared';

export type { RelevanceQuery } from './search-queries.shared';

export const QUERIES: Record<'en' | 'es' | 'pt-BR', readonly RelevanceQuery[]> = { en: EN_QUERIES, es: ES_QUERIES, 'pt-BR': PT_BR_QUERIES };
