import { pickLanguage } from '../i18n/languages';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitRuleFile } from '../rules/front-matter';
import { translationLanguages } from '../build/rules/locales';
import type { CompiledRules } from '../rules/types';
import { InputError } from './read-input';

export const ARTICLE_USAGE = 'signpost article <topic-id> [--lang en|es|pt-BR] [--json]';

interface Out {
  write(s: string): unknown;
}

/**
 * `signpost article <id> [--lang xx] [--json]`: an article as Markdown, in the language asked for
 * when it has a translation, else in English — `lang` says which was used. The rules were compiled
 * (and every translation checked) before this runs; the Markdown is read from the files as written.
 */
export function articleCommand(argv: string[], rules: CompiledRules, rulesDir: string, stdout: Out): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { lang: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const { values, positionals } = parsed;
  const [id, ...extra] = positionals;
  if (!id) throw new InputError(`missing the topic id\nusage: ${ARTICLE_USAGE}`);
  if (extra.length > 0) throw new InputError(`unexpected argument "${extra[0]}"`);
  const article = rules.articles.find((a) => a.id === id);
  if (!article) throw new InputError(`unknown topic "${id}" (e.g. instagram/suspicious-login)`);
  const languages = ['en', ...translationLanguages(join(rulesDir, '../public/_locales'))];
  const asked = values.lang ?? 'en';
  if (!languages.includes(asked)) throw new InputError(`unknown language "${asked}": one of ${languages.join(', ')}`);
  const lang = pickLanguage(asked, (l) => article.translations?.[l] !== undefined);
  const file = join(rulesDir, `${id}${lang === 'en' ? '' : `.${lang}`}.md`);
  const parts = existsSync(file) ? splitRuleFile(file, readFileSync(file, 'utf8'), []) : null;
  const text = lang === 'en' ? article : article.translations![lang]!;
  const body = parts ? parts.markdown.trim() : '';
  if (values.json) stdout.write(`${JSON.stringify({ id, lang, title: text.title, summary: text.summary, body }, null, 2)}\n`);
  else
    stdout.write(
      `# ${text.title}\n\n${text.summary}\n\n${body}\n${lang === asked ? '' : `\n(no ${asked} translation: shown in English)\n`}`,
    );
}
