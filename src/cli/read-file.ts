import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Bad input from the command line: main.ts prints its message on one line of stderr and exits 2. */
export class InputError extends Error {}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** What a path is when it is not a regular file, in words. */
function notAFile(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function cannotRead(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'ELOOP'
        ? 'a loop of symbolic links'
        : code === 'EACCES'
          ? 'permission denied'
          : (e as Error).message;
  return new InputError(`cannot read ${path}: ${why}`);
}

/**
 * The bytes of a regular file of at most `limit` bytes. The kind and size are judged before a byte
 * is read: a symbolic link to /dev/zero, a named pipe (which would wait for a writer for ever) or a
 * 600 MB file is refused with a reason instead of hanging or exhausting memory. The file is then
 * opened without blocking and judged again on what was opened (it may have been swapped since), and
 * read no further than `limit` + 1 bytes (it may have grown).
 */
export function readBoundedFile(path: string, limit: number, what?: string): Buffer {
  let stat: Stats;
  try {
    stat = statSync(path); // follows symbolic links: a link to a regular file is that file
  } catch (e) {
    throw cannotRead(path, e);
  }
  const refuse = (s: Stats) => {
    const kind = notAFile(s);
    if (kind) throw new InputError(`${path} is ${kind}, not a file`);
    if (s.size > limit)
      throw new InputError(`${path} is ${megabytes(s.size)}; the limit is ${megabytes(limit)}${what ? ` for ${what}` : ''}`);
  };
  refuse(stat);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw cannotRead(path, e);
  }
  try {
    const opened = fstatSync(fd);
    refuse(opened);
    // One read of the size announced, one byte more to see whether it grew, then chunks if it did.
    const parts: Buffer[] = [];
    let total = 0;
    let size = opened.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      parts.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw new InputError(`${path} grew past the limit of ${megabytes(limit)} while being read`);
      size = 64 * 1024;
    }
    return Buffer.concat(parts, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw cannotRead(path, e);
  } finally {
    closeSync(fd);
  }
}
