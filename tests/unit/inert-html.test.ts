import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { parseInertHtml } from '../../src/page/inert-html';
import { takeSnapshot } from '../../src/page/snapshot';
import { sanitizeElement } from '../../src/report/sanitize';
import { loadFixtures } from './helpers';

/**
 * Replay builds a stranger's page as an inert DOM (src/page/inert-html.ts) instead of handing it to
 * the browser's parser. It must read a page as the CLI does, and keep out of the DOM — and so out
 * of the copy the sandboxed frame shows — every address a click, a refresh or a load could go to.
 */

const blank = () => parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;

describe('parseInertHtml', () => {
  it('gives every fixture the snapshot the CLI gives it', () => {
    for (const f of loadFixtures()) {
      const { doc } = parseInertHtml(f.html, blank());
      expect(takeSnapshot(doc, f.url), f.file).toEqual(takeSnapshot(parseHtmlDocument(f.html), f.url));
      expect(doc.querySelector('meta[name="signpost:url"]')?.getAttribute('content'), f.file).toBe(f.url);
    }
  });

  it('sets no address anything could load or go to; a link keeps its href only for the snapshot', () => {
    const html = [
      '<html lang="pt-BR"><head><base href="https://base.example/"><meta http-equiv="refresh" content="0; url=https://refresh.example/">',
      '<link rel="stylesheet" href="https://css.example/a.css"><style>@import "https://css.example/b.css";</style></head><body>',
      '<h1 onclick="alert(1)">Title</h1><a href="https://link.example/">Open</a><area href="https://area.example/">',
      '<img src="https://img.example/a.png" srcset="https://img.example/b.png 2x" alt="pic"><video poster="https://img.example/p.png"></video>',
      '<form action="https://form.example/"><button formaction="https://form.example/b">Send</button></form>',
      '<iframe src="https://frame.example/"></iframe><script>fetch("https://script.example/")</script><object data="https://obj.example/"></object>',
      '</body></html>',
    ].join('');
    const { doc } = parseInertHtml(html, blank());
    expect(doc.documentElement.getAttribute('lang')).toBe('pt-BR');
    expect(doc.querySelectorAll('base, link, style, script, iframe, object')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) {
        expect(`${el.localName} ${name}`).not.toMatch(/ (on\w+|src|srcset|poster|action|formaction|http-equiv|data)$/);
        if (name === 'href') expect(['a', 'area']).toContain(el.localName);
      }
    }
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://link.example/');
    // What the frame is shown: the capture's own serialiser over that DOM keeps no address at all.
    const copy = sanitizeElement(doc.body).html;
    for (const live of ['href', 'action', 'http-equiv', 'src', 'example', '<base', '<meta', '<script', 'onclick'])
      expect(copy, live).not.toContain(live);
    expect(copy).toContain('<h1>Title</h1>');
  });

  it('builds the tree the bounds allow: a page nested 300 000 deep is at most 512 deep, its text kept', () => {
    const { doc, bounded } = parseInertHtml(`${'<div>'.repeat(300_000)}Deep down${'</div>'.repeat(300_000)}`, blank());
    let depth = 0;
    for (let el: Element | null = doc.body; el; el = el.firstElementChild) depth++;
    expect(depth).toBeLessThanOrEqual(513);
    expect(bounded.deepTags).toBeGreaterThan(299_000);
    expect(doc.body.textContent).toBe('Deep down');
  });
});
