import { startPopupFirstView } from '../src/first-view/popup';

/**
 * The popup's first view: a classic script the popup's HTML loads (the build writes its tag,
 * src/build/first-view.ts), built like the content script with the native extension API.
 */
export default defineUnlistedScript(startPopupFirstView);
