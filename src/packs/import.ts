import { checkPack, withArticles } from './check';
import { startBudget, type PrepareOptions } from './prepare';
import { validateRulePack, type PackProblem, type PackResult, type RulePack } from './validate';
import { MANIFEST_FILE, packFromZip } from './zip';

/**
 * "Import rule pack" in the settings page: a pack JSON file, or a zip of rule files (zip.ts),
 * checked by check.ts exactly as the background checks a policy's pack: the bundled rules' schema,
 * the bounds, and what the build checks of an article (prepare.ts, which also parses each article
 * once, into the safe tree that is stored). Every problem is listed; nothing is stored unless all is
 * valid. Settings page only (unzip and YAML).
 */
export { articleProblems, checkPack } from './check';

export type ImportOutcome =
  | { ok: true; data: unknown; pack: RulePack; source: 'json' | 'zip'; added: string[]; overridden: string[] }
  | { ok: false; errors: PackProblem[] };

const isZip = (name: string, bytes: Uint8Array) =>
  /\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** Reads a chosen file (JSON or zip) into a checked pack, with what it adds to and overrides of `bundledIds`. */
export function importPackFile(
  fileName: string,
  bytes: Uint8Array,
  bundledIds: ReadonlySet<string>,
  options?: PrepareOptions,
): ImportOutcome {
  let data: unknown;
  let result: PackResult;
  let source: 'json' | 'zip';
  if (isZip(fileName, bytes)) {
    source = 'zip';
    // One time bound for reading the zip's YAML and its articles together.
    const budget = startBudget(options);
    const zip = packFromZip(bytes, fileName, budget);
    data = zip.data;
    const timedOut = zip.errors.some((p) => p.field === '(time)');
    const checked = zip.data && !timedOut ? checkPack(zip.data, bundledIds, { budget }) : ({ ok: false, errors: [] } as PackResult);
    const errors = [...zip.errors, ...(checked.ok ? [] : checked.errors)]
      .map((p) => zipProblem(p, fileName, zip.data !== null && zip.data.rules.length > 0))
      .filter((p, i, all) => all.findIndex((q) => q.file === p.file && q.field === p.field && q.reason === p.reason) === i);
    result = errors.length > 0 ? { ok: false, errors } : checked;
  } else {
    source = 'json';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, errors: [{ file: fileName, field: '(file)', reason: 'neither a zip file nor UTF-8 JSON text' }] };
    }
    const structural = validateRulePack(text);
    if (!structural.ok && structural.errors.some((e) => e.field === '(json)' || e.field === '(size)'))
      return { ok: false, errors: structural.errors.map((p) => ({ ...p, file: fileName })) };
    data = JSON.parse(text) as unknown;
    result = withArticles(structural, bundledIds, data, startBudget(options));
    if (!result.ok) result = { ok: false, errors: result.errors.map((p) => (p.file === '(pack)' ? { ...p, file: fileName } : p)) };
  }
  if (!result.ok) return result;
  const ids = result.pack.rules.map((r) => r.frontMatter.id);
  return {
    ok: true,
    data,
    pack: result.pack,
    source,
    added: ids.filter((id) => !bundledIds.has(id)),
    overridden: ids.filter((id) => bundledIds.has(id)),
  };
}

/**
 * Problems as a zip's author sees them: fields named as in the .md file's front matter
 * (`match.all[0]`, not `frontMatter.match.all.0`), the pack's name and version in pack.json.
 */
function zipProblem(p: PackProblem, zipName: string, hadRules: boolean): PackProblem {
  const field = p.field.replace(/^frontMatter\./, '').replace(/\.(\d+)/g, '[$1]');
  if (p.file !== '(pack)') return { ...p, field };
  if (p.field === 'name' || p.field === 'version') return { ...p, file: MANIFEST_FILE };
  if (p.field.startsWith('rules') && !hadRules) return { file: zipName, field: '(zip)', reason: 'no rule files (*.md) in the zip' };
  return { ...p, file: zipName };
}
