import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { loadFixtures, parseFixture, type Fixture } from '../../src/screens/fixtures';
import {
  addressDrift,
  feedHtml,
  latePortal,
  latePortalParts,
  MARKUP_DRIFT_KINDS,
  markupDrift,
  unknownLanguage,
  VARIANT_FAMILIES,
  variantsOf,
  type Variant,
  type VariantFamily,
} from '../../src/tools/variants';

// The transforms themselves, over every fixture: what each variant promises about the page it makes.
// Whether the engine still recognises the variants is another test's business.

const fixtures = loadFixtures();
const all = fixtures.map((f) => ({ f, v: variantsOf(f) }));

// --- independent helpers (not the module's own) -----------------------------------------------

const NOT_PROSE = new Set(['script', 'style', 'template']);
const SKIP_TEXT = new Set([...NOT_PROSE, 'textarea', 'title', 'option']);
const tag = (el: Element) => el.tagName.toLowerCase();

function elements(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/** Text runs under `root` (adjacent text nodes joined, as a browser parses them). */
function texts(root: Node, skip: ReadonlySet<string> = SKIP_TEXT): string[] {
  const out: string[] = [];
  let run: string | null = null;
  for (const c of Array.from(root.childNodes)) {
    if (c.nodeType === 3) {
      run = (run ?? '') + (c as Text).data;
      continue;
    }
    if (run !== null) out.push(run);
    run = null;
    if (c.nodeType === 1 && !skip.has(tag(c as Element))) out.push(...texts(c, skip));
  }
  if (run !== null) out.push(run);
  return out;
}

const isData = (token: string) => /[0-9@*•+]/.test(token);
const attrs = (el: Element, skip: (name: string) => boolean = () => false) =>
  Array.from(el.attributes)
    .filter((a) => !skip(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort();
const isDialog = (el: Element) =>
  tag(el) === 'dialog' || /(^|\s)(alert)?dialog(\s|$)/i.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true';
const firstDialog = (doc: Document) => Array.from(doc.body.querySelectorAll('*')).find(isDialog);
const family = (host: string) =>
  /^((www|mobile)\.)?(x|twitter)\.com$/.test(host) ? 'x' : /(^|\.)instagram\.com$/.test(host) ? 'instagram' : host;
const count = (xs: readonly string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
const _byName = (vs: Variant[], name: string) => vs.find((v) => v.name.endsWith(name))!;

/** Collects every broken promise, so one failure lists all fixtures at fault. */
function check(body: (f: Fixture, v: Record<VariantFamily, Variant[]>, fail: (msg: string) => void) => void) {
  const problems: string[] = [];
  for (const { f, v } of all) body(f, v, (msg) => problems.push(`${f.file}: ${msg}`));
  expect(problems.slice(0, 30)).toEqual([]);
}

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

describe('markup drift', () => {
  const HASHED = new Set(['hashed ids and classes', 'all combined']);
  const has = (variant: Variant, kind: string) => variant.name.endsWith(kind) || variant.name.endsWith('all combined');
  const IDREFS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];
  const resolve = (doc: Document, el: Element, attr: string) =>
    (el.getAttribute(attr) ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => {
        const t = Array.from(doc.querySelectorAll('[id]')).find((x) => x.getAttribute('id') === id);
        return t ? `"${texts(t).join('')}"` : '(missing)';
      })
      .join(' + ');

  it('keeps all text, inputs, forms, labels, roles, test ids and aria attributes', () => {
    check((f, v, fail) => {
      const orig = parseHtmlDocument(f.html);
      const oBody = elements(orig.body);
      for (const variant of v['markup drift']) {
        const doc = parseHtmlDocument(variant.html);
        const where = (s: string) => `${variant.name}: ${s}`;
        const nBody = elements(doc.body);
        if (texts(doc.body).join('') !== texts(orig.body).join('')) fail(where('body text changed'));
        const hashed = HASHED.has(variant.name.replace('markup drift: ', ''));
        const skip = (name: string) => hashed && (name === 'id' || name === 'class' || IDREFS.includes(name));
        for (const sel of ['input', 'form', 'label', 'select', 'textarea', 'fieldset', 'a']) {
          const o = Array.from(orig.body.querySelectorAll(sel)).map((el) => attrs(el, skip).join(' '));
          const n = Array.from(doc.body.querySelectorAll(sel)).map((el) => attrs(el, skip).join(' '));
          if (o.join('\n') !== n.join('\n')) fail(where(`<${sel}> elements or their attributes changed`));
        }
        const values = (els: Element[], pick: (name: string) => boolean) =>
          [
            ...count(
              els.flatMap((el) =>
                Array.from(el.attributes)
                  .filter((a) => pick(a.name))
                  .map((a) => `${a.name}=${a.value}`),
              ),
            ),
          ]
            .sort()
            .join('\n');
        if (values(oBody, (n) => n === 'data-testid') !== values(nBody, (n) => n === 'data-testid')) fail(where('data-testid changed'));
        // aria-level comes with div headings, aria-disabled with div buttons (checked below).
        const aria = (n: string) => n.startsWith('aria-') && !IDREFS.includes(n) && n !== 'aria-level' && n !== 'aria-disabled';
        if (values(oBody, aria) !== values(nBody, aria)) fail(where('aria-* attributes changed'));
        const roles = (els: Element[]) => count(els.map((el) => el.getAttribute('role')).filter((r): r is string => r !== null));
        const nr = roles(nBody);
        for (const [r, c] of roles(oBody)) if ((nr.get(r) ?? 0) < c) fail(where(`role="${r}" lost`));
        // Id references still point at the same thing (renamed along with the id, when renamed).
        oBody.forEach((o) => {
          for (const a of IDREFS) {
            if (!o.hasAttribute(a)) continue;
            const before = resolve(orig, o, a);
            const matches = nBody.filter((n) => n.hasAttribute(a) && attrs(n, skip).join() === attrs(o, skip).join());
            if (!matches.some((n) => resolve(doc, n, a) === before)) fail(where(`${a} of <${tag(o)}> no longer resolves to ${before}`));
          }
        });
      }
    });
  });

  it('(a) hashes every class and drops or renames every id', () => {
    check((f, v, fail) => {
      const orig = parseHtmlDocument(f.html);
      const oldClasses = new Set(elements(orig.body).flatMap((el) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)));
      const oldIds = new Set(elements(orig.body).map((el) => el.getAttribute('id')));
      for (const variant of v['markup drift'].filter((x) => has(x, 'hashed ids and classes'))) {
        const doc = parseHtmlDocument(variant.html);
        const refs = new Set(
          elements(doc.body).flatMap((el) =>
            IDREFS.flatMap((a) => (el.getAttribute(a) ?? '').split(/\s+/)).concat((el.getAttribute('href') ?? '').replace(/^#/, '')),
          ),
        );
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          for (const c of (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean))
            if (oldClasses.has(c) || !/^x[0-9a-f]{6}$/.test(c)) fail(`${variant.name}: class "${c}" not hashed`);
          const id = el.getAttribute('id');
          if (id !== null && (oldIds.has(id) || !refs.has(id) || !/^x[0-9a-f]{6}$/.test(id)))
            fail(`${variant.name}: id "${id}" kept or unreferenced`);
        }
      }
    });
  });

  it('(b) leaves no <h1>–<h6> in the body: each is a div role=heading with its level', () => {
    check((f, v, fail) => {
      const orig = parseHtmlDocument(f.html);
      const levels = elements(orig.body)
        .map((el) =>
          /^h([1-6])$/.exec(tag(el))?.[1] && (el.getAttribute('role') ?? 'heading') === 'heading'
            ? (el.getAttribute('aria-level') ?? tag(el).slice(1))
            : el.getAttribute('role') === 'heading'
              ? (el.getAttribute('aria-level') ?? '')
              : null,
        )
        .filter((x): x is string => x !== null);
      for (const variant of v['markup drift'].filter((x) => has(x, 'div headings'))) {
        const doc = parseHtmlDocument(variant.html);
        if (doc.body.querySelector('h1,h2,h3,h4,h5,h6')) fail(`${variant.name}: a heading tag is left`);
        const got = elements(doc.body)
          .filter((el) => el.getAttribute('role') === 'heading')
          .map((el) => el.getAttribute('aria-level') ?? '');
        if (got.join() !== levels.join()) fail(`${variant.name}: heading levels ${levels.join()} → ${got.join()}`);
      }
    });
  });

  it('(c) leaves no <button> in the body: each is a focusable div role=button without name/type', () => {
    check((f, v, fail) => {
      const orig = parseHtmlDocument(f.html);
      const buttons = Array.from(orig.body.querySelectorAll('button'));
      const roleButtons = elements(orig.body).filter(
        (el) => el.getAttribute('role') === 'button' || (tag(el) === 'button' && !el.hasAttribute('role')),
      ).length;
      for (const variant of v['markup drift'].filter((x) => has(x, 'div buttons'))) {
        const doc = parseHtmlDocument(variant.html);
        if (doc.body.querySelector('button')) fail(`${variant.name}: a <button> is left`);
        const divs = elements(doc.body).filter((el) => el.getAttribute('role') === 'button');
        if (divs.length !== roleButtons) fail(`${variant.name}: ${roleButtons} buttons → ${divs.length} role=button`);
        for (const d of divs.filter((d) => tag(d) === 'div' && buttons.length))
          if (d.getAttribute('tabindex') === null || d.hasAttribute('type') || d.hasAttribute('name'))
            fail(`${variant.name}: a div button keeps type/name or lacks tabindex`);
        const disabled = buttons.filter((b) => b.hasAttribute('disabled') || b.getAttribute('aria-disabled') === 'true').length;
        if (divs.filter((d) => d.getAttribute('aria-disabled') === 'true').length !== disabled)
          fail(`${variant.name}: disabled buttons not aria-disabled`);
      }
    });
  });

  it('(d) puts every word in its own span, (e) turns the page right to left', () => {
    check((_f, v, fail) => {
      for (const variant of v['markup drift'].filter((x) => has(x, 'split words'))) {
        const doc = parseHtmlDocument(variant.html);
        const walk = (n: Node) => {
          for (const c of Array.from(n.childNodes)) {
            if (c.nodeType === 3) {
              const t = (c as Text).data;
              if (/\S/.test(t) && (/\s/.test(t) || tag(c.parentNode as Element) !== 'span'))
                fail(`${variant.name}: text "${t}" not one word in a span`);
            } else if (c.nodeType === 1 && !SKIP_TEXT.has(tag(c as Element))) walk(c);
          }
        };
        walk(doc.body);
      }
      for (const variant of v['markup drift'].filter((x) => has(x, 'right to left'))) {
        const doc = parseHtmlDocument(variant.html);
        if (doc.documentElement.getAttribute('dir') !== 'rtl' || doc.body.firstElementChild?.getAttribute('dir') !== 'rtl')
          fail(`${variant.name}: not rtl`);
      }
    });
  });

  it('applies one kind at a time on request', () => {
    const html =
      '<!DOCTYPE html><html><head></head><body><main><h2 id="t" class="a b">Title here</h2><button type="submit" name="go" data-testid="go" aria-label="Go">Go now</button></main></body></html>';
    expect(markupDrift(html, ['div headings'])).toContain('<div role="heading" aria-level="2" id="t" class="a b">Title here</div>');
    expect(markupDrift(html, ['div buttons'])).toContain('<div role="button" tabindex="0" data-testid="go" aria-label="Go">Go now</div>');
    expect(markupDrift(html, ['split words'])).toContain('<span><span>Title</span></span> <span>here</span>');
    expect(markupDrift(html, ['hashed ids and classes'])).toMatch(/<h2 class="x[0-9a-f]{6} x[0-9a-f]{6}">/);
  });
});

describe('late portal', () => {
  const SECURITY =
    /code|log ?in|password|secur|account|verif|confirm|e-?mail|phone|sms|text message|suspicious|two-factor|2fa|authent|recover|help|try again|lock|hack|challenge|session|device|sign ?in|unusual/i;

  it('applies exactly to the fixtures with a dialog', () => {
    let dialogs = 0;
    check((f, v, fail) => {
      const has = firstDialog(parseHtmlDocument(f.html)) !== undefined;
      dialogs += has ? 1 : 0;
      if (v['late portal'].length !== (has ? 1 : 0)) fail(`dialog ${has}, ${v['late portal'].length} late-portal variants`);
      if ((latePortalParts(f.html) === null) === has) fail('latePortalParts disagrees');
    });
    expect(dialogs).toBeGreaterThan(20);
  });

  it('moves the outermost dialog, unchanged, to the end of the body after a 300-article feed', () => {
    check((f, v, fail) => {
      const variant = v['late portal'][0];
      if (!variant) return;
      const orig = parseHtmlDocument(f.html);
      const dialog = firstDialog(orig)!;
      const dialogHtml = dialog.outerHTML;
      const doc = parseHtmlDocument(variant.html);
      const portal = doc.body.lastChild as Element;
      if (portal?.nodeType !== 1 || tag(portal) !== 'div' || portal.getAttribute('class') !== 'x1n2onr6')
        return fail('the body does not end with the portal div');
      if (portal.children.length !== 1 || portal.firstElementChild!.outerHTML !== dialogHtml)
        fail('the portal does not hold the dialog as it was');
      const feed = portal.previousElementSibling!;
      const articles = Array.from(feed.children);
      if (articles.length !== 300 || articles.some((a) => tag(a) !== 'article')) fail('no 300-article feed right before the portal');
      for (const a of articles.filter((_, i) => i % 37 === 0)) {
        const link = a.querySelector('header a');
        const user = link?.textContent ?? '';
        if (link?.getAttribute('href') !== `/${user}/` || a.querySelector('img')?.getAttribute('alt') !== `Photo by ${user}`)
          fail('an article lacks its header link or photo');
        if (a.querySelectorAll('[role="button"][tabindex="0"]').length !== 2 || !a.querySelector('span')?.textContent)
          fail('an article lacks its caption or buttons');
      }
      if (SECURITY.test(texts(feed).join(' '))) fail(`the feed says a security word: ${SECURITY.exec(texts(feed).join(' '))}`);
      if (doc.body.querySelectorAll('article').length !== orig.body.querySelectorAll('article').length + 300) fail('article count');
      if (elements(doc.body).filter(isDialog).length !== elements(orig.body).filter(isDialog).length) fail('dialog copied or lost');
      // The rest of the page is the page without its dialog.
      dialog.parentNode!.removeChild(dialog);
      portal.parentNode!.removeChild(portal);
      feed.parentNode!.removeChild(feed);
      if (doc.toString() !== orig.toString()) fail('the page around the dialog changed');
      // The parts a browser test appends after first paint.
      const parts = latePortalParts(f.html)!;
      if (parts.before.replace('</body>', `${parts.portalHtml}</body>`) !== variant.html) fail('before + portal is not the variant');
      if (parts.before.includes(parts.dialogHtml)) fail('before still has the dialog');
      if (!isDialog(parseHtmlDocument(parts.dialogHtml).body.firstElementChild!)) fail('dialogHtml is not the dialog');
      if (!parts.portalHtml.includes(parts.dialogHtml)) fail('portalHtml does not wrap dialogHtml');
    });
  });

  it('picks the outermost dialog and leaves pages without one alone', () => {
    const html =
      '<!DOCTYPE html><html><head></head><body><main><p>Page</p></main><div role="dialog" id="d"><div role="alertdialog">Inner</div></div></body></html>';
    const out = latePortal(html)!;
    expect(out).toMatch(/<div class="x1n2onr6"><div role="dialog" id="d"><div role="alertdialog">Inner<\/div><\/div><\/div><\/body>/);
    expect(out.match(/<article>/g)).toHaveLength(300);
    expect(latePortal('<!DOCTYPE html><html><head></head><body><main><p>Page</p></main></body></html>')).toBeNull();
    expect(SECURITY.test(feedHtml(20))).toBe(false);
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
