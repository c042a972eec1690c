import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { parseFixture } from '../../src/screens/fixtures';
import { addressDrift, MARKUP_DRIFT_KINDS, unknownLanguage, VARIANT_FAMILIES, variantsOf } from '../../src/tools/variants';
import { all, attrs, check, elements, family, fixtures, isData, NOT_PROSE, tag, texts } from './variant-checks';

// The transforms themselves, over every fixture: what each variant promises about the page it makes.
// Whether the engine still recognises the variants is another test's business.

describe('variantsOf', () => {
  it('covers every fixture with every family, uniquely named, head meta intact', () => {
    expect(fixtures.length).toBeGreaterThan(150);
    check((f, v, fail) => {
      expect(Object.keys(v).sort()).toEqual([...VARIANT_FAMILIES].sort());
      const names = VARIANT_FAMILIES.flatMap((fam) => v[fam].map((x) => x.name));
      if (new Set(names).size !== names.length) fail(`duplicate variant names ${names.join(', ')}`);
      if (v['unknown language'].length !== 2) fail('not two unknown-language variants');
      if (v['markup drift'].length !== MARKUP_DRIFT_KINDS.length + 1) fail('not one markup-drift variant per kind plus all');
      for (const x of VARIANT_FAMILIES.flatMap((fam) => v[fam])) {
        const back = parseFixture(f.file, x.html);
        if (back.url !== f.url || back.expect !== f.expect || back.layout !== f.layout) fail(`${x.name}: signpost meta changed`);
        if (!/^<!DOCTYPE html>/i.test(x.html)) fail(`${x.name}: no doctype`);
      }
    });
  });

  it('is deterministic', () => {
    for (const { f, v } of all.filter((_, i) => i % 10 === 0)) expect(variantsOf(f)).toEqual(v);
    expect(unknownLanguage(fixtures[0]!.html, 7)).toBe(unknownLanguage(fixtures[0]!.html, 7));
  });
});

