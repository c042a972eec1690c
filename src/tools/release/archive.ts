import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Zips that are the same bytes whenever their files are: entries in path order, one fixed
 * timestamp, fixed attributes, one compression level. A rebuild from the sources archive can then
 * be compared with a shipped package file by file, and the packages themselves by checksum.
 */
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1, 12, 0, 0));

export type Tree = Map<string, Uint8Array>;

export function deterministicZip(files: Tree): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort())
    entries[path] = [files.get(path)!, { mtime: FIXED_TIME, level: 9, os: 3, attrs: 0o644 << 16 }];
  return zipSync(entries);
}

export function readZip(bytes: Uint8Array): Tree {
  const out: Tree = new Map();
  for (const [path, data] of Object.entries(unzipSync(bytes))) if (!path.endsWith('/')) out.set(path, data);
  return out;
}

/** Every difference between two trees, one line each (a path missing on either side, or other bytes). Empty when equal. */
export function compareTrees(expected: Tree, actual: Tree, labels = { expected: 'package', actual: 'rebuild' }): string[] {
  const out: string[] = [];
  for (const path of [...new Set([...expected.keys(), ...actual.keys()])].sort()) {
    const a = expected.get(path);
    const b = actual.get(path);
    if (!b) out.push(`${path}: in the ${labels.expected}, missing from the ${labels.actual}`);
    else if (!a) out.push(`${path}: in the ${labels.actual}, missing from the ${labels.expected}`);
    else if (a.length !== b.length || a.some((byte, i) => byte !== b[i]))
      out.push(`${path}: differs (${a.length} bytes in the ${labels.expected}, ${b.length} in the ${labels.actual})`);
  }
  return out;
}
