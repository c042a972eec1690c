import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToTree } from '../../src/rules/markdown';
import { MARKDOWN_BOUNDS as B } from '../../src/rules/markdown-bounds';
import { FIXTURES_DIR, shippedRules } from './helpers';

/**
 * The article parser (marked) rescans the rest of a paragraph from each emphasis mark and each run
 * of address-like characters: `"__" + "a_" × 50 000`, a rule pack's article, took half a minute to
 * parse, and was parsed again at every side panel and popup open. The parser's bounds
 * (src/rules/markdown-bounds.ts) refuse such text at once, and keep whatever they let through about
 * as cheap as an ordinary article of the same size. Compared as a ratio of the fastest of a few runs
 * each, taken in turn, so that a busy machine slows both alike.
 */

const PACK = JSON.parse(readFileSync(join(FIXTURES_DIR, 'packs/acme-it.signpost-pack.json'), 'utf8')) as { rules: { article: string }[] };
/** Real articles (headings, numbered steps, bold labels, a quote), repeated to `size` characters. */
function ordinary(size: number): string {
  const articles = PACK.rules.map((r) => r.article).join('\n\n');
  return `${articles}\n\n`.repeat(Math.ceil(size / (articles.length + 2))).slice(0, size);
}

const attempt = (text: string) => () => {
  try {
    markdownToTree(text);
  } catch {
    // Refused or not: the time is what is compared.
  }
};

function ratio(hostile: () => void, usual: () => void, runs = 3): number {
  let h = Infinity;
  let o = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    hostile();
    h = Math.min(h, performance.now() - t);
    t = performance.now();
    usual();
    o = Math.min(o, performance.now() - t);
  }
  return h / o;
}

/** `unit` repeated to `size` characters, then made to keep the bounds while staying as costly as they allow. */
function withinBounds(unit: string, size: number): string {
  let out = '';
  let word = 0;
  let block = 0;
  let lines = 1;
  let marks = 0;
  const blank = () => {
    out += '\n\n';
    block = word = marks = 0;
    lines = 1;
  };
  for (let i = 0; out.length < size; i++) {
    let c = unit[i % unit.length]!;
    if (c === '\n' && ++lines > B.blockLines - 2) {
      blank();
      continue;
    }
    if ('*_~'.includes(c) && marks++ >= B.inlineMarks) c = 'a';
    if (/\s/.test(c)) word = 0;
    else if (++word >= B.word) {
      out += ' ';
      word = 1;
    }
    out += c;
    if (++block > B.blockChars - 10) blank();
  }
  return out.slice(0, size);
}

describe('the Markdown parser is given bounded text', () => {
  it("the review's hostile article is refused at once with its reason, not parsed for seconds", () => {
    const hostile = `__${'a_'.repeat(40_000)}`;
    expect(() => markdownToTree(hostile)).toThrow(/^a word of more than 200 characters \("__a_a_/);
    // Before the bounds this was ~100× an ordinary article of its size (seconds); now it is a scan.
    expect(ratio(attempt(hostile), attempt(ordinary(hostile.length)))).toBeLessThan(1);
  });

  it('within the bounds, the inputs that cost the parser most grow in proportion to their length, like an ordinary article', () => {
    const SIZE = 25_000;
    const costly: Record<string, string> = {
      'intraword underscores': `__${'a_'.repeat(500)}`,
      'stars and underscores': '*a_',
      'nested emphasis': `${'*a '.repeat(32)}${'a* '.repeat(32)}`,
      'nested strong': `${'**a '.repeat(16)}${'a** '.repeat(16)}`,
      'address-like words': 'a!',
      'open brackets': '[',
      'lazy list lines': `- a\n${'b\n'.repeat(200)}`,
      'nested lazy list': `- - - - a\n${'b\n'.repeat(200)}`,
      'many list items': '- a\n',
      'reference links': '[a][b] ',
      'quoted lists': '> - a\n',
    };
    for (const [name, unit] of Object.entries(costly)) {
      // Four times the text, about four times the time (quadratic would be sixteen): no path left that rescans.
      expect(
        ratio(attempt(withinBounds(unit, 4 * SIZE)), attempt(withinBounds(unit, SIZE)), 5),
        `${name}: four times the text`,
      ).toBeLessThan(8);
      // And a constant factor of an ordinary article's cost (a page of nested lists makes many more nodes).
      expect(ratio(attempt(withinBounds(unit, SIZE)), attempt(ordinary(SIZE))), `${name}: against an ordinary article`).toBeLessThan(30);
    }
  });

  it('each bound is refused with a reason that says what to change', () => {
    expect(() => markdownToTree(`See ${'x'.repeat(B.word + 1)}.`)).toThrow(/a word of more than 200 characters .*add spaces/);
    expect(() => markdownToTree('word '.repeat(B.blockChars / 4))).toThrow(/more than 4000 characters without a blank line/);
    expect(() => markdownToTree('line\n'.repeat(B.blockLines + 1))).toThrow(/more than 60 lines without a blank line/);
    expect(() => markdownToTree(`Press ${'**Next** '.repeat(B.inlineMarks / 4 + 1)}`)).toThrow(
      /more than 64 \* _ or ~ marks in one paragraph/,
    );
    expect(() => markdownToTree(`${'> '.repeat(B.depth + 1)}deep`)).toThrow(/nested too deeply \(at most 8\)/);
    expect(() => markdownToTree(Array.from({ length: B.depth + 1 }, (_, i) => `${'  '.repeat(i)}- step`).join('\n'))).toThrow(
      /nested too deeply/,
    );
  });

  it('just inside every bound is accepted, and so is every bundled article', () => {
    expect(markdownToTree(`See ${'x'.repeat(B.word)} now.`)).toHaveLength(1);
    expect(markdownToTree(`Press ${'**Next** '.repeat(B.inlineMarks / 4)}`)).toHaveLength(1);
    expect(markdownToTree(Array.from({ length: B.depth }, (_, i) => `${'  '.repeat(i)}- step`).join('\n'))).toHaveLength(1);
    expect(shippedRules().articles.length).toBeGreaterThan(20); // the build parses every bundled article with the same bounds
  });
});
