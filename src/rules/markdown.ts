import { Lexer, type Token, type Tokens } from 'marked';
import { inlineBoundProblem, MARKDOWN_BOUNDS, rawBoundProblem } from './markdown-bounds';
import type { MdNode } from './types';

export class MarkdownError extends Error {}

/** marked's lexer, refusing an inline text (a paragraph's, a heading's, a list item's) beyond the bounds before lexing it. */
class BoundedLexer extends Lexer {
  override inlineTokens(src: string, tokens?: Token[]): Token[] {
    const problem = inlineBoundProblem(src);
    if (problem) throw new MarkdownError(problem);
    return super.inlineTokens(src, tokens);
  }
}

/**
 * Markdown → safe node tree. Only the constructs articles need are accepted; raw HTML, images,
 * tables and links that leave the extension are errors, so nothing unsafe can reach the UI. Text
 * beyond the parser's bounds (markdown-bounds.ts) is refused before it can cost seconds.
 */
export function markdownToTree(markdown: string): MdNode[] {
  const problem = rawBoundProblem(markdown);
  if (problem) throw new MarkdownError(problem);
  let tokens: Token[];
  try {
    tokens = new BoundedLexer().lex(markdown);
  } catch (e) {
    if (e instanceof RangeError) throw new MarkdownError(`lists or quotes nested too deeply (at most ${MARKDOWN_BOUNDS.depth})`);
    throw e;
  }
  const tree = blocks(tokens);
  if (depthOf(tree) > MARKDOWN_BOUNDS.depth)
    throw new MarkdownError(`lists or quotes nested too deeply (at most ${MARKDOWN_BOUNDS.depth})`);
  return tree;
}

/** How deeply blocks (lists, items, quotes) sit inside one another; inline nodes do not count. */
function depthOf(nodes: readonly MdNode[]): number {
  let deepest = 0;
  for (const n of nodes) {
    if (typeof n !== 'string' && (n.t === 'ul' || n.t === 'ol' || n.t === 'blockquote'))
      deepest = Math.max(deepest, 1 + depthOf(n.c.flatMap((c) => (typeof c !== 'string' && c.t === 'li' ? c.c : [c]))));
  }
  return deepest;
}

function blocks(tokens: Token[]): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const { depth } = token as Tokens.Heading;
        if (depth !== 2 && depth !== 3) throw new MarkdownError(`heading level ${depth} ("${token.raw.trim()}"): use ## or ###`);
        out.push({ t: depth === 2 ? 'h2' : 'h3', c: inline((token as Tokens.Heading).tokens) });
        break;
      }
      case 'paragraph':
        out.push({ t: 'p', c: inline((token as Tokens.Paragraph).tokens) });
        break;
      case 'text': // loose text inside list items
        out.push(...inline((token as Tokens.Text).tokens ?? [token]));
        break;
      case 'list': {
        const list = token as Tokens.List;
        out.push({ t: list.ordered ? 'ol' : 'ul', c: list.items.map((item) => ({ t: 'li' as const, c: blocks(item.tokens) })) });
        break;
      }
      case 'blockquote':
        out.push({ t: 'blockquote', c: blocks((token as Tokens.Blockquote).tokens) });
        break;
      default:
        throw new MarkdownError(`${token.type} is not allowed in articles ("${token.raw.trim().slice(0, 40)}")`);
    }
  }
  return out;
}

function inline(tokens: Token[]): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inline(t.tokens));
        else out.push(decodeEntities(t.text));
        break;
      }
      case 'strong':
      case 'em':
        out.push({ t: token.type, c: inline((token as Tokens.Strong).tokens) });
        break;
      case 'codespan':
        out.push({ t: 'code', c: [decodeEntities((token as Tokens.Codespan).text)] });
        break;
      case 'br':
        out.push({ t: 'br', c: [] });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (!link.href.startsWith('topic:'))
          throw new MarkdownError(`link to "${link.href}": articles may only link to other topics (topic:<id>)`);
        out.push({ t: 'a', topic: link.href.slice('topic:'.length), c: inline(link.tokens) });
        break;
      }
      default:
        throw new MarkdownError(`${token.type} is not allowed in articles ("${token.raw.trim().slice(0, 40)}")`);
    }
  }
  return out;
}

// marked escapes &, <, >, " and ' in text tokens; the tree holds plain text, so undo that.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

export { treeText } from './tree-text';

/** Topic ids a tree links to, for validation. */
export function treeLinks(nodes: MdNode[], into: string[] = []): string[] {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (n.t === 'a') into.push(n.topic);
    treeLinks(n.c, into);
  }
  return into;
}
