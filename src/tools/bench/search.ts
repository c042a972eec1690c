import { benchSearch } from '../bench-search';
import { round } from './stats';
import type { Section } from './types';

/** Popup search per keystroke over every bundled article (src/tools/bench-search.ts). */
export const search: Section = {
  name: 'search',
  async run() {
    const b = benchSearch();
    const k = b.perKeystrokeMs;
    return [
      {
        key: 'searchMsPerKeystroke',
        label: `search per keystroke, ${b.articles} articles (p95)`,
        value: round(k.p95, 3),
        unit: 'ms',
        detail: `median ${k.median} ms, max ${k.max} ms over ${b.samples} keystrokes; index built in ${b.buildMs} ms`,
      },
    ];
  },
};
