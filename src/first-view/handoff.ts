/**
 * How a page's first view and the page itself pass the screen from one to the other. The first
 * view paints, then starts the page's scripts, which the build parks in `<template id="app-start">`
 * (src/build/first-view.ts; run.ts starts them). The side panel's paints into `#first-view`, which
 * the panel removes in the same commit that paints its own screen; the popup's draws in place of
 * the box of its HTML, `#popup-shell`, which the popup replaces the same way.
 */
export const FIRST_VIEW_ID = 'first-view';
/** The popup's box in its HTML (entrypoints/popup/index.html): the popup's first view draws in its place. */
export const POPUP_SHELL_ID = 'popup-shell';
export const APP_START_ID = 'app-start';
/** The performance mark the first view leaves when it has painted (its `detail`: topic and language). */
export const FIRST_VIEW_MARK = 'signpost:first-view';

/** Is the first view on screen (painted, and not yet handed over)? */
export function firstViewShowing(doc: Document = document): boolean {
  return (doc.getElementById(FIRST_VIEW_ID)?.childNodes.length ?? 0) > 0;
}

/**
 * The page's own screen is being committed — its first screen, or the message of a page that failed
 * (its error boundary's `onFailed`) — so what was on screen before it goes in the same commit: the
 * side panel's first view, or the popup's box or first view (a page has one of the two).
 */
export function endFirstView(doc: Document = document): void {
  for (const id of [FIRST_VIEW_ID, POPUP_SHELL_ID]) doc.getElementById(id)?.remove();
}

/** Starts the panel's scripts parked in the template (once: the template goes with it). */
export function startApp(doc: Document = document): void {
  const template = doc.getElementById(APP_START_ID);
  if (!(template instanceof HTMLTemplateElement)) return;
  template.remove();
  // New elements, not the template's own: a script parsed into a template never runs, even moved.
  for (const parked of [...template.content.children]) {
    const element = doc.createElement(parked.localName);
    for (const { name, value } of [...parked.attributes]) element.setAttribute(name, value);
    doc.head.append(element);
  }
}
