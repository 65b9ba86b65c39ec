import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { GenspendError } from '@genspend/core';
import type { ListedFile } from './find.js';

export interface ReadOptions {
  /** The most bytes a file may have; one more is read to tell, whatever its size said. */
  readonly maxBytes: number;
  /** The root as messages name it: "the current directory", "the repository". */
  readonly rootName: string;
  /** How to make a file smaller, for the size error. */
  readonly splitFix: string;
  /** The root's real path, when the caller resolved it once (a scan reads thousands of files). */
  readonly realRoot?: string;
}

export interface TextOptions extends ReadOptions {
  /** What to do about a file that is not UTF-8 text. */
  readonly binaryFix: string;
}

// A FIFO would block the open itself, and a link may be swapped after it was resolved: the real
// path is opened without following a last link and without blocking, then judged on its descriptor.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Whether `path` (real) is `root` (real) or inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The bytes of `file` (relative to `root`) when it is a regular file whose real path is inside
 * root, and at most `maxBytes` long. A link to /dev/zero, a FIFO, a socket, a device, a
 * directory, or anything outside root (by `..` or by a link) is refused with one line.
 */
export function readRepositoryFile(root: string, file: string, options: ReadOptions): Uint8Array {
  return readReal(root, file, realPath(resolve(root, file), file, options), options);
}

/**
 * readRepositoryText for a file listFiles listed, by the real path found then (a link to
 * nothing is resolved again, to say so). The real path is still checked to be inside root, and
 * the file opened without following a last link and judged on its descriptor, as any other.
 */
export function readListedText(root: string, file: ListedFile, options: TextOptions): string {
  const real = file.real ?? realPath(resolve(root, file.path), file.path, options);
  return decodeText(readReal(root, file.path, real, options), file.path, options);
}

function readReal(root: string, file: string, real: string, options: ReadOptions): Uint8Array {
  if (!isInside(options.realRoot ?? realpathSync.native(root), real)) {
    // inside by its name, outside by its real path: a link (of the file or a folder on the way) leads out
    const what = isInside(resolve(root), resolve(root, file)) ? 'is a link to a file outside' : 'is outside';
    throw new GenspendError(
      `${what} ${options.rootName}`,
      { file },
      `genspend reads only files inside ${options.rootName}: copy the manifest in (a link must point inside too)`,
    );
  }
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    // a socket cannot be opened at all
    throw notReadable(e, file, statOrUndefined(real));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      throw new GenspendError(
        'is a directory, not a manifest',
        { file },
        `name the file inside it, e.g. ${file.replace(/\/$/, '')}/genspend.yml`,
      );
    }
    if (!stat.isFile()) throw notRegular(file, stat);
    if (stat.size > options.maxBytes) throw tooLarge(file, `is ${stat.size} bytes,`, options);
    return readBounded(fd, stat.size, file, options);
  } finally {
    closeSync(fd);
  }
}

/** The UTF-8 text of a repository file: readRepositoryFile's checks, then a strict decode. */
export function readRepositoryText(root: string, file: string, options: TextOptions): string {
  return decodeText(readRepositoryFile(root, file, options), file, options);
}

/** A size the source reported before any byte is read (a git tree entry), against the same cap. */
export function checkSize(size: number, file: string, options: Pick<ReadOptions, 'maxBytes' | 'splitFix'>): void {
  if (size > options.maxBytes) throw tooLarge(file, `is ${size} bytes,`, options);
}

/**
 * Bytes from elsewhere (a git object, the contents API) as text, with the checks a file gets:
 * the size cap, then a strict UTF-8 decode, so every route refuses the same files the same way.
 */
export function decodeText(bytes: Uint8Array, file: string, options: Pick<TextOptions, 'maxBytes' | 'splitFix' | 'binaryFix'>): string {
  checkSize(bytes.length, file, options);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new GenspendError('file is binary, not UTF-8 YAML text', { file }, options.binaryFix);
  }
}

// Stateless between whole decodes (no `stream`), so one serves every file.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads to the end, or to one byte past the limit: a file may grow after fstat, or report no
 * size. The buffer starts at the size fstat said, plus the byte that tells the end (a fixed
 * 64 KiB start cost a scan of small files more in allocation than in reading).
 */
function readBounded(fd: number, size: number, file: string, options: ReadOptions): Uint8Array {
  const cap = options.maxBytes + 1;
  let buffer = Buffer.allocUnsafe(Math.min(cap, size > 0 ? size + 1 : 8 * 1024));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === cap) break;
      const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const asked = buffer.length - length;
    const n = readSync(fd, buffer, length, asked, null);
    if (n === 0) break;
    length += n;
    // a regular file's read comes short only at its end: one that holds the size fstat said,
    // and not the byte past it, is read (a proc file says 0 and is read until a read gives none)
    if (n < asked && size > 0 && length === size) break;
  }
  if (length > options.maxBytes) throw tooLarge(file, 'is', options);
  return buffer.subarray(0, length);
}

function realPath(path: string, file: string, options: ReadOptions): string {
  try {
    return realpathSync.native(path);
  } catch (e) {
    if (isLink(path)) {
      throw new GenspendError(
        'is a link to a file that does not exist',
        { file },
        'point the link at a manifest, or name the manifest itself',
      );
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new GenspendError('no such file', { file }, `check the path (it is relative to ${options.rootName})`);
    }
    throw notReadable(e, file, undefined);
  }
}

function notRegular(file: string, stat: Stats): GenspendError {
  const kind = stat.isFIFO()
    ? 'a FIFO'
    : stat.isSocket()
      ? 'a socket'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return new GenspendError(`is ${kind}, not a manifest file`, { file }, 'point genspend at a YAML manifest');
}

function notReadable(e: unknown, file: string, stat: Stats | undefined): GenspendError {
  if (stat && !stat.isFile() && !stat.isDirectory()) return notRegular(file, stat);
  const code = (e as NodeJS.ErrnoException).code ?? 'an error';
  return new GenspendError(`cannot read it (${code})`, { file }, 'check that the file is readable');
}

function tooLarge(file: string, is: string, options: Pick<ReadOptions, 'maxBytes' | 'splitFix'>): GenspendError {
  return new GenspendError(`file ${is} over the ${options.maxBytes}-byte limit`, { file }, options.splitFix);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
