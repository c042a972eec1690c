import { MAX_PACK_RULES, MAX_RULE_PACK_BYTES, RULE_PACK_FORMAT, validateRulePack } from '../../packs/validate';

/**
 * The largest rule pack the format allows: MAX_PACK_RULES rules filling MAX_RULE_PACK_BYTES, every
 * byte in match conditions (a one-line article), deterministic. Shaped to cost the content script most on a
 * feed: nine rules in ten name no address, so they are live on every Instagram or X page; each has
 * long phrase lists of every text kind (accented, so they fold), fields, test ids, roles and an
 * exclusion. The tenth is bound to an address of its own, as a login step's rule is.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ré', 'su', 'tä', 'ño', 'vi', 'çe', 'zu', 'pa', 'dô', 'ne', 'rü', 'shi', 'ga'];
const word = (seed: number) => {
  const x = Math.imul(seed + 1, 2654435761) >>> 0;
  return [0, 4, 8, 12].map((shift) => SYLLABLES[(x >>> shift) & 15]).join('');
};
const phrase = (n: number, k: number) => Array.from({ length: 5 }, (_, i) => word(n * 1_000 + k * 10 + i)).join(' ');

function rule(n: number, per: number): unknown {
  const platform = (['instagram', 'x', 'general'] as const)[n % 3]!;
  const phrases = (k: number) => Array.from({ length: per }, (_, i) => phrase(n, k * 100 + i));
  const surface = n % 10 !== 0;
  return {
    file: `bench-${n}.md`,
    frontMatter: {
      id: `${platform}/bench-topic-${n}`,
      platform,
      title: `Bench topic ${n}`,
      summary: 'A generated topic that makes the rule table as large as a pack may.',
      kind: 'warning',
      seeds: ['bench'],
      match: {
        all: surface ? [] : [{ path: `^/bench-login-${n}/` }],
        any: [
          { heading: phrases(1) },
          { dialog: phrases(2) },
          { alert: phrases(3) },
          { button: phrases(4) },
          { label: phrases(5) },
          { text: phrases(6) },
          { input: { name: `bench_code_${n}`, autocomplete: 'one-time-code' } },
          { input: { aria_label: phrase(n, 700), inputmode: 'numeric' } },
          { testid: [`bench-${n}-a`, `bench-${n}-b`] },
          { role: 'alertdialog' },
        ],
        none: [{ text: phrases(8).slice(0, 3) }],
        min_any: 2,
      },
    },
    // The shortest article the import accepts: the bytes belong in the match conditions.
    article: '## Fix it\n\n1. Bench.\n',
  };
}

/** `per` phrases in each list, one more in the first `extra` rules. */
const packJson = (per: number, extra = 0) =>
  JSON.stringify({
    format: RULE_PACK_FORMAT,
    name: 'Bench: the largest pack',
    version: '1.0.0',
    rules: Array.from({ length: MAX_PACK_RULES }, (_, n) => rule(n, per + (n < extra ? 1 : 0))),
  });

/** The pack's JSON text, as close to the size limit as whole phrases allow, validated as an import would be (it throws if the format refuses it). */
export function biggestPack(): { json: string; rules: number; phrases: number } {
  let per = 1;
  while (packJson(per + 1).length <= MAX_RULE_PACK_BYTES) per++;
  let extra = 0;
  for (let step = MAX_PACK_RULES; step >= 1; step = Math.floor(step / 2))
    while (extra + step <= MAX_PACK_RULES && packJson(per, extra + step).length <= MAX_RULE_PACK_BYTES) extra += step;
  const json = packJson(per, extra);
  const checked = validateRulePack(json);
  if (!checked.ok)
    throw new Error(
      `the bench's pack is refused: ${checked.errors
        .slice(0, 3)
        .map((e) => `${e.file} ${e.field} ${e.reason}`)
        .join('; ')}`,
    );
  return { json, rules: checked.pack.rules.length, phrases: per };
}
