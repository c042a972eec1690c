export { match, explain } from './match';
export { normalize, containsPhrase } from './normalize';
export * from './types';
