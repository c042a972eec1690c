import { startContentScript } from './content/main';

/**
 * The content script, declared in the manifest by wxt.config.ts (`content_scripts`) rather than
 * through WXT's defineContentScript: that wrapper brings a ≈ 2.6 KB context object to every
 * Instagram and X page, where this one needs only content/lifetime.ts. The modules are in content/.
 */
export default defineUnlistedScript(startContentScript);
