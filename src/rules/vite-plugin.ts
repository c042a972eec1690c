import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packTable } from '../engine/packed';
import { listRuleFiles, compileRulesDir, RuleFileError } from './load';

const UNPACK = JSON.stringify(resolve(import.meta.dirname, '../engine/packed.ts'));

const TABLE_ID = 'virtual:signpost/match-table';
const ARTICLES_ID = 'virtual:signpost/articles';

/**
 * Compiles `rules/` once per build into two virtual modules: the match table (content script,
 * packed JSON unpacked at start, no validator) and the articles (UI). A bad rule file fails the build listing every problem.
 */
export function signpostRules(rulesDir = resolve('rules')): Plugin {
  let cache: ReturnType<typeof compileRulesDir> | null = null;
  const compiled = () => (cache ??= compileRulesDir(rulesDir, { requireCatalog: true }));
  return {
    name: 'signpost-rules',
    resolveId(id) {
      if (id === TABLE_ID || id === ARTICLES_ID) return `\0${id}`;
    },
    load(id) {
      if (id !== `\0${TABLE_ID}` && id !== `\0${ARTICLES_ID}`) return;
      for (const file of listRuleFiles(rulesDir)) this.addWatchFile(file);
      try {
        const { table, articles } = compiled();
        return id === `\0${TABLE_ID}`
          ? `import { unpackTable } from ${UNPACK};\nexport default unpackTable(JSON.parse(${JSON.stringify(JSON.stringify(packTable(table)))}));`
          : `export default JSON.parse(${JSON.stringify(JSON.stringify(articles))});`;
      } catch (e) {
        if (e instanceof RuleFileError) this.error(e.message);
        throw e;
      }
    },
    watchChange() {
      cache = null;
    },
  };
}
