import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/page/snapshot';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { snapshotOf } from './helpers';

describe('takeSnapshot', () => {
  it('groups visible text by role', () => {
    const s = snapshotOf(`<html lang="pt-BR"><body>
      <h1>Title</h1><div role="heading">Also a heading</div>
      <div role="dialog"><p>In the dialog</p><button>OK</button></div>
      <p role="alert">Something failed</p><div aria-live="polite">Sent</div>
      <a href="/x">A link</a><div role="button">Div button</div>
      <label>Code</label><fieldset><legend>Pick one</legend></fieldset>
    </body></html>`);
    expect(s.lang).toBe('pt-BR');
    expect(s.texts.heading).toEqual(['Title', 'Also a heading']);
    expect(s.texts.dialog).toEqual(['In the dialog OK']);
    expect(s.texts.alert).toEqual(['Something failed', 'Sent']);
    expect(s.texts.button).toEqual(['OK', 'A link', 'Div button']);
    expect(s.texts.label).toEqual(['Code', 'Pick one']);
    expect(s.roles).toEqual(expect.arrayContaining(['heading', 'dialog', 'alert', 'button']));
    expect(s.texts.text[0]).toContain('Title Also a heading In the dialog OK');
  });

  it('leaves out hidden content without layout', () => {
    const s = snapshotOf(`<body>
      <h2 hidden>hidden attr</h2><h2 aria-hidden="true">aria hidden</h2>
      <h2 style="color: red; display : none !important">inline none</h2><h2 style="visibility:hidden">inline hidden</h2>
      <template><h2>template</h2></template><script>var h2 = "script"</script><style>h2::after{content:"style"}</style>
      <dialog><h2>closed dialog</h2></dialog><dialog open><h2>open dialog</h2></dialog>
      <div data-signpost-ui><h2>our own hint</h2></div>
      <h2>shown</h2></body>`);
    expect(s.texts.heading).toEqual(['open dialog', 'shown']);
    expect(s.texts.text.join(' ')).not.toMatch(/hidden|inline|template|script|style|closed|our own/);
  });

  it('finds text split across inline elements without inventing word breaks', () => {
    const s = snapshotOf(
      '<body><h2>Sus<b>picious</b> <span>Login</span>\u00a0Attempt</h2><p><span>Incorrect.</span><span>Please try again.</span></p></body>',
    );
    expect(s.texts.heading).toEqual(['Suspicious Login Attempt']);
    expect(s.texts.text[0]).toContain('Incorrect.Please try again.');
  });

  it('records input metadata but never what was typed', () => {
    const html = `<body><form>
      <input name="verificationCode" type="tel" inputmode="numeric" autocomplete="one-time-code" aria-label="Security Code" data-testid="code" value="135791">
      <input type="password" name="password" value="hunter2-attr">
      <textarea name="note">typed in textarea</textarea>
      <input type="hidden" name="csrf" value="csrf-secret">
    </form></body>`;
    const document = parseHtmlDocument(html);
    (document.querySelector('input[name=password]') as HTMLInputElement).value = 'typed-secret-123';
    const s = takeSnapshot(document, 'https://www.instagram.com/');
    expect(s.inputs).toEqual([
      {
        tag: 'input',
        type: 'tel',
        name: 'verificationCode',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        testid: 'code',
        aria_label: 'Security Code',
        empty: 'false',
      },
      { tag: 'input', type: 'password', name: 'password', empty: 'false' },
      { tag: 'textarea', name: 'note' },
    ]);
    const json = JSON.stringify(s);
    for (const secret of ['135791', 'hunter2-attr', 'typed-secret-123', 'typed in textarea', 'csrf']) expect(json).not.toContain(secret);
  });

  it('tells whether a field is empty without keeping what it holds', () => {
    const html = `<body><form>
      <input name="email" type="email" value="">
      <input name="current" type="email" value="kept@example.com">
      <input name="fresh" type="email">
    </form></body>`;
    const s = snapshotOf(html);
    expect(s.inputs.map((i) => [i.name, i.empty])).toEqual([
      ['email', 'true'],
      ['current', 'false'],
      ['fresh', 'true'],
    ]);
    expect(JSON.stringify(s)).not.toContain('kept@example.com');
  });

  it('stops at its caps and says so', () => {
    const many = '<div><h3>item</h3></div>'.repeat(500);
    const s = takeSnapshot(parseHtmlDocument(many), 'https://x.com/', { maxElements: 100, maxPageText: 50, maxItemText: 10, maxItems: 5 });
    expect(s.truncated).toBe(true);
    expect(s.texts.heading.length).toBeLessThanOrEqual(5);
    expect(s.texts.text[0]!.length).toBeLessThanOrEqual(60);
  });

  it('survives 5 000 levels of nesting without recursion', () => {
    const deep = `${'<div>'.repeat(5000)}<h1>deep</h1>${'</div>'.repeat(5000)}`;
    const s = snapshotOf(`<body>${deep}</body>`);
    expect(s.texts.heading).toEqual(['deep']);
  });

  it("never takes navigation or footer links for the screen's buttons", () => {
    const s = snapshotOf(
      '<main><h2>Title</h2><button>Next</button></main><nav><a href="/">Home</a></nav><footer><a href="/about/">About</a><button>Blog</button></footer><div role="contentinfo"><a href="/help/">Get help logging in</a></div>',
    );
    expect(s.texts.button).toEqual(['Next']);
  });
  it("takes a screen's first short line for its title when it has no heading, and a paragraph never", () => {
    const s = snapshotOf(
      '<nav><a href="/">Instagram</a></nav><main><p>Confirm it\'s <b>you</b></p><p>We need to check this login.</p><div role="button">Next</div></main>',
    );
    expect(s.texts.heading).toEqual(["Confirm it's you"]);
    expect(snapshotOf(`<main><p>${'A long caption that goes on. '.repeat(5)}</p></main>`).texts.heading).toEqual([]);
  });
});
