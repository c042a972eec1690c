// `npm run rules:report`: per topic, its kind, fixtures, languages and signals; flags screens with too
// few layouts or languages. Reads the same rules (src/build/rules/load.ts) and fixtures as the unit tests.
import { match } from '../engine/match';
import { compileRulesDir } from '../build/rules/load';
import { CATALOG_IDS } from '../rules/catalog-ids';
import { coverage, loadFixtures, LOCALISED_PLATFORMS, RULES_DIR, snapshotOf } from '../screens/fixtures';
import { variantResults, variantTable } from './variant-results';

const FIVE = ['en', 'es', 'pt', 'fr', 'de'];
const { table, articles } = compileRulesDir(RULES_DIR, { requireCatalog: true });
const fixtures = loadFixtures();
const rows = new Map(coverage(table, fixtures).map((r) => [r.id, r]));
const kinds = new Map(articles.map((a) => [a.id, a.kind]));
// How many fixtures each rule matches at all (first or not): secondary topics show up only here.
const seenOn = new Map<string, number>();
for (const f of fixtures) for (const m of match(table, snapshotOf(f.html, f.url))) seenOn.set(m.id, (seenOn.get(m.id) ?? 0) + 1);

const lines: string[] = ['fix = fixtures expecting the topic first; on = fixtures it matches at all; lay = layouts', ''];
const flags: string[] = [];
const pad = (s: string, n: number) => s.padEnd(n);
lines.push(
  `${pad('topic', 38)}${pad('kind', 9)}${pad('role', 10)}${pad('fix', 5)}${pad('on', 5)}${pad('lay', 5)}${pad('languages', 26)}signals`,
);
for (const id of CATALOG_IDS) {
  const r = rows.get(id);
  const kind = kinds.get(id) ?? '?';
  if (!r) {
    lines.push(`${pad(id, 38)}${pad(kind, 9)}${pad('lookup', 10)}${pad('-', 5)}${pad('-', 5)}${pad('-', 5)}${pad('-', 26)}-`);
    continue;
  }
  const role = r.secondary ? 'secondary' : 'screen';
  lines.push(
    `${pad(id, 38)}${pad(kind, 9)}${pad(role, 10)}${pad(String(r.fixtures.length), 5)}${pad(String(seenOn.get(id) ?? 0), 5)}${pad(String(r.layouts.length), 5)}${pad(r.langs.join(' ') || '-', 26)}${r.signals.join(' ')}`,
  );
  if (r.secondary) continue;
  const need = LOCALISED_PLATFORMS.has(r.platform) ? 5 : 3;
  const have = r.langs.filter((l) => FIVE.includes(l)).length;
  if (r.layouts.length < 2) flags.push(`${id}: ${r.layouts.length} layout(s), needs 2`);
  if (have < need) flags.push(`${id}: ${have} of en/es/pt/fr/de, needs ${need}`);
}
const negatives = fixtures.filter((f) => f.expect === null).length;
const sixth = fixtures.filter((f) => f.expect !== null && !FIVE.includes(f.lang)).map((f) => f.file);
lines.push('');
lines.push(
  `${fixtures.length} fixtures: ${fixtures.length - negatives} positive, ${negatives} negative; ${table.length} rules with match (${table.filter((r) => r.secondary).length} secondary), ${CATALOG_IDS.length - table.length} lookup-only`,
);
lines.push(`structure-only fixtures (languages no rule phrase covers): ${sixth.length ? sixth.join(', ') : 'none'}`);
// Every fixture re-checked as the variants real pages take (src/tools/variants.ts, read as the
// content script reads a page): how many keep their topic, and what the others get.
const variants = variantResults(table, fixtures);
lines.push('', 'variants (positives: kept / "?" / nothing / the step\'s general topic / wrong; negatives: lit)');
for (const v of variantTable(variants)) {
  const share = v.positives ? ` (${Math.round((100 * v.kept) / v.positives)}% kept)` : '';
  lines.push(
    `  ${pad(v.family, 18)}${pad(`${v.kept}/${v.positives}${share}`, 22)}? ${pad(String(v.unknown), 5)}nothing ${pad(String(v.nothing), 5)}step ${pad(String(v.step), 4)}wrong ${pad(String(v.wrong), 4)}lit ${v.lit}/${v.negatives}`,
  );
}
const notByStructure = [
  ...new Set(
    variants
      .filter((v) => v.family === 'unknown language' && v.outcome !== 'kept' && v.expect !== null)
      .map((v) => `${v.expect} (${v.file.split('/').pop()}: ${v.outcome === 'unknown' ? '?' : v.outcome})`),
  ),
];
lines.push(`  not known by structure alone (words needed): ${notByStructure.length ? `\n    ${notByStructure.join('\n    ')}` : 'none'}`);
for (const v of variants.filter((v) => v.outcome === 'wrong'))
  flags.push(`variant ${v.name} of ${v.file}: ${v.got ?? 'nothing'} instead of ${v.expect ?? 'nothing'}`);
lines.push(
  flags.length ? `FLAGGED:\n${flags.map((f) => `  ${f}`).join('\n')}` : 'flags: none (every screen has ≥2 layouts and all five languages)',
);
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = flags.length ? 1 : 0;
