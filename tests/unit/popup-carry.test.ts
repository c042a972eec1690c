import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { carriedFrom } from '../../src/lookup/carry';

// The popup takes over from the box of its HTML or from its first view: what the person typed,
// the platform filter and the result moved to come along (src/lookup/carry.ts).
const shellOf = (html: string) =>
  parseHTML(`<!doctype html><html><body><main id="popup-shell">${html}</main></body></html>`).document.getElementById('popup-shell');

describe('carriedFrom', () => {
  it('the box of the HTML: what was typed, the rest as at the start', () => {
    const shell = shellOf('<div class="lookup"><input type="search" value="code"></div>');
    expect(carriedFrom(shell)).toEqual({ query: 'code', filter: 'all', active: 0 });
  });

  it("the first view's lookup: the query, the checked filter and the result moved to", () => {
    const shell = shellOf(`<div class="lookup">
      <input type="search" value="backup" aria-activedescendant="popup-option-2">
      <input type="radio" name="popup-platform" value="all">
      <input type="radio" name="popup-platform" value="x" checked>
    </div>`);
    expect(carriedFrom(shell)).toEqual({ query: 'backup', filter: 'x', active: 2 });
  });

  it('nothing on screen, or something unexpected: the start', () => {
    expect(carriedFrom(null)).toEqual({ query: '', filter: 'all', active: 0 });
    const odd = shellOf('<input type="search" value="q" aria-activedescendant="elsewhere"><input type="radio" value="mars" checked>');
    expect(carriedFrom(odd)).toEqual({ query: 'q', filter: 'all', active: 0 });
  });
});
