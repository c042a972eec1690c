import { phrasesOf } from './compile';
import { PLATFORM_HOSTS, type FrontMatter } from './schema';

/**
 * Checks across fields of one valid front matter (the schema checks each field alone): the id's
 * platform, hosts of that platform, sources that exist. Shared by the build (src/build/rules/load.ts) and rule packs.
 */
export function coherenceProblems(fm: FrontMatter): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (!fm.id.startsWith(`${fm.platform}/`)) out.push({ field: 'platform', reason: `"${fm.platform}" does not match the id's platform` });
  for (const host of fm.match?.hosts ?? []) {
    if (!PLATFORM_HOSTS[fm.platform].includes(host))
      out.push({ field: 'match.hosts', reason: `"${host}" is not a ${fm.platform} host (${PLATFORM_HOSTS[fm.platform].join(', ')})` });
  }
  const sourceIds = new Set(fm.sources.map((s) => s.id));
  for (const { where, phrase } of phrasesOf(fm)) {
    if (typeof phrase !== 'string' && phrase.source !== undefined && !sourceIds.has(phrase.source)) {
      out.push({ field: where, reason: `source "${phrase.source}" is not listed under sources` });
    }
  }
  return out;
}
