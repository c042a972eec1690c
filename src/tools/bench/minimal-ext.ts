import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The words of the minimal extension's card button: the same as Signpost's, so one locator finds either. */
export const SHOW_THE_FIX = 'Show the fix';

const PANEL_TEXT =
  'Check the email address or phone number the code was sent to, then type the six digits of the newest code into the box on the screen and choose Continue.';

/**
 * The minimal side panel's paragraph put in by a script, on pages of their own (ext-pages.ts reads
 * them beside the static one): at once, and after one storage read, as a page whose words depend on
 * a setting must.
 */
export const SCRIPTED_PANEL_PAGES = { script: 'sidepanel-script.html', 'storage read, then script': 'sidepanel-read.html' } as const;

const scriptedPage = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimal</title><script src="${script}" defer></script></head><body></body></html>`;
const PAINT = `function paint() {
  const article = document.createElement('article');
  const text = document.createElement('p');
  text.textContent = ${JSON.stringify(PANEL_TEXT)};
  article.append(text);
  document.body.append(article);
}`;

/**
 * The least an extension can do for each page the bench opens, built the way Chromium loads
 * Signpost (MV3, a service worker, a content script at document_end): a popup that is one
 * autofocused box and echoes what is typed as one result row; a side panel that is one paragraph
 * of static text (and, on pages of their own, the same paragraph put in by a script: at once, and
 * after one storage read); a card in a closed shadow root whose button asks the worker to open the
 * side panel. Its figures are what Chromium itself costs on this machine at that moment:
 * Signpost's are read against them (ext-pages.ts).
 */
export function minimalExtension(hosts: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-minimal-'));
  const manifest = {
    manifest_version: 3,
    name: 'Minimal extension (bench)',
    version: '1.0',
    permissions: ['sidePanel', 'storage'],
    action: { default_popup: 'popup.html' },
    side_panel: { default_path: 'sidepanel.html' },
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: hosts.map((h) => `${h}/*`), js: ['card.js'], run_at: 'document_end' }],
  };
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest),
    // The script is in the head and listens on the document: it answers the box from the moment the
    // box is shown (a script after the box could come a frame later, and miss what is typed first).
    'popup.html':
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimal</title><script src="popup.js"></script></head><body><input type="search" aria-label="Search" autofocus><div role="listbox" aria-label="Results"></div></body></html>',
    'popup.js': `document.addEventListener('input', (event) => {
  const row = document.createElement('div');
  row.setAttribute('role', 'option');
  row.textContent = event.target.value;
  document.querySelector('[role=listbox]').replaceChildren(row);
});
`,
    'sidepanel.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimal</title></head><body><article><p>${PANEL_TEXT}</p></article></body></html>`,
    // The same paragraph put in by a script, as any page must whose text depends on what it reads:
    // what Chromium costs between a page's script and its text on screen, measured beside the rest.
    [SCRIPTED_PANEL_PAGES.script]: scriptedPage('sidepanel-script.js'),
    'sidepanel-script.js': `${PAINT}\npaint();\n`,
    [SCRIPTED_PANEL_PAGES['storage read, then script']]: scriptedPage('sidepanel-read.js'),
    'sidepanel-read.js': `${PAINT}\nchrome.storage.local.get('settings').then(paint);\n`,
    'background.js': `chrome.runtime.onMessage.addListener((message, sender) => {
  if (message === 'open-side-panel' && sender.tab && sender.tab.id !== undefined) chrome.sidePanel.open({ tabId: sender.tab.id });
});
`,
    'card.js': `const host = document.createElement('minimal-hint');
const root = host.attachShadow({ mode: 'closed' });
const button = document.createElement('button');
button.type = 'button';
button.textContent = ${JSON.stringify(SHOW_THE_FIX)};
button.addEventListener('click', () => chrome.runtime.sendMessage('open-side-panel'));
root.append(button);
document.body.append(host);
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
