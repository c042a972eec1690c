import { splitSections } from '../../rules/sections';
import type { Article, MdNode } from '../../rules/types';

/** At most this many steps, each at most this many characters: the hint card is small. */
export const SHORT_FIX_MAX_STEPS = 4;
export const SHORT_FIX_MAX_CHARS = 180;

/**
 * The short form of an article's fix, for the Firefox hint card (Firefox cannot open the sidebar
 * from a page click, so the card shows the steps inline). Build time only.
 *
 * The steps are the first ordered list under "## Fix it" (its first sub-path when there are
 * several), one plain-text line per item with nested lists left out. No ordered list: its first
 * paragraph. No "Fix it" section: the summary.
 */
export function shortFix(article: Pick<Article, 'body' | 'summary'>): string[] {
  const section = fixSection(article.body);
  const list = section.find((n): n is { t: 'ol'; c: MdNode[] } => typeof n !== 'string' && n.t === 'ol');
  if (list) return list.c.slice(0, SHORT_FIX_MAX_STEPS).map((li) => clip(plain(li, true)));
  const para = section.find((n) => typeof n !== 'string' && n.t === 'p');
  return [clip(para ? plain(para, true) : article.summary)];
}

/** Language → topic id → short steps, for every article and each of its translations. */
export function shortFixes(articles: Article[]): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = { en: {} };
  for (const a of articles) {
    out.en![a.id] = shortFix(a);
    for (const [lang, text] of Object.entries(a.translations ?? {})) (out[lang] ??= {})[a.id] = shortFix(text);
  }
  return out;
}

/** The "Fix it" section without its heading; empty when the article has none. */
const fixSection = (body: MdNode[]): MdNode[] =>
  splitSections(body)
    .find((s) => s.key === 'Fix')
    ?.nodes.slice(1) ?? [];

function plain(node: MdNode, skipLists: boolean): string {
  if (typeof node === 'string') return node;
  if (skipLists && (node.t === 'ul' || node.t === 'ol')) return '';
  if (node.t === 'br') return ' ';
  const text = node.c.map((c) => plain(c, skipLists)).join('');
  return node.t === 'p' ? `${text} ` : text; // paragraphs inside one item stay apart
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SHORT_FIX_MAX_CHARS) return flat;
  const cut = flat.slice(0, SHORT_FIX_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_FIX_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
