import { z } from 'zod';
import { SHAPES, type Shape } from '../engine/shapes';
import { STEP_IDS } from '../engine/steps';
import { INPUT_ATTRS, KINDS, TEXT_ROLES } from '../engine/types';
import { searchTermsSchema } from './search-terms';
import { SITES } from '../settings/sites';
import { PLATFORMS, type Platform } from './platforms';

export { PLATFORMS, type Platform } from './platforms';

/**
 * Hosts each platform's screens live on: the sites the content script runs on (settings/sites.ts).
 * A rule's `hosts` must be a subset of its platform's, so a rule cannot name a host Signpost never sees.
 */
export const PLATFORM_HOSTS: Record<Platform, readonly string[]> = {
  instagram: SITES.instagram,
  x: SITES.x,
  general: [...SITES.instagram, ...SITES.x],
};

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** Bounds that keep one rule cheap to match on every page (rule packs come from strangers). */
export const MAX_VALUES_PER_CONDITION = 100;
export const MAX_CONDITIONS_PER_GROUP = 50;
export const MAX_PHRASE_LENGTH = 200;
// The bound sits outside the union: a list too long matches the list member, then fails with a reason (not "Invalid input").
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).min(1, 'must list at least one value')])
    .refine(
      (v) => !Array.isArray(v) || v.length <= MAX_VALUES_PER_CONDITION,
      `at most ${MAX_VALUES_PER_CONDITION} values in one condition`,
    );
const phraseText = nonEmpty.max(MAX_PHRASE_LENGTH, `keep a phrase under ${MAX_PHRASE_LENGTH} characters`);

export const phraseSchema = z.union([
  phraseText,
  z.strictObject({
    text: phraseText,
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language code such as en, es, pt-BR'),
    source: nonEmpty.optional(),
    unconfirmed: z.boolean().optional(),
  }),
]);
export type Phrase = z.infer<typeof phraseSchema>;

/** A step of a platform's flow (src/engine/steps.ts), named exactly. */
const stepId = z.string().refine((s) => STEP_IDS.includes(s), { message: `must be a step: ${STEP_IDS.join(', ')}` });

const weight = z.number().min(0).max(10).optional();
const textConditions = Object.fromEntries(TEXT_ROLES.map((role) => [role, z.strictObject({ [role]: oneOrMany(phraseSchema), weight })]));
// `empty: true` (the field holds nothing) may be written as a YAML boolean; it is kept as text like the rest.
const inputAttr = (a: string) =>
  (a === 'empty'
    ? z.union([z.boolean(), z.enum(['true', 'false'])], { message: 'must be true or false' }).transform(String)
    : phraseText
  ).optional();
const inputShape = z
  .strictObject(
    Object.fromEntries(INPUT_ATTRS.map((a) => [a, inputAttr(a)])) as unknown as Record<
      (typeof INPUT_ATTRS)[number],
      z.ZodOptional<z.ZodType<string>>
    >,
  )
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'input needs at least one attribute');

// A Map, not an object: a rule's key is looked up here, and a key such as `constructor` or
// `__proto__` must find nothing rather than something inherited from Object.prototype.
const conditionShapes: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['path', z.strictObject({ path: oneOrMany(nonEmpty), weight })],
  ...Object.entries(textConditions),
  ['input', z.strictObject({ input: inputShape, weight })],
  ['testid', z.strictObject({ testid: oneOrMany(nonEmpty), weight })],
  ['role', z.strictObject({ role: oneOrMany(nonEmpty), weight })],
  ['lang', z.strictObject({ lang: oneOrMany(nonEmpty), weight })],
  ['step', z.strictObject({ step: oneOrMany(stepId), weight })],
  [
    'shows',
    z.strictObject({
      shows: z.union([z.enum(SHAPES), z.array(z.enum(SHAPES)).min(1).max(SHAPES.length)], {
        message: `must be ${SHAPES.join(' or ')}, or a list of them`,
      }),
      weight,
    }),
  ],
]);
const CONDITION_KEYS = [...conditionShapes.keys()].join(', ');

/** Picks the condition's shape from its signal key, so errors name the real problem, not "no union member". */
export const conditionSchema = z.unknown().transform((value, ctx) => {
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => k !== 'weight') : [];
  const shape = keys.length === 1 ? conditionShapes.get(keys[0]!) : undefined;
  if (!shape) {
    ctx.addIssue({
      code: 'custom',
      message: `a condition is an object with exactly one of: ${CONDITION_KEYS} (plus an optional weight); got ${keys.length ? keys.join(', ') : JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[] });
    return z.NEVER;
  }
  return parsed.data as ConditionSpec;
});
type WeightPart = { weight?: number };
export type ConditionSpec = WeightPart &
  (
    | { path: string | string[] }
    | { [R in (typeof TEXT_ROLES)[number]]: { [K in R]: Phrase | Phrase[] } }[(typeof TEXT_ROLES)[number]]
    | { input: Partial<Record<(typeof INPUT_ATTRS)[number], string>> }
    | { testid: string | string[] }
    | { role: string | string[] }
    | { lang: string | string[] }
    | { shows: Shape | Shape[] }
    | { step: string | string[] }
  );

export const matchSchema = z
  .strictObject({
    hosts: z.array(nonEmpty).min(1).max(10, 'at most 10 hosts').optional(),
    all: z.array(conditionSchema).max(MAX_CONDITIONS_PER_GROUP, `at most ${MAX_CONDITIONS_PER_GROUP} conditions`).default([]),
    any: z.array(conditionSchema).max(MAX_CONDITIONS_PER_GROUP, `at most ${MAX_CONDITIONS_PER_GROUP} conditions`).default([]),
    none: z.array(conditionSchema).max(MAX_CONDITIONS_PER_GROUP, `at most ${MAX_CONDITIONS_PER_GROUP} conditions`).default([]),
    min_any: z.number().int().min(0).optional(),
    /** The steps this topic's screen belongs to: at any other step the rule cannot match (src/engine/steps.ts). */
    steps: z.array(stepId).min(1, 'name at least one step, or leave steps out').optional(),
    /** With steps: the screen can also come over a page at no step (a dialog over the feed). */
    surface: z.boolean().optional(),
    secondary: z.boolean().optional(),
  })
  .refine((m) => m.all.length + m.any.length > 0, 'match needs at least one "all" or "any" condition')
  .refine((m) => m.min_any === undefined || m.min_any <= m.any.length, 'min_any is larger than the number of "any" conditions')
  .refine((m) => !m.surface || m.steps !== undefined, "surface says a step's screen can also come over other pages: name its steps too");

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^(instagram|x|general)\/[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like <platform>/<kebab-case-slug>'),
  platform: z.enum(PLATFORMS),
  title: nonEmpty.max(80, 'keep titles under 80 characters'),
  summary: nonEmpty.max(160, 'a summary is one line (160 characters at most)'),
  /** The words people type for this topic, in English (src/rules/search-terms.ts). */
  search: searchTermsSchema.optional(),
  kind: z.enum(KINDS),
  related: z.array(nonEmpty).default([]),
  seeds: z.array(nonEmpty).min(1, 'name the seed sections the article draws on'),
  match: matchSchema.optional(),
  /** Reached this step of the flow, the first N steps of "Fix it" are done (the panel marks them). */
  progress: z.record(stepId, z.number().int().min(1).max(20)).optional(),
  sources: z.array(z.strictObject({ id: nonEmpty, note: nonEmpty })).default([]),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;
