import { opendirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './read-file';

/** Screens one `check-pack --fixtures` reads at most: a folder of captures, not a disk. */
export const MAX_SCREEN_FILES = 2_000;
/** Folder entries looked at while finding them (a wrong folder, say `/`, stops here). */
export const MAX_FOLDER_ENTRIES = 50_000;

const SCREEN = /\.(html|json)$/;

/**
 * The pages and snapshot files under `path` (a folder, searched through its subfolders), sorted; or
 * `path` itself when it is not a folder (read-file.ts judges what it is when it is read). Listed
 * entry by entry, never a whole listing at once; links to folders are not followed, so a link loop
 * cannot trap it.
 */
export function screenFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (e) {
    throw new InputError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`,
    );
  }
  if (!isFolder) return [path];
  const files: string[] = [];
  const folders = [path];
  let entries = 0;
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let dir;
    try {
      dir = opendirSync(folder);
    } catch (e) {
      throw new InputError(`cannot read ${folder}: ${(e as Error).message}`);
    }
    try {
      for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
        if (++entries > MAX_FOLDER_ENTRIES)
          throw new InputError(`${path} holds more than ${MAX_FOLDER_ENTRIES} entries: give the folder of screens itself`);
        const full = join(folder, entry.name);
        if (entry.isDirectory()) folders.push(full);
        else if (SCREEN.test(entry.name)) files.push(full);
        if (files.length > MAX_SCREEN_FILES)
          throw new InputError(`${path} holds more than ${MAX_SCREEN_FILES} pages and snapshot files: give a smaller folder`);
      }
    } finally {
      dir.closeSync();
    }
  }
  return files.sort();
}
