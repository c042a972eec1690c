import type { MdNode } from './types';

/** One `##` section of an article: its heading's text (null for what precedes the first) and its nodes, heading included. */
export interface Section {
  heading: string | null;
  nodes: MdNode[];
}

/** Splits an article body at its `##` headings, in article order. */
export function splitSections(body: readonly MdNode[]): Section[] {
  const sections: Section[] = [];
  for (const node of body) {
    if (typeof node !== 'string' && node.t === 'h2') sections.push({ heading: text(node).trim(), nodes: [node] });
    else if (sections.length > 0) sections.at(-1)!.nodes.push(node);
    else sections.push({ heading: null, nodes: [node] });
  }
  return sections;
}

// The section names rules/README.md prescribes. Apostrophes vary with the writer's keyboard.
export const isFixHeading = (heading: string | null): boolean => heading !== null && /^fix it$/i.test(heading);
export const isFallbackHeading = (heading: string | null): boolean => heading !== null && /^if that doesn['’]?t work$/i.test(heading);

const text = (node: MdNode): string => (typeof node === 'string' ? node : node.c.map(text).join(''));
