import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../src/screens/parse-html';
import { match } from '../../src/engine/match';
import { captureDocument, captureFileName, collectScreen, redactCapture } from '../../src/report/capture';
import { maskUrl, redactSnapshot, redactText } from '../../src/report/redact';
import { DEFAULT_SANITIZE_LIMITS, inertDocument, sanitizeElement } from '../../src/report/sanitize';
import { MAX_SNAPSHOT_FILE_BYTES, readSnapshotJson, SNAPSHOT_FILE_VERSION, snapshotFileTooLarge } from '../../src/report/snapshot-file';
import { loadFixtures, shippedRules, snapshotOf } from './helpers';
import { PRIVACY_PAGE, PRIVATE } from './privacy';

describe('redactText', () => {
  it.each([
    ['write to jane.doe+x@example.co.uk now', 'write to [email] now'],
    ['masked j*****e@g***l.com', 'masked [email]'],
    ['sent to +1 (415) 555-0134.', 'sent to [phone].'],
    ['sent to +44 20 7946 0958', 'sent to [phone]'],
    ['call 020 7946 0958', 'call [phone]'],
    ['ending +1 ***-***-**67', 'ending [phone]'],
    ['your code is 493817', 'your code is [code]'],
    ['your code is 493 817', 'your code is [code]'],
    ['code 12345678.', 'code [code].'],
    ['backup 7301 2284 and a1b2c3d4', 'backup [code] and [code]'],
    ['Log in as @jane.doe_1987', 'Log in as @[user]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    'Send Security Code',
    'Enter the 6-digit code',
    'Enter the 6-digit code we sent to the number ending in 42.',
    'Turn on 2FA',
    'Use a backup code',
    'Incorrect. Please try again',
    'Password',
    'Step 1 of 5',
  ])('keeps the UI label "%s"', (label) => {
    expect(redactText(label)).toBe(label);
  });
});

describe('maskUrl', () => {
  it.each([
    ['https://www.instagram.com/accounts/login/two_factor?next=%2Fjane%2F#x', 'https://www.instagram.com/accounts/login/two_factor'],
    ['https://www.instagram.com/challenge/8712345/AbCdEf12/', 'https://www.instagram.com/challenge/[id]/[id]/'],
    ['https://www.instagram.com/jane.doe.1987/', 'https://www.instagram.com/[account]/'],
    ['https://x.com/janedoe/status/1790000000000000000', 'https://x.com/[account]/status/[id]'],
    ['https://x.com/i/flow/login?redirect_after_login=%2Fhome', 'https://x.com/i/flow/login'],
    ['https://user:pw@twitter.com/account/login_verification', 'https://twitter.com/account/login_verification'],
    ['not a url', '[unparsable URL]'],
  ])('%s', (input, expected) => {
    expect(maskUrl(input)).toBe(expected);
  });
});

describe('sanitizeElement', () => {
  const sanitize = (html: string) => sanitizeElement(parseHtmlDocument(html).body).html;

  it('drops scripts, styles, frames, handlers, outbound URLs and values', () => {
    const out = sanitize(`<div onclick="x()" style="color:red" data-secret="s1"><script>alert(1)</script><style>p{}</style>
      <a href="https://evil.example/" ping="https://p.example/">link</a><img src="https://i.example/a.png" srcset="b.png 2x" alt="pic">
      <form action="https://f.example/"><input name="code" value="493817" checked type="checkbox"><button formaction="https://g.example/">Go</button>
      <textarea name="t">typed secret</textarea><select><option selected value="v">One</option></select></form>
      <iframe src="https://i.example/"></iframe><object data="x"></object><svg><a href="https://s.example/">s</a></svg><!-- comment --></div>`);
    for (const bad of [
      'script',
      'alert',
      'style',
      'onclick',
      'href',
      'ping',
      'src',
      'action',
      'value',
      'checked',
      'selected',
      'typed secret',
      'iframe',
      'object',
      'svg',
      'comment',
      'data-secret',
      'example',
    ]) {
      expect(out).not.toContain(bad);
    }
    expect(out).toContain('<a>link</a>');
    expect(out).toContain('<img alt="pic">');
    expect(out).toContain('<input name="code" type="checkbox">');
    expect(out).toContain('<textarea name="t"></textarea>');
    expect(out).toContain('<option>One</option>');
  });

  it('escapes text and attributes so markup cannot be smuggled through', () => {
    const doc = parseHtmlDocument('<p title="a&quot;><script>x</script>">1 &lt;script&gt;alert(1)&lt;/script&gt; &amp;</p>');
    const out = sanitizeElement(doc.body).html;
    expect(out).toBe('<p title="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;">1 &lt;script&gt;alert(1)&lt;/script&gt; &amp;</p>');
    const reparsed = parseHtmlDocument(out);
    expect(reparsed.querySelectorAll('script')).toHaveLength(0);
  });

  it('skips hidden elements and redacts text and text attributes when given redaction', () => {
    const html = '<p hidden>jane@example.com</p><p aria-label="mail jane@example.com" placeholder="+1 415 555 0134">code 493817</p>';
    expect(sanitizeElement(parseHtmlDocument(html).body, DEFAULT_SANITIZE_LIMITS, redactText).html).toBe(
      '<p aria-label="mail [email]" placeholder="[phone]">code [code]</p>',
    );
    // Without it (the content script's half), the copy keeps the page's words for the panel to redact.
    expect(sanitize(html)).toBe('<p aria-label="mail jane@example.com" placeholder="+1 415 555 0134">code 493817</p>');
  });

  it('a collected screen holds the page as it is; redacting it, as the side panel does, leaves nothing personal', () => {
    const html = '<main><h2>Check your email</h2><p>We sent 493817 to jane@example.com</p><input name="code" value="typed-493817"></main>';
    const collected = collectScreen(parseHtmlDocument(html), 'https://www.instagram.com/challenge/8712345/AbCdEf12/', {
      at: '2025-01-01T00:00:00.000Z',
    });
    expect(JSON.stringify(collected)).toContain('jane@example.com');
    expect(JSON.stringify(collected)).not.toContain('typed-493817');
    const redacted = redactCapture(collected, parseHtmlDocument);
    for (const secret of ['jane', 'example.com', '493817', '8712345', 'AbCdEf12']) expect(JSON.stringify(redacted)).not.toContain(secret);
    expect(redacted.page!.html).toBe('<main><h2>Check your email</h2><p>We sent [code] to [email]</p><input name="code"></main>');
    expect(redacted.snapshot.texts.heading).toEqual(['Check your email']);
  });

  it('stays bounded on a deep or huge page', () => {
    const deep = parseHtmlDocument(`${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}`);
    expect(sanitizeElement(deep.body).html).toContain('deep');
    const huge = parseHtmlDocument(`<ul>${'<li>item</li>'.repeat(30_000)}</ul>`);
    const cut = sanitizeElement(huge.body, { maxElements: 1_000, maxChars: 1_000_000 });
    expect(cut.truncated).toBe(true);
    expect(cut.html.endsWith('</ul>')).toBe(true);
  });

  it('wraps the copy in an inert document with a no-load CSP', () => {
    const doc = inertDocument({ html: '<p>x</p>', truncated: false }, 'en"><script>');
    expect(doc).toContain(`default-src 'none'`);
    expect(doc).toContain('<html lang="">');
  });
});

describe('captureDocument', () => {
  const html = readFileSync(PRIVACY_PAGE, 'utf8');
  const url = /signpost:url" content="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
  const file = captureDocument(parseHtmlDocument(html), url, { at: '2025-01-01T00:00:00.000Z' }, parseHtmlDocument);
  const text = JSON.stringify(file);

  it('holds none of the personal data of the privacy page', () => {
    for (const secret of PRIVATE) expect(text, secret).not.toContain(secret);
    expect(file.snapshot.url).toBe('https://www.instagram.com/accounts/login/two_factor');
  });

  it('keeps the UI text rules match, and reads back through the schema', () => {
    expect(file.page!.html).toContain('Enter the 6-digit code we sent to [phone].');
    expect(file.page!.html).toContain('Please check the security code and try again.');
    const back = readSnapshotJson(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.page?.html).toBe(file.page!.html);
  });

  it('names the file without account data', () => {
    expect(captureFileName(url, new Date('2025-01-02T03:04:05Z'))).toBe(
      'www-instagram-com-accounts-login-two-factor-2025-01-02T03-04-05.signpost.json',
    );
  });
});

describe('redacted snapshots match as the live page did', () => {
  const rules = shippedRules().table;
  const cases = [
    ...loadFixtures(),
    {
      file: 'privacy',
      html: readFileSync(PRIVACY_PAGE, 'utf8'),
      url: 'https://www.instagram.com/accounts/login/two_factor?next=%2F',
      expect: 'instagram/invalid-code',
    },
  ];
  it.each(cases.map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    const live = match(rules, snapshotOf(fixture.html, fixture.url));
    const replayed = match(rules, redactSnapshot(snapshotOf(fixture.html, fixture.url)));
    expect(replayed.map((m) => m.id)).toEqual(live.map((m) => m.id));
  });
});

