/**
 * How much Markdown the article parser (marked) is given at once. Its lexer rescans the rest of a
 * paragraph from each emphasis mark and each run of address-like characters, and the rest of a list
 * item from each of its lines, so its time grows with the square of a paragraph's length (and worse
 * with nested emphasis): `"__" + "a_" × 50 000` took half a minute. Within these bounds the cost stays
 * proportional to the article's length. Every bundled article sits far inside them (at most 601
 * characters, 24 marks and 8 lines to a paragraph, 56 characters to a word).
 * Checked before and while lexing, for bundled rules and rule packs alike.
 */
export const MARKDOWN_BOUNDS = {
  /** Characters between two spaces or line breaks. */
  word: 200,
  /** Characters of text between two blank lines (a paragraph, a list, a quote). */
  blockChars: 4_000,
  /** Lines of text between two blank lines. */
  blockLines: 60,
  /** Emphasis marks (`*`, `_`, `~`) in the text of one paragraph, heading or list item. */
  inlineMarks: 64,
  /** Lists and quotes inside one another. */
  depth: 8,
} as const;

const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The first bound the raw text breaks, as a reason; null when it keeps them all. Linear in the text. */
export function rawBoundProblem(markdown: string): string | null {
  const { word, blockChars, blockLines } = MARKDOWN_BOUNDS;
  for (const m of markdown.matchAll(/\S+/g)) {
    if (m[0].length > word) return `a word of more than ${word} characters ("${snippet(m[0])}"): add spaces`;
  }
  for (const block of markdown.split(/\n[ \t]*(?:\r?\n|$)/)) {
    if (block.length > blockChars)
      return `more than ${blockChars} characters without a blank line ("${snippet(block.trim())}"): split it into paragraphs`;
    let lines = 1;
    for (let i = block.indexOf('\n'); i >= 0; i = block.indexOf('\n', i + 1)) lines++;
    if (lines > blockLines)
      return `more than ${blockLines} lines without a blank line ("${snippet(block.trim())}"): split it with blank lines`;
  }
  return null;
}

/** The reason one paragraph's, heading's or list item's text is refused, or null. */
export function inlineBoundProblem(text: string): string | null {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) marks++; // * _ ~
  }
  return marks > MARKDOWN_BOUNDS.inlineMarks
    ? `more than ${MARKDOWN_BOUNDS.inlineMarks} * _ or ~ marks in one paragraph ("${snippet(text)}")`
    : null;
}
