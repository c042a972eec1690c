import { normalize } from './normalize';
import { INPUT_ATTRS, TEXT_ROLES, type InputMeta, type Snapshot, type TextRole } from './types';

/** A snapshot normalised once, so that every rule's conditions compare against the same strings. */
export interface PreparedSnapshot {
  host: string;
  path: string;
  lang: string;
  texts: Record<TextRole, string[]>;
  /** The page's text as the snapshot holds it, not normalised: shapes such as "j***@e***.com" need their punctuation. */
  raw: string[];
  inputs: Partial<Record<keyof InputMeta, string>>[];
  testids: Set<string>;
  roles: Set<string>;
}

/** Returns null when the snapshot's URL cannot be parsed: nothing can match then. */
export function prepare(snapshot: Snapshot): PreparedSnapshot | null {
  let url: URL;
  try {
    url = new URL(snapshot.url);
  } catch {
    return null;
  }
  const texts = {} as Record<TextRole, string[]>;
  for (const role of TEXT_ROLES) {
    texts[role] = (snapshot.texts[role] ?? []).map(normalize).filter((t) => t !== '');
  }
  return {
    host: url.hostname.toLowerCase(),
    path: safeDecode(url.pathname).toLowerCase(),
    lang: snapshot.lang.toLowerCase(),
    texts,
    raw: snapshot.texts.text ?? [],
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
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
