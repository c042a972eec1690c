import type { PlatformFilter } from '../search';
import { PLATFORM_FILTERS } from './Lookup';

/**
 * What the person has done in the popup before the popup's own code took over: typed into the box
 * of its HTML, or used its first view's search (query, platform filter, the result moved to). The
 * next one starts from it, so nothing typed or chosen is lost at a handover.
 */
export interface Carried {
  query: string;
  filter: PlatformFilter;
  active: number;
}

/** Read from what is on screen now: the popup's HTML box, or its first view. */
export function carriedFrom(shell: Element | null): Carried {
  const box = shell?.querySelector<HTMLInputElement>('input[type="search"]');
  const checked = shell?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'all';
  const option = /-option-(\d+)$/.exec(box?.getAttribute('aria-activedescendant') ?? '');
  return {
    query: box?.value ?? '',
    filter: PLATFORM_FILTERS.find((f) => f === checked) ?? 'all',
    active: option ? Number(option[1]) : 0,
  };
}
