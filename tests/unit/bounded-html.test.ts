import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { boundHtml, HTML_BOUNDS, type HtmlBounds } from '../../src/page/bounded-html';
import { loadFixtures } from './helpers';

/**
 * What htmlparser2's parser (the one under linkedom) holds while it reads `html`: its deepest stack
 * of open elements and of foreign-context flags (its own fields, read here only to check them: they
 * are what costs it quadratic time when they grow), and how many elements it makes.
 */
function parserLoad(html: string): { depth: number; foreign: number; elements: number } {
  let depth = 0;
  let foreign = 0;
  let elements = 0;
  const parser: Parser = new Parser(
    {
      onopentag() {
        const inside = parser as unknown as { stack: string[]; foreignContext: boolean[] };
        elements++;
        depth = Math.max(depth, inside.stack.length);
        foreign = Math.max(foreign, inside.foreignContext.length);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { depth, foreign, elements };
}

const within = (load: ReturnType<typeof parserLoad>, bounds: HtmlBounds) =>
  load.depth <= bounds.maxDepth && load.foreign <= bounds.maxDepth && load.elements <= bounds.maxElements;

// Pieces of markup that move the parser's stacks: implied closes, void and self-closing tags, foreign
// content, raw text that hides tags, stray closing tags, and broken tags whose removal could make new ones.
const PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<li>',
  '<td>',
  '<tr>',
  '<table>',
  '<tbody>',
  '<span class="a">',
  '</span>',
  '<b>',
  '</b>',
  '<svg>',
  '</svg>',
  '<svg/>',
  '<path d="1"/>',
  '<math>',
  '</math>',
  '<mi>',
  '</mi>',
  '<foreignObject>',
  '</foreignObject>',
  '<desc>',
  '</desc>',
  '<title>t<div></title>',
  '<script><div><div></script>',
  '<style>p{}</style>',
  '<textarea><b></textarea>',
  '<xmp><i></xmp>',
  '<br>',
  '</br>',
  '<input name="x">',
  '<select>',
  '<option>',
  '<button>',
  '</x>',
  '<div/>',
  '<h1>',
  '</h1>',
  '<dd>',
  '<rt>',
  'text',
  ' ',
  '&amp;',
  '<!-- c -->',
  '<![CDATA[<div>]]>',
  '<!doctype html>',
  '<',
  '>',
  '</',
  '<!',
  '"',
  "'",
  '=',
  '/',
];

describe('boundHtml', () => {
  it('returns every fixture page as it is, the very same text', () => {
    for (const f of loadFixtures()) {
      const bounded = boundHtml(f.html);
      expect(bounded.html, f.file).toBe(f.html);
      expect(bounded, f.file).toMatchObject({ deepTags: 0, cut: false, textOnly: false });
    }
  });

  it('keeps htmlparser2 within bounds whatever the markup, and leaves markup already within them alone', () => {
    const bounds: HtmlBounds = { maxDepth: 6, maxElements: 40 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 160 }), (pieces) => {
        const html = pieces.join('');
        const bounded = boundHtml(html, bounds);
        expect(within(parserLoad(bounded.html), bounds)).toBe(true);
        // The replay of the parser is exact: nothing is cut from markup the parser reads within bounds.
        if (within(parserLoad(html), bounds)) expect(bounded.html).toBe(html);
      }),
      { numRuns: 1_500 },
    );
  });

  it('drops the tags nested past the limit and keeps their text in the element at the limit', () => {
    const html = `<body>${'<div>'.repeat(600)}<h1>Deep down</h1>${'</div>'.repeat(600)}<p>After</p></body>`;
    const bounded = boundHtml(html);
    expect(parserLoad(bounded.html).depth).toBeLessThanOrEqual(HTML_BOUNDS.maxDepth);
    expect(bounded.deepTags).toBe(600 + 1 - (HTML_BOUNDS.maxDepth - 1)); // <body> holds one level
    expect(bounded.html).toContain('Deep down');
    expect(bounded.html.endsWith('</div><p>After</p></body>')).toBe(true);
  });

  it('drops a raw-text element past the limit whole, so that no tag it hid comes out', () => {
    const hidden = '<div>'.repeat(50);
    const bounded = boundHtml(`${'<div>'.repeat(10)}<script>${hidden}</script>x`, { maxDepth: 5, maxElements: 100 });
    expect(bounded.html).toBe(`${'<div>'.repeat(5)}x`);
  });

  it('stops the text before the element past the limit', () => {
    const bounded = boundHtml('<p>a</p>'.repeat(10), { maxDepth: 10, maxElements: 4 });
    expect(bounded).toMatchObject({ html: '<p>a</p>'.repeat(4), cut: true });
  });

  it('bounds what self-closing SVG makes the parser remember, not only what it keeps open', () => {
    // Each <svg/> inside an <svg> closes at once but leaves a foreign-context flag behind.
    const html = `<svg>${'<svg/>'.repeat(2_000)}</svg>`;
    expect(parserLoad(html).foreign).toBeGreaterThan(2_000);
    expect(parserLoad(boundHtml(html).html).foreign).toBeLessThanOrEqual(HTML_BOUNDS.maxDepth);
  });
});
