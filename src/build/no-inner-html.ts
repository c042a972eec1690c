import type { Plugin } from 'vite';

/**
 * Preact's diff supports `dangerouslySetInnerHTML` with one `dom.innerHTML = props.__html`
 * assignment. Signpost never uses that prop (ARCHITECTURE.md, non-negotiables: no innerHTML), but the assignment alone
 * makes addons-linter warn (UNSAFE_VAR_ASSIGNMENT) on every bundle that includes Preact.
 *
 * This transform, for all builds, replaces that one assignment in preact's dist with a throw, so
 * the prop fails loudly instead of writing HTML. If a Preact update changes the code so that the
 * pattern is not found exactly once, the build fails here rather than shipping the warning.
 */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
const ASSIGNMENT = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;
const REFUSE = '(()=>{throw new Error("Signpost: dangerouslySetInnerHTML is disabled (src/build/no-inner-html.ts)")})()';

export function noInnerHtml(): Plugin {
  return {
    name: 'signpost-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id.split('?')[0]!)) return;
      const found = code.match(ASSIGNMENT)?.length ?? 0;
      if (found !== 1) this.error(`expected one "x.innerHTML=y.__html" in ${id}, found ${found}: update src/build/no-inner-html.ts`);
      return { code: code.replace(ASSIGNMENT, REFUSE), map: null };
    },
  };
}