describe('reading snapshot files', () => {
  const snapshot = snapshotOf('<h2>Suspicious Login Attempt</h2>', 'https://www.instagram.com/challenge/1/');

  it('still reads version 1 files', () => {
    expect(readSnapshotJson(JSON.stringify({ format: 'signpost-snapshot', version: 1, snapshot })).ok).toBe(true);
  });

  it('refuses a future version with one clear reason', () => {
    const r = readSnapshotJson(
      JSON.stringify({ format: 'signpost-snapshot', version: SNAPSHOT_FILE_VERSION + 1, snapshot, somethingNew: {} }),
    );
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(/version 3 is newer than this Signpost understands \(2\); update Signpost/),
    });
  });

  it('refuses corrupt JSON and a wrong shape with a reason', () => {
    expect(readSnapshotJson('{"format": "signpost-snapshot", "vers')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not valid JSON/),
    });
    expect(readSnapshotJson(JSON.stringify({ format: 'signpost-snapshot', version: 2, snapshot: { url: 1 } }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^not a Signpost snapshot: snapshot\.url/),
    });
    expect(readSnapshotJson(JSON.stringify({ format: 'signpost-snapshot', version: 0, snapshot })).ok).toBe(false);
  });

  it('judges size before reading', () => {
    expect(snapshotFileTooLarge(MAX_SNAPSHOT_FILE_BYTES)).toBeNull();
    expect(snapshotFileTooLarge(50 * 1024 * 1024)).toMatch(/^file is 50 MB; the limit is 20 MB/);
  });
});
