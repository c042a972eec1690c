import type { MdNode } from './types';

/** The `##` sections an article may have, by key, in the order articles give them. */
export const SECTION_KEYS = ['Fix', 'Fallback', 'Seeing', 'Why'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** One `##` section of an article: its heading's text and key (null for what precedes the first) and its nodes, heading included. */
export interface Section {
  heading: string | null;
  key: SectionKey | null;
  nodes: MdNode[];
}

/**
 * The English headings rules/README.md prescribes; apostrophes vary with the writer's keyboard. A
 * translation's headings carry their key from the build (`s` on the heading node, set where the
 * translation is checked against its locale's `articleHeading*` messages), so every language is
 * recognised without this list growing.
 */
const ENGLISH: [SectionKey, RegExp][] = [
  ['Fix', /^fix it$/i],
  ['Fallback', /^if that doesn['’]?t work$/i],
  ['Seeing', /^what you['’]?re seeing$/i],
  ['Why', /^why it happens$/i],
];

/** Splits an article body at its `##` headings, in article order. */
export function splitSections(body: readonly MdNode[]): Section[] {
  const sections: Section[] = [];
  for (const node of body) {
    if (typeof node !== 'string' && node.t === 'h2') {
      const heading = text(node).trim();
      sections.push({ heading, key: node.s ?? ENGLISH.find(([, re]) => re.test(heading))?.[0] ?? null, nodes: [node] });
    } else if (sections.length > 0) sections.at(-1)!.nodes.push(node);
    else sections.push({ heading: null, key: null, nodes: [node] });
  }
  return sections;
}

const text = (node: MdNode): string => (typeof node === 'string' ? node : node.c.map(text).join(''));
