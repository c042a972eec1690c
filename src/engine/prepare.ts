import { normalize } from './normalize';
import { stepOf, type Step } from './steps';
import { INPUT_ATTRS, TEXT_ROLES, type InputMeta, type Snapshot, type TextRole } from './types';

/** A snapshot normalised once, so that every rule's conditions compare against the same strings. */
export interface PreparedSnapshot {
  host: string;
  path: string;
  lang: string;
  texts: Record<TextRole, string[]>;
  /** The page's, dialogs' and alerts' text as the snapshot holds it, not normalised: shapes such as "j***@e***.com" need their punctuation. */
  raw: string[];
  /** Each button's text as the snapshot holds it (a choice of where to send a code shows an address). */
  rawButtons: string[];
  /** An alert or a live region holds a message (text; an empty one is a placeholder). */
  alerting: boolean;
  inputs: Partial<Record<keyof InputMeta, string>>[];
  testids: Set<string>;
  roles: Set<string>;
  /** The step of its platform's flow the page is at (steps.ts), from its address and structure; null at none. */
  step: Step | null;
}

/** Returns null when the snapshot's URL cannot be parsed: nothing can match then. */
export function prepare(snapshot: Snapshot): PreparedSnapshot | null {
  const at = addressOf(snapshot.url);
  if (!at) return null;
  const texts = {} as Record<TextRole, string[]>;
  for (const role of TEXT_ROLES) {
    texts[role] = (snapshot.texts[role] ?? []).map(normalize).filter((t) => t !== '');
  }
  const page: Omit<PreparedSnapshot, 'step'> = {
    ...at,
    lang: snapshot.lang.toLowerCase(),
    texts,
    // Dialogs and alerts too: a page's text is capped, and a dialog appended late to a long page may
    // fall past the cap; each dialog's own text is kept whole.
    raw: [...(snapshot.texts.text ?? []), ...(snapshot.texts.dialog ?? []), ...(snapshot.texts.alert ?? [])],
    rawButtons: snapshot.texts.button ?? [],
    alerting: (snapshot.texts.alert ?? []).length > 0,
    inputs: snapshot.inputs.map((input) => {
      const out: Partial<Record<keyof InputMeta, string>> = { tag: input.tag };
      for (const attr of INPUT_ATTRS) {
        const value = input[attr];
        if (value === undefined) continue;
        out[attr] = attr === 'aria_label' || attr === 'placeholder' ? normalize(value) : value.trim().toLowerCase();
      }
      return out;
    }),
    testids: new Set(snapshot.testids.map((t) => t.toLowerCase())),
    roles: new Set(snapshot.roles.map((r) => r.toLowerCase())),
  };
  return { ...page, step: stepOf(page) };
}

/** A URL's host and path as rules compare them (lower case, the path decoded); null when it cannot be parsed. */
export function addressOf(url: string): { host: string; path: string } | null {
  try {
    const parsed = new URL(url);
    return { host: parsed.hostname.toLowerCase(), path: safeDecode(parsed.pathname).toLowerCase() };
  } catch {
    return null;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
