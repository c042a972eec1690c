import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { feedHtml, latePortal, latePortalParts, markupDrift, type Variant } from '../../src/tools/variants';
import { attrs, check, count, elements, firstDialog, isDialog, SKIP_TEXT, tag, texts } from './variant-checks';

// Markup drift and the late portal, over every fixture: the page rebuilt or rearranged, what each
// variant promises about it kept (the other families: variants-generator.test.ts).

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
