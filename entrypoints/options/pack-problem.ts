import type { MessageKey, Translate } from '../../src/i18n';
import type { PackProblem } from '../../src/packs/validate';

/**
 * A pack problem as a person reads it, in the interface language: what is wrong, with the field's
 * own name. The exact validator wording (English, for whoever writes the pack) stays beside it in
 * a details line. The most common problems are named; any other is said plainly as invalid.
 */
export function problemSentence(p: PackProblem, t: Translate): string {
  const name = p.field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? p.field;
  const say = (key: MessageKey, ...values: string[]) => t(key, values);
  const reason = p.reason;
  if (/received undefined|required/i.test(reason)) return say('packProblemMissing', name);
  if (/Unrecognized key/i.test(reason)) return say('packProblemUnknownField', (/"([^"]+)"/.exec(reason)?.[1] ?? name));
  if (/expected \w+, received/i.test(reason)) return say('packProblemWrongType', name);
  if (/not valid JSON/i.test(reason)) return say('packProblemJson');
  if (/larger than/i.test(reason)) return say('packProblemTooLarge');
  if (/not a readable zip|neither a zip/i.test(reason)) return say('packProblemNotAPack');
  if (/no rule files/i.test(reason)) return say('packProblemNoRules');
  if (/unknown topic/i.test(reason)) return say('packProblemUnknownTopic', (/"([^"]+)"/.exec(reason)?.[1] ?? ''));
  if (/also defined in|same file name/i.test(reason)) return say('packProblemTwice', name);
  return say('packProblemOther', name);
}
