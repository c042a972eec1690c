import { describe, expect, it, vi } from 'vitest';
import { match } from '../../src/engine/match';
import { emailSpans } from '../../src/engine/shapes';
import { bundleScreens, screensModule } from '../../src/screens/bundle';
import { loadBundledScreens } from '../../src/screens/screens';
import { signpostScreens } from '../../src/screens/vite-plugin';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { maskUrl, redactText } from '../../src/report/redact';
import { loadFixtures, shippedRules } from './helpers';

// The build-time module, made here by the same function the Vite plugin calls (other tests mock it
// the same way).
vi.mock('virtual:signpost/screens', () => import('./build-modules').then((m) => m.screensModule()));

const fixtures = loadFixtures();
const screens = await loadBundledScreens();
const { table } = shippedRules();

/** Text nodes and text attributes of a page copy: what redaction must have passed over. */
function readableTexts(html: string): string[] {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push(node.textContent ?? '');
    if (node.nodeType === 1)
      for (const a of ['aria-label', 'aria-description', 'placeholder', 'title', 'alt']) out.push((node as Element).getAttribute(a) ?? '');
    node.childNodes.forEach(walk);
  };
  walk(doc.body);
  return out.filter(Boolean);
}

describe('bundled screens (virtual:signpost/screens)', () => {
  it('holds every fixture exactly once, with the meta the fixture declares', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    expect(screens.map((s) => s.file)).toEqual(fixtures.map((f) => f.file));
    expect(new Set(screens.map((s) => s.file)).size).toBe(screens.length);
    for (const [i, f] of fixtures.entries()) {
      const s = screens[i]!;
      expect({ expect: s.expect, layout: s.layout, lang: s.lang, url: s.url }).toEqual({
        expect: f.expect,
        layout: f.layout,
        lang: f.lang,
        url: f.url.replace(/&amp;/g, '&'),
      });
      expect(s.platform).toBe(f.expect === null ? 'negative' : f.file.split('/')[0]);
      expect(s.page?.html.length, f.file).toBeGreaterThan(0);
    }
    expect(new Set(screens.map((s) => s.platform))).toEqual(new Set(['instagram', 'x', 'general', 'negative']));
  });

  it('ranks what the fixture expects first, redacted, at its real address (as replay matches it)', () => {
    for (const s of screens) {
      const first = match(table, { ...s.snapshot, url: s.url })[0]?.id ?? null;
      expect(`${s.file}: ${first}`).toBe(`${s.file}: ${s.expect}`);
    }
  });

  it('keeps no email, phone number, code or username: everything readable is already redacted', () => {
    for (const s of screens) {
      expect(s.snapshot.url).toBe(maskUrl(s.url));
      const strings = [
        ...Object.values(s.snapshot.texts).flat(),
        ...s.snapshot.inputs.flatMap((i) => Object.values(i) as string[]),
        ...s.snapshot.testids,
        ...readableTexts(s.page?.html ?? ''),
      ];
      for (const text of strings) expect(redactText(text), s.file).toBe(text);
    }
    // And the personal data the fixtures do show is gone (the real address aside, which is the
    // fixture's own made-up URL, shown in the URL field).
    const data = JSON.stringify(screens.map(({ url: _url, ...rest }) => rest));
    const emails = new Set(
      fixtures.flatMap((f) => emailSpans(f.html).map(([start, end]) => f.html.slice(start, end))).filter((e) => !e.startsWith('*')),
    );
    expect(emails.size).toBeGreaterThan(0);
    for (const email of emails) expect(data).not.toContain(email);
    // Backup codes ("9367 4420") and whole phone numbers ("+1 415 555 0100") in the fixtures' text.
    const text = fixtures.map((f) => f.html.replace(/<[^>]*>/g, ' ')).join(' ');
    const numbers = new Set([...text.matchAll(/(?<![\w*])(?:\d{4} \d{4}|\+\d[\d ]{8,}\d)(?![\w*])/g)].map((m) => m[0]));
    expect(numbers.size).toBeGreaterThan(2);
    for (const n of numbers) expect(data).not.toContain(n);
  });

  it('page copies carry no script, no handler, no style and no URL attribute', () => {
    for (const s of screens) {
      const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${s.page?.html ?? ''}</body></html>`);
      for (const el of doc.body.querySelectorAll('*')) {
        expect(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base'], s.file).not.toContain(el.localName);
        for (const name of el.getAttributeNames())
          expect(name, s.file).not.toMatch(/^on|^(href|src|srcset|action|formaction|style|ping|poster|data)$/);
      }
      expect(s.page?.html, s.file).not.toMatch(/https?:|javascript:|<script/i);
    }
  });

  it('is what the Vite plugin builds, as one JSON string', async () => {
    const plugin = signpostScreens();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string | undefined;
    const id = resolve('virtual:signpost/screens');
    expect(id).toBe('\0virtual:signpost/screens');
    expect(resolve('virtual:signpost/articles')).toBeUndefined();
    const watched: string[] = [];
    const code = load.call({ addWatchFile: (f) => watched.push(f) }, id!)!;
    expect(watched).toHaveLength(fixtures.length);
    expect(code).toBe(screensModule(bundleScreens(fixtures)));
    const literal = /^export default JSON\.parse\((".*")\);$/s.exec(code)![1]!;
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(screens);
  });
});
