import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { settingsSchema, type Settings } from '../schema';
import { POLICY_COPY_KEY, POLICY_RULE_PACKS_KEY } from '../../storage/keys';
import type { Site } from '../sites';

/**
 * Enterprise policy (storage.managed): what an administrator deployed through Chrome policy
 * (`3rdparty.extensions.<id>`) or Firefox's policies.json (`3rdparty.Extensions.<id>`). The keys are
 * those of `public/managed-schema.json`: every settings field, plus `rulePacks`.
 *
 * Every value is checked with the settings schema itself: a bad one is ignored and named in
 * `problems`, never thrown, and never costs the valid ones. No policy at all (the usual case; on
 * Firefox `storage.managed.get` then rejects) is the empty policy.
 */
export interface ManagedPolicy {
  /**
   * Settings values the organisation set; each one is locked in the settings page. `sites` holds
   * only the sites the policy names, the others at their default: which ones bind is in `locked`.
   */
  settings: Partial<Settings>;
  /** Raw rule packs deployed by policy (validated by src/packs like an imported one). */
  rulePacks: unknown[];
  /** Human-readable problems found in the policy (bad value → ignored, with the reason). */
  problems: string[];
  /** Exactly which settings the policy fixes ('sites.x' alone leaves Instagram to the person). */
  locked: LockedSetting[];
}

export type LockedSetting = 'hints' | 'unknownBadge' | 'askHelped' | 'uiLanguage' | 'mutedTopics' | `sites.${Site}`;

export const EMPTY_POLICY: ManagedPolicy = { settings: {}, rulePacks: [], problems: [], locked: [] };

/**
 * The policy as last read in this context (a service-worker run, a page), forgotten as soon as
 * storage.managed changes: per-report work then costs no storage read at all. `generation` keeps a
 * read that started before a change from being remembered after it.
 */
let known: ManagedPolicy | null = null;
/** The storage.managed read `policyInForce` is waiting on, if any. */
let reading: Promise<ManagedPolicy> | null = null;
let generation = 0;
/** Told when the policy changes, or when a slow read lands with something else than was served. */
const watchers = new Set<() => void>();

/** Nothing remembered or being read can be trusted any more. */
const forget = () => {
  known = null;
  reading = null;
  generation++;
};

const onStorageChange = (_changes: unknown, area: string) => {
  if (area !== 'managed') return;
  forget();
  watchers.forEach((watcher) => watcher());
};

/** One storage listener per context, added on first use (and again if it went: test fakes reset theirs). */
function listen(): void {
  const onChanged = browser.storage?.onChanged;
  if (!onChanged || onChanged.hasListener(onStorageChange)) return;
  // Not listened to until now: nothing remembered, read or watched can be trusted.
  forget();
  watchers.clear();
  onChanged.addListener(onStorageChange);
}

/** Reads storage.managed; never throws (no policy, or a browser without managed storage → empty). */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  listen();
  const at = generation;
  let raw: unknown;
  try {
    const area = browser.storage?.managed;
    if (!area) return EMPTY_POLICY;
    raw = await area.get();
  } catch {
    // Firefox rejects when no policy names the extension ("Managed storage manifest not found").
    return EMPTY_POLICY;
  }
  void remember(raw);
  const policy = parseManagedPolicy(raw);
  if (at === generation) known = policy;
  return policy;
}

// storage.local `policyCopy`: the last policy read. Chromium's first storage.managed read after the
// browser starts can take seconds (its policy loader settles first); hot paths must not wait that.
// Chromium's storage.managed reads are usually a few ms, but now and then take 200 ms or more (and
// seconds on the first after start): per-report work waits this long at most.
const WAIT_MS = 25;

async function remember(raw: unknown): Promise<void> {
  try {
    const copy = (await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    // No copy reads as no policy: without a policy nothing is ever written. A write mid-session would
    // wake the service worker (it listens to storage changes) just to learn nothing.
    if (JSON.stringify(copy ?? {}) !== JSON.stringify(raw ?? {})) await browser.storage.local.set({ [POLICY_COPY_KEY]: raw ?? {} });
  } catch {
    // A copy is an optimisation only.
  }
}

/**
 * The policy in force, fast: the one already read in this context while nothing changed, else the
 * real read when it answers within 25 ms, else the copy of the last one read (empty the very first
 * time), and `watchManagedPolicy` listeners run when the real read lands. For per-message work in
 * the background (settings of each report); the settings page reads `readManagedPolicy`, which waits.
 */
export async function policyInForce(waitMs = WAIT_MS): Promise<ManagedPolicy> {
  listen();
  if (known) return known;
  // Reports arriving together (tabs restored at start) share one read, and watchers hear once.
  const first = !reading;
  if (!reading) {
    const started = readManagedPolicy();
    reading = started;
    void started.finally(() => reading === started && (reading = null));
  }
  const read = reading;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const early = await Promise.race([read, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)))]);
  clearTimeout(timer);
  if (early) return early;
  let served = EMPTY_POLICY;
  try {
    served = parseManagedPolicy((await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]);
  } catch {
    // No copy readable: the empty policy.
  }
  // Only a real difference is news: the worker restarts often, and watchers re-report every tab.
  if (first) void read.then((real) => JSON.stringify(real) !== JSON.stringify(served) && watchers.forEach((watcher) => watcher()));
  return served;
}

