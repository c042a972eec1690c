import { Inflate } from 'fflate';

/**
 * Reads the entries of a zip from a stranger, trusting none of what it declares. The central
 * directory names the entries and where their data starts; what they inflate to is counted as it
 * inflates — the compressed data is fed to the inflater a little at a time, and reading stops as
 * soon as the running total passes the bound, however small the sizes the zip declares. (A zip
 * whose declared sizes lie would otherwise be inflated in full before any check.)
 */

/** Compressed bytes given to the inflater at a time: deflate expands 1 KB to 1 MB at most, so that is all reading can overshoot the bound by. */
export const INFLATE_CHUNK = 1024;
/** More entries than any pack needs (500 rules, their translations, a manifest, folders). */
export const MAX_ZIP_ENTRIES = 4_000;

/** Why a zip cannot be read; `inflated`: the bytes inflated before reading stopped. */
export class ZipReadError extends Error {
  constructor(
    message: string,
    readonly inflated = 0,
  ) {
    super(message);
  }
}

export interface ZipRead {
  /** Every entry's name, in the order of the central directory. */
  names: string[];
  /** The data of the entries `wanted` chose, by name. */
  files: Map<string, Uint8Array>;
  /** Bytes inflated (or stored) in all. */
  inflated: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const latin1 = new TextDecoder('latin1');

/** The end-of-central-directory record's offset (it ends the file, behind a comment of ≤ 64 KB). */
function endRecord(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) if (u32(bytes, at) === 0x06054b50) return at;
  throw new ZipReadError('no zip directory found');
}

/**
 * The entries `wanted` chooses, inflated with a running total of at most `maxTotal` bytes. Throws
 * ZipReadError (with the reason) on anything it cannot read safely: encryption, zip64, a method
 * other than stored or deflate, data outside the file, or inflated data past the bound.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, maxTotal: number): ZipRead {
  const end = endRecord(bytes);
  const count = u16(bytes, end + 10);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff)
    throw new ZipReadError('zip64 archives are not supported: zip the files again with an ordinary zip tool');
  if (count > MAX_ZIP_ENTRIES) throw new ZipReadError(`more than ${MAX_ZIP_ENTRIES} entries`);
  const names: string[] = [];
  const files = new Map<string, Uint8Array>();
  let inflated = 0;
  const add = (n: number) => {
    inflated += n;
    if (inflated > maxTotal) throw new ZipReadError(`its files inflate to more than ${maxTotal / 1024 / 1024} MB`, inflated);
  };
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw new ZipReadError('damaged zip directory');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const size = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise each byte is one character (names are checked by the caller either way).
    const name = flags & 0x800 ? new TextDecoder('utf-8').decode(raw) : latin1.decode(raw);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    names.push(name);
    if (!wanted(name)) continue;
    if (flags & 1) throw new ZipReadError(`${name} is encrypted`);
    if (size === 0xffffffff || local === 0xffffffff)
      throw new ZipReadError('zip64 archives are not supported: zip the files again with an ordinary zip tool');
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ZipReadError(`damaged entry ${name}`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + size > bytes.length) throw new ZipReadError(`damaged entry ${name}: its data runs past the end of the file`);
    const data = bytes.subarray(start, start + size);
    if (method === 0) {
      add(data.length);
      files.set(name, data);
    } else if (method === 8) files.set(name, inflate(data, add));
    else
      throw new ZipReadError(
        `${name} uses a compression method Signpost does not read (${method}): zip it again with an ordinary zip tool`,
      );
  }
  return { names, files, inflated };
}

/** Inflates `data` a chunk at a time, telling `add` each piece as it comes out (add throws past the bound). */
function inflate(data: Uint8Array, add: (n: number) => void): Uint8Array {
  const parts: Uint8Array[] = [];
  let done = false;
  const stream = new Inflate((chunk, final) => {
    add(chunk.length);
    parts.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < data.length && !done; i += INFLATE_CHUNK)
      stream.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    if (data.length === 0) stream.push(data, true);
  } catch (e) {
    if (e instanceof ZipReadError) throw e;
    throw new ZipReadError(`damaged compressed data (${(e as Error).message})`);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
