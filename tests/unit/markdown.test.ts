import { describe, expect, it } from 'vitest';
import { markdownToTree, treeLinks, treeText } from '../../src/rules/markdown';

describe('markdownToTree', () => {
  it('turns the allowed constructs into a node tree', () => {
    const tree = markdownToTree(
      '## Fix it\n\n1. Click **Send Security Code**.\n2. Open *the* `Shared Inbox`.\n\n> **Note:** see [codes](topic:instagram/retrieve-code).\n',
    );
    expect(tree).toEqual([
      { t: 'h2', c: ['Fix it'] },
      {
        t: 'ol',
        c: [
          { t: 'li', c: ['Click ', { t: 'strong', c: ['Send Security Code'] }, '.'] },
          { t: 'li', c: ['Open ', { t: 'em', c: ['the'] }, ' ', { t: 'code', c: ['Shared Inbox'] }, '.'] },
        ],
      },
      {
        t: 'blockquote',
        c: [{ t: 'p', c: [{ t: 'strong', c: ['Note:'] }, ' see ', { t: 'a', topic: 'instagram/retrieve-code', c: ['codes'] }, '.'] }],
      },
    ]);
    expect(treeLinks(tree)).toEqual(['instagram/retrieve-code']);
    expect(treeText(tree)).toBe('Fix it Click Send Security Code . Open the Shared Inbox . Note: see codes .');
  });

  it('keeps characters as text, never markup', () => {
    expect(() => markdownToTree("Don't & <b>won't</b>")).toThrow(/html is not allowed/);
    expect(() => markdownToTree('<script>alert(1)</script>')).toThrow(/html/);
    const [p] = markdownToTree('Tom & Jerry\'s "code"') as unknown as [{ c: string[] }];
    expect(p.c.join('')).toBe('Tom & Jerry\'s "code"');
  });

  it('rejects headings other than ## and ###', () => {
    expect(() => markdownToTree('# Title')).toThrow(/heading level 1/);
  });
});
