import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../browser';
import type { Figure, Section } from './types';

// Strings that only appear when zod or a Markdown parser is bundled.
const FORBIDDEN = [
  { lib: 'zod', marker: /ZodError|_zod\b|\$ZodType/ },
  { lib: 'marked', marker: /marked\(\) call|Lexer\.lex|\bsmartypants\b/ },
];

/** Bundle sizes per entrypoint (deterministic: CI checks the content script's on every run). */
export const sizes: Section = {
  name: 'sizes',
  async run() {
    const files = (readdirSync(EXTENSION_DIR, { recursive: true }) as string[]).filter((f) => /\.(js|css|html)$/.test(f)).sort();
    if (files.length === 0) throw new Error(`nothing built in ${EXTENSION_DIR}: run npm run build`);
    const figures: Figure[] = files.map((f) => {
      const bytes = readFileSync(join(EXTENSION_DIR, f));
      return {
        key: '',
        label: `size ${relative(EXTENSION_DIR, join(EXTENSION_DIR, f))}`,
        value: kb(statSync(join(EXTENSION_DIR, f)).size),
        unit: 'KB',
        detail: `${kb(gzipSync(bytes).length)} KB gzip`,
      };
    });
    // Whatever the manifest injects into Instagram and X pages.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
    const content = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
    if (content.length === 0) throw new Error('the built manifest declares no content script');
    const contentBytes = content.reduce((sum, f) => sum + statSync(join(EXTENSION_DIR, f)).size, 0);
    const text = content.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
    const found = FORBIDDEN.filter((f) => f.marker.test(text)).map((f) => f.lib);
    figures.push(
      { key: 'contentScriptKB', label: 'content script total (minified)', value: kb(contentBytes), unit: 'KB' },
      {
        key: 'contentScriptForbidden',
        label: 'zod / Markdown parser in content script',
        value: found.length,
        unit: 'libs',
        detail: found.join(', ') || 'none',
      },
    );
    return figures;
  },
};

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
