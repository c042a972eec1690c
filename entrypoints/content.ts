import table from 'virtual:signpost/match-table';
import { match } from '../src/engine/match';
import { takeSnapshot } from '../src/page/snapshot';

// Foundation thread: recognise once the page is ready and report to the background.
// (The observer, batching and hint card come with the automatic-hints work.)
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://accountscenter.instagram.com/*', 'https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main() {
    const matches = match(table, takeSnapshot(document, location.href));
    void browser.runtime.sendMessage({ type: 'recognised', matches });
  },
});