describe('unknown language', () => {
  const SCRIPTS: Record<string, RegExp> = {
    Armenian: /^\p{Script=Armenian}$/u,
    Hangul: /^\p{Script=Hangul}$/u,
    Devanagari: /^\p{Script=Devanagari}$/u,
  };
  const LANGUAGE_ATTRS = new Set(['aria-label', 'placeholder', 'title', 'alt']);
  const rewritable = (el: Element, name: string) => LANGUAGE_ATTRS.has(name) || (name === 'value' && tag(el) === 'button');

  /** Same length, same spacing and punctuation, data tokens verbatim, every letter now in `script`. */
  function sameShape(orig: string, next: string, script: RegExp, where: string, fail: (m: string) => void) {
    if (orig.length !== next.length) return fail(`${where}: length ${orig.length} → ${next.length} ("${orig}" → "${next}")`);
    const a = orig.split(/(\s+)/);
    const b = next.split(/(\s+)/);
    if (a.length !== b.length) return fail(`${where}: token count changed ("${orig}" → "${next}")`);
    a.forEach((tok, i) => {
      const out = b[i]!;
      if (/^\s*$/.test(tok) || isData(tok)) {
        if (out !== tok) fail(`${where}: kept token "${tok}" became "${out}"`);
        return;
      }
      [...tok].forEach((ch, j) => {
        const o = [...out][j]!;
        if (/[\p{L}\p{M}]/u.test(ch)) {
          if (!script.test(o)) fail(`${where}: letter "${ch}" of "${tok}" became "${o}", not in the made-up script`);
        } else if (o !== ch) fail(`${where}: punctuation "${ch}" of "${tok}" became "${o}"`);
      });
    });
  }

  it('rewrites every word of body text and language attributes, keeping markup and data tokens', () => {
    let masked = 0;
    let phones = 0;
    check((f, v, fail) => {
      const orig = parseHtmlDocument(f.html);
      for (const variant of v['unknown language']) {
        const scriptName = Object.keys(SCRIPTS).find((s) => variant.name.includes(s));
        if (!scriptName) {
          fail(`${variant.name}: names no script`);
          continue;
        }
        const script = SCRIPTS[scriptName]!;
        const doc = parseHtmlDocument(variant.html);
        const where = (s: string) => `${variant.name}: ${s}`;
        if (doc.documentElement.getAttribute('lang') !== 'xx') fail(where('<html lang> not made up'));
        if (doc.head.outerHTML !== orig.head.outerHTML) fail(where('<head> changed'));
        // Markup: same elements, same attribute names, same values except the language-bearing ones.
        const oe = elements(orig.documentElement);
        const ne = elements(doc.documentElement);
        if (oe.length !== ne.length) fail(where(`element count ${oe.length} → ${ne.length}`));
        oe.forEach((o, i) => {
          const n = ne[i];
          if (!n) return;
          if (tag(o) !== tag(n)) return fail(where(`element ${i} <${tag(o)}> became <${tag(n)}>`));
          const skip = (name: string) => rewritable(o, name) || (o === orig.documentElement && name === 'lang');
          if (attrs(o, skip).join('|') !== attrs(n, skip).join('|')) fail(where(`<${tag(o)}> attributes changed`));
          if (!orig.body.contains(o)) return;
          for (const a of Array.from(o.attributes))
            if (rewritable(o, a.name)) sameShape(a.value, n.getAttribute(a.name) ?? '', script, where(`${a.name} of <${tag(o)}>`), fail);
        });
        // Text: same nodes, same shape; no original word of 3+ letters survives anywhere in the prose.
        const ot = texts(orig.body, NOT_PROSE);
        const nt = texts(doc.body, NOT_PROSE);
        if (ot.length !== nt.length) fail(where(`text node count ${ot.length} → ${nt.length}`));
        ot.forEach((t, i) => sameShape(t, nt[i] ?? '', script, where('text'), fail));
        const prose = (ts: string[]) =>
          ts
            .join(' ')
            .split(/\s+/)
            .filter((tok) => tok && !isData(tok));
        const langAttrs = (d: Document) =>
          elements(d.body).flatMap((el) =>
            Array.from(el.attributes)
              .filter((a) => rewritable(el, a.name))
              .map((a) => a.value),
          );
        const before = new Set(prose([...ot, ...langAttrs(orig)]).flatMap((tok) => tok.match(/\p{L}{3,}/gu) ?? []));
        const after = prose([...nt, ...langAttrs(doc)]).join(' ');
        for (const run of before) if (after.includes(run)) fail(where(`original letters "${run}" survive`));
        // Data: masked addresses, phone numbers, character references as written.
        for (const t of ot.join(' ').match(/\S*@\S*/g) ?? []) {
          masked++;
          if (!nt.join(' ').includes(t)) fail(where(`masked address ${t} lost`));
        }
        for (const p of ot.join(' ').match(/\+\d[\d ]{6,}\d/g) ?? []) {
          phones++;
          if (!nt.join(' ').includes(p)) fail(where(`phone number ${p} lost`));
        }
        const nbsp = (s: string) => `${s.split('&nbsp;').length} ${s.split('\u00a0').length}`;
        if (nbsp(f.html) !== nbsp(variant.html)) fail(where('no-break spaces not kept as written'));
      }
    });
    expect(masked).toBeGreaterThan(10);
    expect(phones).toBeGreaterThan(5);
  });

  it('uses two different made-up scripts per fixture, one of them Armenian', () => {
    check((_f, v, fail) => {
      const [a, b] = v['unknown language'];
      if (!a?.name.includes('Armenian') || !b || b.name.includes('Armenian') || a.html === b.html) fail('not Armenian plus another script');
    });
  });
});

