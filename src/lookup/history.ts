/**
 * The side panel's back/forward: a list of places and a cursor, like a browser tab's history.
 * A place is an article (`topic`) or `null` for the panel's home (recognised topic, or search).
 * Pure: the panel keeps it in state; the unit tests drive it directly.
 */
export interface History {
  entries: (string | null)[];
  index: number;
}

const MAX_ENTRIES = 50;

export const initialHistory = (place: string | null = null): History => ({ entries: [place], index: 0 });

/**
 * The article a panel address names (`sidepanel.html#topic=<id>`, the form an article's links take),
 * or null. The panel opens there, as a link opened in a tab of its own would.
 */
export function placeFromHash(hash: string): string | null {
  const match = /^#topic=([^&]+)$/.exec(hash);
  if (!match) return null;
  try {
    const id = decodeURIComponent(match[1]!);
    return id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null; // a malformed escape: no place
  }
}

export const currentPlace = (h: History): string | null => h.entries[h.index] ?? null;
export const canGoBack = (h: History): boolean => h.index > 0;
export const canGoForward = (h: History): boolean => h.index < h.entries.length - 1;

/** Going somewhere new drops the forward entries; going where we already are changes nothing. */
export function visit(h: History, place: string | null): History {
  if (currentPlace(h) === place) return h;
  const entries = [...h.entries.slice(0, h.index + 1), place].slice(-MAX_ENTRIES);
  return { entries, index: entries.length - 1 };
}

export const back = (h: History): History => (canGoBack(h) ? { ...h, index: h.index - 1 } : h);
export const forward = (h: History): History => (canGoForward(h) ? { ...h, index: h.index + 1 } : h);
