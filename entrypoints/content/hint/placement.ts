/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const CORNERS = ['br', 'bl', 'tr', 'tl'] as const;
export type Corner = (typeof CORNERS)[number];

/** The page's own controls the card must never cover. */
export const CONTROLS =
  'input, button, select, textarea, a[href], [role="button"], [role="link"], [role="textbox"], [contenteditable="true"]';

/** Where the card's box would be in a corner of the viewport (must match styles.ts: 16px margins). */
export function boxAt(corner: Corner, width: number, height: number, viewport: { width: number; height: number }, margin = 16): Box {
  const left = corner[1] === 'l' ? margin : viewport.width - margin - width;
  const top = corner[0] === 't' ? margin : viewport.height - margin - height;
  return { left, top, right: left + width, bottom: top + height };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The first corner where the card covers none of the page's controls; if every corner covers some,
 * the one covering fewest (ties: the preferred order). Pure: the caller measures.
 */
export function chooseCorner(
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  controls: readonly Box[],
): Corner {
  let best: Corner = CORNERS[0];
  let fewest = Infinity;
  for (const corner of CORNERS) {
    const box = boxAt(corner, card.width, card.height, viewport);
    let hits = 0;
    for (const c of controls) if (overlaps(box, c)) hits++;
    if (hits === 0) return corner;
    if (hits < fewest) {
      fewest = hits;
      best = corner;
    }
  }
  return best;
}
