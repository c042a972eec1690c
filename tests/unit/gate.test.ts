import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGate } from '../../entrypoints/content/gate';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { match } from '../../src/engine/match';
import { takeSnapshot } from '../../src/page/snapshot';
import { compileRulesDir } from '../../src/rules/load';
import { feedItemHtml } from '../../src/tools/bench/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const { table } = compileRulesDir(join(ROOT, 'rules'), { requireCatalog: true });
const gate = createGate(table);
const fixtures = (readdirSync(join(ROOT, 'tests/fixtures'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('content script gate', () => {
  it('lets feed items through without a snapshot', () => {
    for (const platform of ['instagram', 'x'] as const) {
      const doc = parseHtmlDocument(`<!DOCTYPE html><html><body><div id="f">${feedItemHtml(7, platform)}</div></body></html>`);
      expect(gate.carries(doc.getElementById('f')!.firstElementChild!)).toBe(false);
    }
  });

  it('stops every fixture screen that some rule recognises', () => {
    for (const file of fixtures) {
      const html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
      const url = html.match(/<meta name="signpost:url" content="([^"]+)"/)?.[1];
      if (!url) continue;
      const doc = parseHtmlDocument(html);
      const full = match(table, takeSnapshot(doc, url));
      const empty = match(table, { url, lang: doc.documentElement.getAttribute('lang') ?? '', texts: { heading: [], dialog: [], alert: [], button: [], label: [], text: [] }, inputs: [], testids: [], roles: [], truncated: false });
      // Sound: whenever the gate lets a page through, an empty page with its URL matches the same.
      if (!gate.carries(doc.body, 200_000)) expect(full, file).toEqual(empty);
      if (full.length > 0 && JSON.stringify(full) !== JSON.stringify(empty)) expect(gate.carries(doc.body, 200_000), file).toBe(true);
    }
  });
});
