/**
 * Elements that run code, load something or change where links go: never part of a copy of a
 * stranger's page, with everything inside them. One list for the replay's inert DOM
 * (inert-html.ts) and the allow-list serialiser of captures (src/report/sanitize.ts), which drops
 * more besides.
 */
export const LOADING_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'link',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'noscript',
  'template',
]);
