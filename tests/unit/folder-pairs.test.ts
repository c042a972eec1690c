import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/screens/fixtures';

/**
 * Folders are layers: when `src/a` imports `src/b`, `src/b` never imports `src/a` (directly). A pair
 * that does is one responsibility cut in two, and a newcomer cannot read either folder first. The
 * folders are the first level under `src/` and `entrypoints/`; a file's imports are its relative
 * import specifiers, read as text.
 */
type Edges = Map<string, Map<string, string>>;

const folderOf = (file: string): string => file.split('/').slice(0, 2).join('/');
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Folder → folder it imports → one file that does (for the message). */
export function folderEdges(files: ReadonlyMap<string, string>): Edges {
  const edges: Edges = new Map();
  for (const [file, text] of files) {
    for (const [, spec] of text.matchAll(IMPORT)) {
      const from = folderOf(file);
      const to = folderOf(normalize(join(dirname(file), spec as string)));
      if (from === to) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      if (!out.has(to)) out.set(to, file);
      edges.set(from, out);
    }
  }
  return edges;
}

export function mutualPairs(edges: Edges): string[] {
  const pairs: string[] = [];
  for (const [a, out] of edges)
    for (const [b, file] of out) {
      const back = edges.get(b)?.get(a);
      if (back && a < b) pairs.push(`${a} ⇄ ${b} (${file}; ${back})`);
    }
  return pairs;
}

describe('folder layers', () => {
  it('no two folders of src/ and entrypoints/ import each other', () => {
    const files = new Map([...sourceFiles('src'), ...sourceFiles('entrypoints')].map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
    expect(files.size).toBeGreaterThan(100);
    expect(mutualPairs(folderEdges(files))).toEqual([]);
  });

  it('finds a pair that does', () => {
    const files = new Map([
      ['src/a/one.ts', "import { b } from '../b/two';\nexport const a = b;\n"],
      ['src/b/two.ts', "export const b = 1;\nexport const lazy = () => import('../a/one');\n"],
      ['src/c/three.ts', "import { b } from '../b/two';\n"],
    ]);
    expect(mutualPairs(folderEdges(files))).toEqual(['src/a ⇄ src/b (src/a/one.ts; src/b/two.ts)']);
  });
});