describe('address drift', () => {
  it('gives distinct, parseable addresses of the same host family, html unchanged', () => {
    check((f, v, fail) => {
      const base = new URL(f.url);
      const urls = v['address drift'].map((x) => x.url);
      if (urls.length < 2) fail(`only ${urls.length} address variants`);
      if (new Set(urls).size !== urls.length) fail(`duplicate urls ${urls.join(' ')}`);
      if (urls.includes(f.url) || urls.includes(base.href)) fail('the original address is among its variants');
      for (const x of v['address drift']) {
        if (x.html !== f.html) fail(`${x.name}: html changed`);
        let u: URL;
        try {
          u = new URL(x.url);
        } catch {
          fail(`${x.name}: ${x.url} does not parse`);
          continue;
        }
        if (family(u.hostname) !== family(base.hostname)) fail(`${x.name}: ${u.hostname} is another family than ${base.hostname}`);
        if (family(base.hostname) === 'instagram' && u.hostname !== base.hostname) fail(`${x.name}: Instagram host altered`);
        if (u.pathname !== base.pathname && u.pathname !== base.pathname.replace(/\/$/, '')) fail(`${x.name}: path ${u.pathname}`);
      }
      const slash = base.pathname.length > 1 && base.pathname.endsWith('/');
      if (urls.some((u) => new URL(u).pathname !== base.pathname) !== slash) fail('trailing slash variant wrong');
      const swapped = urls.some((u) => new URL(u).hostname !== base.hostname);
      if (swapped !== (family(base.hostname) === 'x')) fail('host swap only and always for X hosts');
    });
  });

  it('appends queries with & and swaps X hosts both ways', () => {
    expect(addressDrift('https://twitter.com/i/flow/login?redirect_after_login=%2Fhome').map((a) => a.url)).toEqual([
      'https://twitter.com/i/flow/login?redirect_after_login=%2Fhome&next=%2F',
      'https://twitter.com/i/flow/login?redirect_after_login=%2Fhome&hl=ko',
      'https://x.com/i/flow/login?redirect_after_login=%2Fhome',
    ]);
    expect(addressDrift('https://mobile.x.com/settings/').map((a) => a.url)).toContain('https://mobile.twitter.com/settings/');
    expect(addressDrift('https://mobile.x.com/settings/').map((a) => a.url)).toContain('https://mobile.x.com/settings');
    expect(addressDrift('https://www.instagram.com/').map((a) => new URL(a.url).hostname)).toEqual([
      'www.instagram.com',
      'www.instagram.com',
      'www.instagram.com',
    ]);
  });
});

describe('unknown language, edge cases', () => {
  it('rewrites option text and button values, keeps inputs values, scripts and data tokens', () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>Keep me</title></head><body><select aria-label="Country"><option>France</option></select>' +
      '<button value="Send now" title="Send">Send code</button><input type="submit" value="Submit form" placeholder="Your code">' +
      '<p>Call +1 415 555 0100 or write to j***@e*****.com, code 123456 (expires&nbsp;soon).</p><script>var login = "password";</script></body></html>';
    const out = unknownLanguage(html, 'test', 'hangul');
    expect(out).toContain('<title>Keep me</title>');
    expect(out).toContain('<html lang="xx">');
    expect(out).toContain('value="Submit form"');
    expect(out).toContain('var login = "password";');
    expect(out).toContain('+1 415 555 0100');
    expect(out).toContain('j***@e*****.com,');
    expect(out).toContain(' 123456 ');
    expect(out).toContain('&nbsp;');
    const body = out.slice(out.indexOf('<body>'), out.indexOf('<script>'));
    for (const word of ['France', 'Country', 'Send', 'now', 'code', 'Your', 'Call', 'write', 'expires', 'soon'])
      expect(body).not.toContain(word);
    expect(body).toMatch(
      /<p>\p{Script=Hangul}{4} \+1 415 555 0100 \p{Script=Hangul}{2} \p{Script=Hangul}{5} \p{Script=Hangul}{2} j\*\*\*@e\*\*\*\*\*\.com, \p{Script=Hangul}{4} 123456 \(\p{Script=Hangul}{7}&nbsp;\p{Script=Hangul}{4}\)\.<\/p>/u,
    );
  });
});
