import { startPanelFirstView } from '../src/first-view/panel';

/**
 * The side panel's first view: a classic script the side panel's HTML loads (the build writes its
 * tag, src/build/first-view.ts), built like the content script with the native extension API.
 */
export default defineUnlistedScript(startPanelFirstView);
