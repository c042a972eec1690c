import { readFixture } from '../../src/screens/fixtures';

// The pages the flow and hint-card specs drive.

export const SUSPICIOUS_PAGE = 'instagram/suspicious-login/page-en.html';
export const SUSPICIOUS = 'instagram/suspicious-login';
export const X_NEW_LOCATION = 'x/new-login-location/modal-en.html';

// The Instagram home feed, as a base for screens that appear later (a dialog, an SPA route).
export const FEED = `<!doctype html><html lang="en"><head><title>Instagram</title></head><body>
<div id="root"><nav aria-label="Primary"><a href="/">Home</a><a href="/explore/">Explore</a></nav>
<main role="main"><article><header><a href="/someone/">someone</a></header><p>Morning run along the river</p></article></main></div>
</body></html>`;

/** The dialog markup of the suspicious-login dialog fixture, to insert into a live page. */
export const dialogMarkup = () => {
  const html = readFixture('instagram/suspicious-login/dialog-en.html').html;
  return /(<div role="dialog"[\s\S]*?)\n\s*<\/div>\n<\/div>\n<\/body>/.exec(html)![1]!;
};