/** Calls `onChange` when the managed policy changes (or a slow first read lands). Returns the unsubscribe. */
export function watchManagedPolicy(onChange: () => void): () => void {
  listen();
  watchers.add(onChange);
  return () => void watchers.delete(onChange);
}

// `problems` gives zod's English messages (the settings page shows them): zod/mini sets no locale
// of its own, classic sets English at its first schema; so English here, unless one is set already.
if (!z.config().localeError) z.config(en());

/** The settings schema without its `.catch` defaults: a bad policy value must fail, not become a default. */
const strict = (schema: z.ZodMiniType): z.ZodMiniType =>
  schema instanceof z.ZodMiniCatch ? (schema._zod.def.innerType as z.ZodMiniType) : schema;
const SETTING_SHAPE = settingsSchema.shape;
const SITES_SHAPE = (strict(SETTING_SHAPE.sites) as z.ZodMiniObject<Record<Site, z.ZodMiniType>>).shape;

const describe = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const reason = (error: z.core.$ZodError): string =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** Whatever storage.managed returned → a policy. Pure; exported for tests and the example check. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (raw === undefined || raw === null) return EMPTY_POLICY;
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { ...EMPTY_POLICY, problems: [`the policy is not an object (${describe(raw)}): ignored`] };
  const settings: Record<string, unknown> = {};
  const locked: LockedSetting[] = [];
  const problems: string[] = [];
  let rulePacks: unknown[] = [];

  for (const [key, value] of Object.entries(raw)) {
    if (key === POLICY_RULE_PACKS_KEY) {
      rulePacks = parseRulePacks(value, problems);
    } else if (key === 'sites') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`sites: expected an object such as {"x": false}, got ${describe(value)}: ignored`);
        continue;
      }
      const sites: Record<string, boolean> = {};
      for (const [site, on] of Object.entries(value)) {
        const schema = Object.hasOwn(SITES_SHAPE, site) ? strict(SITES_SHAPE[site as Site]) : undefined;
        if (!schema) {
          problems.push(`sites.${site}: not a site Signpost knows (${Object.keys(SITES_SHAPE).join(', ')}): ignored`);
          continue;
        }
        const parsed = schema.safeParse(on);
        if (!parsed.success) problems.push(`sites.${site}: ${reason(parsed.error)} (got ${describe(on)}): ignored`);
        else {
          sites[site] = parsed.data as boolean;
          locked.push(`sites.${site}` as LockedSetting);
        }
      }
      if (Object.keys(sites).length > 0) settings.sites = settingsSchema.shape.sites.parse(sites);
    } else if (Object.hasOwn(SETTING_SHAPE, key)) {
      const parsed = strict(SETTING_SHAPE[key as keyof typeof SETTING_SHAPE]).safeParse(value);
      if (!parsed.success) problems.push(`${key}: ${reason(parsed.error)} (got ${describe(value)}): ignored`);
      else {
        settings[key] = parsed.data;
        locked.push(key as LockedSetting);
      }
    } else {
      problems.push(`${key}: not a Signpost policy key: ignored`);
    }
  }
  return { settings: settings as Partial<Settings>, rulePacks, problems, locked };
}

/**
 * Each pack is an object, or its JSON text (what Chrome's schema can carry: it drops object fields
 * it does not spell out). Text is parsed here, so the pack code always gets data.
 */
function parseRulePacks(value: unknown, problems: string[]): unknown[] {
  if (!Array.isArray(value)) {
    problems.push(`rulePacks: expected a list of rule packs, got ${describe(value)}: ignored`);
    return [];
  }
  const packs: unknown[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string') {
      try {
        packs.push(JSON.parse(item));
      } catch (e) {
        problems.push(`rulePacks[${i}]: not valid JSON (${(e as Error).message}): ignored`);
      }
    } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) packs.push(item);
    else problems.push(`rulePacks[${i}]: expected a rule pack (an object or its JSON text), got ${describe(item)}: ignored`);
  });
  return packs;
}

/** The settings in force: the person's, with every locked field replaced by the policy's value. */
export function applyPolicy(user: Settings, policy: ManagedPolicy): Settings {
  if (policy.locked.length === 0) return user;
  const next: Settings = { ...user, sites: { ...user.sites } };
  for (const key of policy.locked) {
    if (key.startsWith('sites.')) {
      const site = key.slice('sites.'.length) as Site;
      const value = policy.settings.sites?.[site];
      if (value !== undefined) next.sites[site] = value;
    } else {
      const field = key as Exclude<LockedSetting, `sites.${Site}`>;
      const value = policy.settings[field];
      if (value !== undefined) (next as Record<string, unknown>)[field] = value;
    }
  }
  return next;
}
