import type { MessageKey, Translate } from '../../src/i18n';
import type { PackProblem } from '../../src/packs/validate';

/**
 * A pack problem as a person reads it, in the interface language: what is wrong, with the field's
 * own name. The exact validator wording (English, for whoever writes the pack) stays beside it in
 * a details line. The most common problems are named; any other is said plainly as invalid.
 */
export function problemSentence(p: PackProblem, t: Translate): string {
  const name =
    p.field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? p.field;
  const say = (key: MessageKey, ...values: string[]) => t(key, values);
  const reason = p.reason;
  if (p.field === '(time)') return say('packProblemTooSlow');
  if (p.field === '(check)') return say('packProblemNotChecked');
  if (p.field === '(file name)') return say('packProblemFileName', p.file);
  if (p.field === '(size)') return say('packProblemTooLarge');
  if (/anchors and aliases/i.test(reason)) return say('packProblemYamlAlias');
  if (/a condition is an object with exactly one of/i.test(reason))
    return say('packProblemCondition', /; got (.+)$/.exec(reason)?.[1] ?? name);
  if (/"__proto__" is not a field name/i.test(reason)) return say('packProblemUnknownField', '__proto__');
  if (/received undefined|required/i.test(reason)) return say('packProblemMissing', name);
  if (/Unrecognized key/i.test(reason)) return say('packProblemUnknownField', /"([^"]+)"/.exec(reason)?.[1] ?? name);
  if (/expected \w+, received/i.test(reason)) return say('packProblemWrongType', name);
  if (/not valid JSON/i.test(reason)) return say('packProblemJson');
  if (/larger than/i.test(reason)) return say('packProblemTooLarge');
  if (/not a readable zip|neither a zip/i.test(reason)) return say('packProblemNotAPack');
  if (/no rule files/i.test(reason)) return say('packProblemNoRules');
  if (/unknown topic/i.test(reason)) return say('packProblemUnknownTopic', /"([^"]+)"/.exec(reason)?.[1] ?? '');
  if (/also defined in|same file name/i.test(reason)) return say('packProblemTwice', name);
  // The bounds a pack's data and articles must keep (validate.ts, schema.ts, markdown-bounds.ts).
  if (/^(keep .* under|at most \d|more than \d|a word of more than)|nested too deeply|too many/i.test(reason))
    return say('packProblemTooBig', name);
  return say('packProblemOther', name);
}
