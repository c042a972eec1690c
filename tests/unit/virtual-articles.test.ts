import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleTexts } from '../../src/rules/article-parts';
import { signpostRules } from '../../src/build/rules/vite-plugin';
import { createSearch } from '../../src/search';
import { loadSearch } from '../../src/search/prebuilt';
import { RULES_DIR, shippedRules } from './helpers';

// The build's article and search modules, bundled by Vite as the extension is: a page that shows
// one language gets one language's chunk, a page that shows all gets them all, and what each
// module holds is what the pages need.
const { articles } = shippedRules();
const LANGUAGES = ['en', 'es', 'pt-BR'];
const ENTRIES: Record<string, string> = {
  // The side panel and popup: modules by language, on demand.
  panel: `export { texts, search } from 'virtual:signpost/loaders';`,
  // Settings and replay: every article in every language.
  settings: `export { default } from 'virtual:signpost/articles';`,
};

function entries(): Plugin {
  return {
    name: 'test-entries',
    resolveId: (id) => (id in ENTRIES ? `\0entry:${id}` : undefined),
    load: (id) => (id.startsWith('\0entry:') ? ENTRIES[id.slice('\0entry:'.length)] : undefined),
  };
}

let out = '';
let chunks: Rollup.OutputChunk[] = [];
beforeAll(async () => {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [signpostRules(RULES_DIR), entries()],
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rollupOptions: {
        input: Object.fromEntries(Object.keys(ENTRIES).map((e) => [e, e])),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  })) as Rollup.RollupOutput;
  chunks = result.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  out = mkdtempSync(join(tmpdir(), 'signpost-virtual-'));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  for (const c of chunks) writeFileSync(join(out, c.fileName), c.code);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(out, `${name}.js`)).href)) as T;
const chunkOf = (id: string) => chunks.filter((c) => c.moduleIds.includes(`\0virtual:signpost/${id}`));

describe('the article and search modules, bundled', () => {
  it("each language's words and search rows are a chunk of their own, the index one for all", () => {
    for (const lang of LANGUAGES) {
      for (const id of [`article-texts-${lang}`, `search-data-${lang}`]) {
        const [chunk, ...more] = chunkOf(id);
        expect(more, `${id} in one chunk`).toEqual([]);
        const others = chunk!.moduleIds.filter((m) => m.startsWith('\0virtual:signpost/') && m !== `\0virtual:signpost/${id}`);
        expect(others, `${id} shares its chunk`).toEqual([]);
      }
    }
    expect(chunkOf('search-index')).toHaveLength(1);
    expect(chunkOf('search-index')[0]!.moduleIds.filter((m) => m.startsWith('\0virtual:'))).toEqual(['\0virtual:signpost/search-index']);
    const panel = chunks.find((c) => c.name === 'panel')!;
    expect(panel.moduleIds.filter((m) => /article-texts|search/.test(m))).toEqual([]);
  });

  it('every article in every language, for the pages that show them all, is the compiled articles', async () => {
    expect((await load<{ default: unknown }>('settings')).default).toStrictEqual(articles);
  });

  it("a language's chunk holds its words; its search finds what indexing the articles finds", async () => {
    const panel = await load<{
      texts: Record<string, () => Promise<{ default: unknown }>>;
      search: Record<string, () => Promise<{ default: Parameters<typeof loadSearch>[1]; index: string }>>;
    }>('panel');
    expect(Object.keys(panel.texts)).toEqual(LANGUAGES);
    for (const lang of LANGUAGES) {
      expect((await panel.texts[lang]!()).default, lang).toStrictEqual(articleTexts(articles, lang));
      const { default: data, index } = await panel.search[lang]!();
      const loaded = await loadSearch(index, data);
      const atOpen = createSearch(articles, lang);
      for (const q of ['backup code not working', 'no llega el codigo', 'codigo de recuperacao', 'twitter'])
        expect(loaded.search(q), `${lang}: ${q}`).toStrictEqual(atOpen.search(q));
    }
  });
});
