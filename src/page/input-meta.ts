import { INPUT_ATTRS, type InputMeta } from '../engine/types';

/** A form field as rules read it: its attributes and whether it is empty, never what it holds. */
export function inputMeta(el: Element, tag: InputMeta['tag']): InputMeta {
  const meta: Record<string, string> = { tag };
  // Attributes only (`aria_label` is `aria-label`, `testid` is `data-testid`). `value` is
  // deliberately absent: it may be what the person typed.
  for (const key of INPUT_ATTRS) {
    const value =
      key === 'type'
        ? tag === 'input'
          ? (el.getAttribute('type') ?? 'text')
          : null
        : key === 'empty'
          ? tag === 'input'
            ? String(isEmpty(el))
            : null
          : el.getAttribute(key === 'testid' ? 'data-testid' : key.replace('_', '-'));
    if (value !== null) meta[key] = value;
  }
  return meta as unknown as InputMeta;
}

/**
 * Whether a field holds nothing, asked of selectors so that what it holds never enters this script:
 * `:placeholder-shown` when it has a placeholder, else an empty or absent value attribute (pages
 * built with React keep that attribute in step with the field).
 */
function isEmpty(el: Element): boolean {
  if (el.hasAttribute('placeholder')) {
    try {
      return el.matches(':placeholder-shown');
    } catch {
      // A DOM without the pseudo-class (HTML parsed in Node): fall back to the attribute.
    }
  }
  return el.matches('[value=""],:not([value])');
}
