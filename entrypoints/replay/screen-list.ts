import type { BundledScreen } from '../../src/screens/screens';

/** Platform groups in the order the list shows them (as src/tools/gallery.ts orders them). */
export const PLATFORM_ORDER = ['instagram', 'x', 'general', 'negative'] as const;

/** One row of the Screens list: the screen, what the engine ranks first there, and what a filter reads. */
export interface ScreenEntry {
  screen: BundledScreen;
  /** The file name without folder or extension ("page-en"). */
  name: string;
  /** The engine's first topic at the screen's own address (null: nothing recognised). */
  first: string | null;
  agrees: boolean;
  /** Everything the filter searches, folded (topic id, titles, file path, headings). */
  haystack: string;
}

/** Lower case without accents: "Código" is found by "codigo". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function screenEntries(
  screens: readonly BundledScreen[],
  firstTopic: (s: BundledScreen) => string | null,
  titles: (topic: string) => readonly string[],
): ScreenEntry[] {
  return screens.map((screen) => {
    const first = firstTopic(screen);
    const name = (screen.file.split('/').pop() ?? screen.file).replace(/\.html?$/, '');
    const words = [screen.expect ?? '', ...(screen.expect ? titles(screen.expect) : []), screen.file, ...screen.snapshot.texts.heading];
    return { screen, name, first, agrees: first === screen.expect, haystack: fold(words.join('\n')) };
  });
}

/** Entries holding every word of `query` (in any field, any order); an empty query keeps all. */
export function filterEntries(entries: readonly ScreenEntry[], query: string): ScreenEntry[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  return terms.length === 0 ? [...entries] : entries.filter((e) => terms.every((term) => e.haystack.includes(term)));
}

/** Entries by platform (known platforms first, in PLATFORM_ORDER), each group by expected topic, then file. */
export function groupByPlatform(entries: readonly ScreenEntry[]): { platform: string; entries: ScreenEntry[] }[] {
  const groups = new Map<string, ScreenEntry[]>();
  for (const e of entries) groups.set(e.screen.platform, [...(groups.get(e.screen.platform) ?? []), e]);
  const order: readonly string[] = PLATFORM_ORDER;
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([platform, list]) => ({
      platform,
      entries: list.sort(
        (a, b) => (a.screen.expect ?? '').localeCompare(b.screen.expect ?? '') || a.screen.file.localeCompare(b.screen.file),
      ),
    }));
}
