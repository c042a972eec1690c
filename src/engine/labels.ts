import { containsPhrase, normalize } from './normalize';
import type { Match, Snapshot, TableRule } from './types';

/**
 * At most this many labels travel with a report, each whole (as long as a snapshot keeps one text,
 * MAX_LABEL_TEXT): the background redacts a label before it cuts it to MAX_LABEL, since a label cut
 * first could end in part of an address that no longer looks like one.
 */
export const MAX_LABELS = 8;
export const MAX_LABEL = 80;
export const MAX_LABEL_TEXT = 2_000;

/** Evidence of a control's words (`describe()` in conditions.ts): `button "…"`, `label "…"`. */
const CONTROL_EVIDENCE = /^(button|label) "(.+)"$/;

/**
 * The page's own labels of the controls a match's signs saw: for each button or label phrase that
 * held, the text of the first such control on the page, keyed by the (normalised) phrase. Only a
 * visible label the rule already reads — never a field's value, never other page text. Pure: the
 * content script sends these with its report (unredacted; the background redacts them).
 */
export function screenLabels(match: Match | undefined, snapshot: Snapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of match?.evidence ?? []) {
    const seen = CONTROL_EVIDENCE.exec(e);
    if (!seen || Object.keys(out).length >= MAX_LABELS) continue;
    const [, role, phrase] = seen as unknown as [string, 'button' | 'label', string];
    const label = snapshot.texts[role]?.find((t) => containsPhrase(normalize(t), phrase));
    if (label) out[phrase] = label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_TEXT);
  }
  return out;
}

/**
 * The platform's messages the match saw, in the page's language: for each text, alert, heading or
 * dialog phrase that held, keyed by every phrase of its condition (one message in several
 * languages), the phrase that held — normalised, as the rule writes it; no page text at all. The
 * panel shows the written form beside an article's quote of the English message.
 */
export function heldPhrases(rule: TableRule | undefined, evidence: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of evidence) {
    const seen = MESSAGE_EVIDENCE.exec(e);
    if (!seen) continue;
    const [, label, phrase] = seen as unknown as [string, string, string];
    const kind = MESSAGE_KINDS[label]!;
    for (const cond of [...(rule?.all ?? []), ...(rule?.any ?? [])]) {
      if (cond.k === kind && cond.v.includes(phrase)) for (const p of cond.v) out[p] ??= phrase;
    }
  }
  return out;
}
/** Evidence of a message's words (`describe()` in conditions.ts), by its label there. */
const MESSAGE_KINDS: Record<string, 'text' | 'alert' | 'heading' | 'dialog'> = {
  'page text': 'text',
  alert: 'alert',
  heading: 'heading',
  'dialog text': 'dialog',
};
const MESSAGE_EVIDENCE = /^(page text|alert|heading|dialog text) "(.+)"$/;

/**
 * Those labels keyed by every phrase of the condition that saw them: a control's phrases are one
 * label in several languages, so the article's English **Send Security Code** finds the page's
 * "Enviar código de seguridad" through the condition that lists both.
 */
export function labelsByPhrase(rule: TableRule | undefined, labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cond of [...(rule?.all ?? []), ...(rule?.any ?? [])]) {
    if (cond.k !== 'button' && cond.k !== 'label') continue;
    const held = cond.v.find((p) => labels[p] !== undefined);
    if (held === undefined) continue;
    for (const p of cond.v) out[p] ??= labels[held]!;
  }
  return out;
}
