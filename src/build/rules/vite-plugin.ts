import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compactTable } from '../../engine/compact-table';
import { listRuleFiles, compileRulesDir, RuleFileError } from './load';
import { translationLanguages } from './locales';
import { shortFixes } from './short-fix';
import { topicCards } from './topic-cards';
import { articleModule, articleModuleIds } from './virtual-articles';

const EXPAND = JSON.stringify(resolve(import.meta.dirname, '../../engine/compact-table.ts'));

const TABLE_ID = 'virtual:signpost/match-table';
const SHORT_FIXES_ID = 'virtual:signpost/short-fixes';
const TOPIC_CARDS_ID = 'virtual:signpost/topic-cards';

/** What the plugin offers the build's other plugins (`plugin.api`): the compiled rules, compiled once. */
export interface RulesApi {
  compiled: () => ReturnType<typeof compileRulesDir>;
  /** The interface's languages (BCP 47), 'en' first. */
  languages: readonly string[];
}

/**
 * Compiles `rules/` once per build into virtual modules: the match table (content script,
 * packed JSON unpacked at start, no validator), the articles and their search index cut per
 * language (extension pages, virtual-articles.ts), and for the background the topic cards (each
 * topic's title and summary per language, for the hint) and the short fixes (per language, for the
 * Firefox hint card) — so the background carries no article bodies. A bad rule file or translation
 * fails the build listing every problem.
 */
export function signpostRules(rulesDir = resolve('rules')): Plugin {
  let cache: ReturnType<typeof compileRulesDir> | null = null;
  const compiled = () => (cache ??= compileRulesDir(rulesDir, { requireCatalog: true }));
  // The interface's languages ('en' and each locale folder): each gets its article and search modules.
  const languages = ['en', ...translationLanguages(resolve(rulesDir, '../public/_locales'))];
  const articleIds = articleModuleIds(languages);
  const ids = [TABLE_ID, SHORT_FIXES_ID, TOPIC_CARDS_ID, ...articleIds];
  return {
    name: 'signpost-rules',
    api: { compiled, languages } satisfies RulesApi,
    resolveId(id) {
      if (ids.includes(id)) return `\0${id}`;
    },
    load(id) {
      if (!ids.some((v) => id === `\0${v}`)) return;
      for (const file of listRuleFiles(rulesDir)) this.addWatchFile(file);
      try {
        const { table, articles } = compiled();
        // Short fix steps for the Firefox hint card (src/build/rules/short-fix.ts). A plain object literal
        // without side effects: a Chrome build, which never reads it, drops it entirely.
        if (id === `\0${SHORT_FIXES_ID}`)
          return { code: `export default ${JSON.stringify(shortFixes(articles))};`, moduleSideEffects: false };
        if (id === `\0${TOPIC_CARDS_ID}`) return `export default ${JSON.stringify(topicCards(articles))};`;
        if (id === `\0${TABLE_ID}`)
          return `import { expandTable } from ${EXPAND};\nexport default expandTable(JSON.parse(${JSON.stringify(JSON.stringify(compactTable(table)))}));`;
        return articleModule(id.slice(1), articles, languages);
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
