// `npm run rules:report`: per topic, its kind, fixtures, languages and signals; flags screens with too
// few layouts or languages. Reads the same rules (src/rules/load.ts) and fixtures as the unit tests.
import { match } from '../engine/match';
import { compileRulesDir } from '../rules/load';
import { CATALOG_IDS } from '../rules/catalog-ids';
import { coverage, loadFixtures, LOCALISED_PLATFORMS, RULES_DIR, snapshotOf } from './fixtures';

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
lines.push(`${pad('topic', 38)}${pad('kind', 9)}${pad('role', 10)}${pad('fix', 5)}${pad('on', 5)}${pad('lay', 5)}${pad('languages', 26)}signals`);
for (const id of CATALOG_IDS) {
  const r = rows.get(id);
  const kind = kinds.get(id) ?? '?';
  if (!r) {
    lines.push(`${pad(id, 38)}${pad(kind, 9)}${pad('lookup', 10)}${pad('-', 5)}${pad('-', 5)}${pad('-', 5)}${pad('-', 26)}-`);
    continue;
  }
  const role = r.secondary ? 'secondary' : 'screen';
  lines.push(`${pad(id, 38)}${pad(kind, 9)}${pad(role, 10)}${pad(String(r.fixtures.length), 5)}${pad(String(seenOn.get(id) ?? 0), 5)}${pad(String(r.layouts.length), 5)}${pad(r.langs.join(' ') || '-', 26)}${r.signals.join(' ')}`);
  if (r.secondary) continue;
  const need = LOCALISED_PLATFORMS.has(r.platform) ? 5 : 3;
  const have = r.langs.filter((l) => FIVE.includes(l)).length;
  if (r.layouts.length < 2) flags.push(`${id}: ${r.layouts.length} layout(s), needs 2`);
  if (have < need) flags.push(`${id}: ${have} of en/es/pt/fr/de, needs ${need}`);
}
const negatives = fixtures.filter((f) => f.expect === null).length;
const sixth = fixtures.filter((f) => f.expect !== null && !FIVE.includes(f.lang)).map((f) => f.file);
lines.push('');
lines.push(`${fixtures.length} fixtures: ${fixtures.length - negatives} positive, ${negatives} negative; ${table.length} rules with match (${table.filter((r) => r.secondary).length} secondary), ${CATALOG_IDS.length - table.length} lookup-only`);
lines.push(`structure-only fixtures (languages no rule phrase covers): ${sixth.length ? sixth.join(', ') : 'none'}`);
lines.push(flags.length ? `FLAGGED:\n${flags.map((f) => `  ${f}`).join('\n')}` : 'flags: none (every screen has ≥2 layouts and all five languages)');
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = flags.length ? 1 : 0;
