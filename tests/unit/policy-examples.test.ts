import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../src/packs/import';
import { parseManagedPolicy } from '../../src/settings/policy/managed';
import { POLICY_RULE_PACKS_KEY } from '../../src/storage/keys';
import { settingsSchema } from '../../src/settings/schema';
import { ROOT, shippedRules } from './helpers';

/**
 * The managed-storage schema and the documented example policies can't rot: the schema names
 * exactly the settings fields (plus rulePacks) and uses only what Chrome's policy schema supports;
 * both examples pass that schema as Chrome applies it (a value that fails is dropped, silently),
 * and every value in them passes the settings schema and every pack the pack checks.
 */
type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: unknown[];
  [key: string]: unknown;
};

const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const schema = read('public/managed-schema.json') as Schema;
const chromeExample = read('src/settings/policy/examples/chrome-policy.json') as { '3rdparty': { extensions: Record<string, unknown> } };
const firefoxExample = read('src/settings/policy/examples/firefox-policies.json') as {
  policies: { '3rdparty': { Extensions: Record<string, unknown> } };
};
const geckoId = /gecko:\s*{\s*id:\s*'([^']+)'/.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))?.[1];

// chrome://policy's schema subset (developer.chrome.com/docs/extensions/reference/manifest/storage): no
// "any", no oneOf/anyOf; an invalid schema stops the extension from loading at all.
const KEYWORDS = new Set([
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'title',
  'description',
  'id',
  '$ref',
  'minimum',
  'maximum',
  'pattern',
  'required',
  'sensitiveValue',
]);
const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

function schemaProblems(s: Schema, path = '(schema)'): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(s))
    if (!KEYWORDS.has(key)) problems.push(`${path}: "${key}" is not a keyword Chrome's policy schema supports`);
  if (!s.$ref && !TYPES.has(s.type ?? '')) problems.push(`${path}: type ${JSON.stringify(s.type)} is not supported`);
  for (const [name, sub] of Object.entries(s.properties ?? {})) problems.push(...schemaProblems(sub, `${path}.${name}`));
  if (s.items) problems.push(...schemaProblems(s.items, `${path}[]`));
  if (s.additionalProperties) problems.push(...schemaProblems(s.additionalProperties, `${path}.*`));
  return problems;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** What Chrome would drop from `value` under `s` (each dropped value with why); [] = it arrives whole. */
function dropped(value: unknown, s: Schema, path = ''): string[] {
  const type = typeOf(value);
  if (!(s.type === type || (s.type === 'number' && type === 'integer')))
    return [`${path || '(top)'}: ${type} where the schema wants ${s.type}`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`];
  if (type === 'array') return (value as unknown[]).flatMap((item, i) => dropped(item, s.items ?? {}, `${path}[${i}]`));
  if (type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, sub]) => {
    const subSchema = s.properties?.[key] ?? s.additionalProperties;
    return subSchema ? dropped(sub, subSchema, path ? `${path}.${key}` : key) : [`${path ? `${path}.` : ''}${key}: not in the schema`];
  });
}

const settingsKeys = Object.keys(settingsSchema.shape);
const bundledIds = new Set(shippedRules().articles.map((a) => a.id));

describe('public/managed-schema.json', () => {
  it('uses only what Chrome policy schemas support', () => {
    expect(schema.type).toBe('object');
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('names exactly the settings fields, plus rulePacks', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...settingsKeys, POLICY_RULE_PACKS_KEY].sort());
    expect(Object.keys(schema.properties!.sites!.properties ?? {}).sort()).toEqual(
      Object.keys(settingsSchema.parse({ sites: {} }).sites).sort(),
    );
    const languages = settingsSchema.shape.uiLanguage._zod.def.innerType.options;
    expect(schema.properties!.uiLanguage!.enum).toEqual(languages);
  });

  it('the check itself sees what Chrome drops: a pack as an object, an unknown key, a bad enum', () => {
    expect(dropped({ rulePacks: [{ format: 'signpost-rule-pack' }] }, schema)).toEqual([
      'rulePacks[0]: object where the schema wants string',
    ]);
    expect(dropped({ colour: 'red', uiLanguage: 'fr', hints: 1 }, schema)).toHaveLength(3);
    expect(schemaProblems({ type: 'any' })).toHaveLength(1);
    expect(schemaProblems({ type: 'object', oneOf: [] })).toHaveLength(1);
  });
});

describe.each([
  ['src/settings/policy/examples/chrome-policy.json', () => chromeExample['3rdparty'].extensions],
  ['src/settings/policy/examples/firefox-policies.json', () => firefoxExample.policies['3rdparty'].Extensions],
])('%s', (_, extensions) => {
  const entries = Object.entries(extensions());
  const policy = entries[0]?.[1] as Record<string, unknown>;

  it('holds one extension policy that sets every field', () => {
    expect(entries).toHaveLength(1);
    expect(Object.keys(policy).sort()).toEqual([...settingsKeys, POLICY_RULE_PACKS_KEY].sort());
  });

  it('arrives whole through the managed schema', () => {
    expect(dropped(policy, schema)).toEqual([]);
  });

  it('every value passes the settings schema and Signpost reads it without a problem', () => {
    for (const key of settingsKeys) {
      // Each field without its `.catch` (zod/mini: the catch's inner schema).
      const strict = settingsSchema.shape[key as keyof typeof settingsSchema.shape]._zod.def.innerType;
      expect(strict.safeParse(policy[key]).success, key).toBe(true);
    }
    const read = parseManagedPolicy(policy);
    expect(read.problems).toEqual([]);
    expect(read.locked).toEqual(expect.arrayContaining(['hints', 'uiLanguage', 'mutedTopics']));
    expect(read.locked.some((k) => k.startsWith('sites.'))).toBe(true);
  });

  it('its rule packs pass every pack check (structure, articles, related topics)', () => {
    const { rulePacks } = parseManagedPolicy(policy);
    expect(rulePacks.length).toBeGreaterThan(0);
    for (const pack of rulePacks) expect(checkPack(pack, bundledIds)).toMatchObject({ ok: true });
  });
});

describe('the two examples', () => {
  it('carry the same policy; Chrome keyed by a placeholder id, Firefox by the gecko id of wxt.config.ts', () => {
    const [chromeId, chromePolicy] = Object.entries(chromeExample['3rdparty'].extensions)[0]!;
    const [firefoxId, firefoxPolicy] = Object.entries(firefoxExample.policies['3rdparty'].Extensions)[0]!;
    expect(chromePolicy).toEqual(firefoxPolicy);
    expect(chromeId).toMatch(/^<extension id/);
    expect(geckoId).toBe('signpost@signpost.extension');
    expect(firefoxId).toBe(geckoId);
  });
});
