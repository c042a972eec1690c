import { render } from 'preact';
import { App } from './App';
import './style.css';

// `?tab=<id>` pins the panel to one tab (tests, and the popup opening a panel as a page);
// the real side panel follows whichever tab is active in its window.
const pinned = Number(new URLSearchParams(location.search).get('tab'));
render(<App pinnedTab={Number.isInteger(pinned) && pinned > 0 ? pinned : null} />, document.getElementById('app')!);
