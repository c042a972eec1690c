/**
 * What htmlparser2's parser (its Parser.js, version 10) does with tags, for bounded-html.ts to replay
 * on its own stack: kept in step by tests/unit/bounded-html.test.ts.
 */

/** Elements with no content and no closing tag. */
export const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements that open a foreign (SVG, MathML) context, where `<x/>` closes itself. */
export const FOREIGN = new Set(['math', 'svg']);
/** Elements inside a foreign context that return to HTML. */
export const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Tags whose content the tokenizer reads as raw text up to their closing tag. */
export const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** An opening tag → the open elements it closes first, while they are on top. */
export const IMPLIES_CLOSE = new Map<string, Set<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM])),
    ...Object.fromEntries(
      [
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'address',
        'article',
        'aside',
        'blockquote',
        'details',
        'div',
        'dl',
        'fieldset',
        'figcaption',
        'figure',
        'footer',
        'form',
        'header',
        'hr',
        'main',
        'nav',
        'ol',
        'pre',
        'section',
        'table',
        'ul',
      ].map((t) => [t, P]),
    ),
  }).map(([tag, closes]) => [tag, new Set(closes)]),
);
