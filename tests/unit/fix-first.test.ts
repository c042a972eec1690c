import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/rules/sections';
import type { MdNode } from '../../src/rules/types';
import { fixFirst } from '../../src/ui/fix-first';
import { shippedRules } from './helpers';

const h2 = (text: string): MdNode => ({ t: 'h2', c: [text] });
const p = (text: string): MdNode => ({ t: 'p', c: [text] });
const steps: MdNode = { t: 'ol', c: [{ t: 'li', c: ['Click ', { t: 'strong', c: ['Send Security Code'] }, '.'] }] };
const headings = (nodes: MdNode[]) =>
  nodes.filter((n): n is { t: 'h2'; c: MdNode[] } => typeof n !== 'string' && n.t === 'h2').map((n) => n.c.join(''));

describe('fixFirst: the order the side panel shows an article in', () => {
  it('an article in the old order gets "Fix it" first, then "If that doesn\'t work", then the rest in its own order', () => {
    const body = [
      h2("What you're seeing"),
      p('seeing'),
      h2('Why it happens'),
      p('why'),
      h2('Fix it'),
      steps,
      h2('If that doesn’t work'),
      p('else'),
    ];
    const { fix, rest } = fixFirst(body);
    expect(fix).toEqual([h2('Fix it'), steps]);
    expect(headings(rest)).toEqual(['If that doesn’t work', "What you're seeing", 'Why it happens']);
    expect([...fix, ...rest]).toHaveLength(body.length);
  });

  it('when the fix was tried and the screen shows an error, "If that doesn\'t work" comes out first, once', () => {
    const body = [h2('Fix it'), steps, h2('If that doesn’t work'), p('else'), h2('Why it happens'), p('why')];
    const { now, fix, rest } = fixFirst(body, { failed: true });
    expect(headings(now)).toEqual(['If that doesn’t work']);
    expect(fix).toEqual([h2('Fix it'), steps]);
    expect(headings(rest)).toEqual(['Why it happens']);
    // Nothing to move when the article has no such section.
    expect(fixFirst([h2('Fix it'), steps], { failed: true }).now).toEqual([]);
  });

  it('lead text before the first heading stays first; an article without "Fix it" is left as it is', () => {
    expect(fixFirst([p('lead'), h2('Why it happens'), p('why'), h2('Fix it'), steps])).toEqual({
      now: [],
      fix: [p('lead'), h2('Fix it'), steps],
      rest: [h2('Why it happens'), p('why')],
    });
    const plain = [h2('What you can do'), p('x')];
    expect(fixFirst(plain)).toEqual({ now: [], fix: plain, rest: [] });
  });

  it("a translation's headings are known by the key the build gave them, in any language", () => {
    const es: MdNode[] = [
      { t: 'h2', c: ['Qué estás viendo'], s: 'Seeing' },
      p('x'),
      { t: 'h2', c: ['Cómo solucionarlo'], s: 'Fix' },
      steps,
    ];
    expect(splitSections(es).map((s) => s.key)).toEqual(['Seeing', 'Fix']);
    expect(fixFirst(es).fix[0]).toEqual(es[2]);
    for (const article of shippedRules().articles) {
      for (const [lang, text] of Object.entries(article.translations ?? {})) {
        expect(
          splitSections(text.body).map((s) => s.key),
          `${article.id} ${lang}`,
        ).toEqual(splitSections(article.body).map((s) => s.key));
      }
    }
  });

  it('every shipped article with a fix shows its steps first: the first list of the body is in "Fix it"', () => {
    for (const article of shippedRules().articles) {
      const sections = splitSections(article.body);
      if (!sections.some((s) => s.key === 'Fix')) continue;
      const { fix } = fixFirst(article.body);
      expect(headings(fix), article.id).toEqual(['Fix it']);
      const firstList = fix.find((n) => typeof n !== 'string' && (n.t === 'ol' || n.t === 'ul'));
      expect(firstList, `${article.id}: a list of steps under "Fix it"`).toBeDefined();
    }
  });
});

describe('splitSections', () => {
  it('splits at level-2 headings only, keeping each heading with its section', () => {
    const h3: MdNode = { t: 'h3', c: ['Keep it from coming back'] };
    expect(splitSections([p('lead'), h2('Fix it'), steps, h3, p('x')])).toEqual([
      { heading: null, key: null, nodes: [p('lead')] },
      { heading: 'Fix it', key: 'Fix', nodes: [h2('Fix it'), steps, h3, p('x')] },
    ]);
  });
});
