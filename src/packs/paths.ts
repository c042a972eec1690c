/**
 * File names inside a pack — a zip's entries, a JSON pack's `file` fields — which the rule builder
 * writes back into a zip on export. A name that climbs out (`../`), starts at a root (`/etc`, `C:`)
 * or uses backslashes would be a path traversal for whoever unzips the export, so such names are
 * refused on import and never written.
 */

/** Why `name` cannot be a file inside a pack, or null. Checked on the name as given, before normalisePackPath. */
export function packPathProblem(name: string): string | null {
  if (name.includes('\\')) return 'a file name may not contain a backslash (\\); use /';
  if (/^[A-Za-z]:/.test(name)) return 'a file name may not start with a drive letter';
  if (name.startsWith('/')) return 'a file name may not be an absolute path (starting with /)';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a file name may not contain control characters';
  if (name.split('/').includes('..')) return 'a file name may not climb out of the pack (..)';
  return null;
}

/** `./a//b.md` → `a/b.md`: the same file, spelt the one way Signpost keeps. */
export const normalisePackPath = (name: string): string =>
  name
    .split('/')
    .filter((part, i, all) => part !== '.' && (part !== '' || i === all.length - 1))
    .join('/');

/** A name as it may be written into a zip; throws for one that must never be written (it was refused on import). */
export function zipEntryName(name: string): string {
  const problem = packPathProblem(name);
  const normal = normalisePackPath(name);
  if (problem || normal === '') throw new Error(`not writing "${name}" into a zip: ${problem ?? 'empty name'}`);
  return normal;
}
