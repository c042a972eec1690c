import { startContentScript } from './content/main';

/**
 * The content script, declared in the manifest by wxt.config.ts (`content_scripts`) rather than
 * through WXT's defineContentScript: that wrapper brings a ≈ 2.6 KB context object to every
 * Instagram and X page, where this one needs only src/observe/lifetime.ts. The glue is in content/,
 * the pipeline (observe, decide, look, report) in src/observe/.
 */
export default defineUnlistedScript(startContentScript);
