// One read pass per file feeding every digest asked for. Synchronous reads into one reused buffer:
// memory stays flat whatever the file size, and in a worker thread blocking is what we want.
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { type Algorithm, nodeHashName } from './algorithms.js';

// 256 KiB: the buffer stays in L2 while it is hashed; larger reads measured no faster here.
export const READ_CHUNK = 256 << 10;

export type Digests = Partial<Record<Algorithm, string>>;

export class MultiHash {
  private readonly hashes: [Algorithm, Hash][];
  bytes = 0;
  constructor(algorithms: readonly Algorithm[]) {
    this.hashes = [...new Set(algorithms)].map((a) => [a, createHash(nodeHashName(a))]);
  }
  update(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    for (const [, h] of this.hashes) h.update(chunk);
  }
  digests(): Digests {
    const out: Digests = {};
    for (const [a, h] of this.hashes) out[a] = h.digest('hex');
    return out;
  }
}

let shared: Buffer | undefined;

/** Digest a file in one pass. `onBytes` is told how many bytes were just read (for progress). */
export function hashFileSync(path: string, algorithms: readonly Algorithm[], onBytes?: (n: number) => void): { size: number; digests: Digests } {
  const buf = (shared ??= Buffer.allocUnsafe(READ_CHUNK));
  const mh = new MultiHash(algorithms);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      mh.update(buf.subarray(0, n));
      onBytes?.(n);
    }
  } finally {
    closeSync(fd);
  }
  return { size: mh.bytes, digests: mh.digests() };
}

/** A file's digests, or the reason it could not be read (its errno code): what a hashing worker replies. */
export function hashOne(path: string, algorithms: readonly Algorithm[], onBytes?: (n: number) => void): { size: number; digests: Digests } | { error: string } {
  try {
    return hashFileSync(path, algorithms, onBytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code ?? err.message };
  }
}

/** A long hashing run reports the bytes it read at least this often. */
export const PROGRESS_EVERY = 8 << 20;

export function hashBytes(data: Uint8Array | string, algorithms: readonly Algorithm[]): Digests {
  const mh = new MultiHash(algorithms);
  mh.update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  return mh.digests();
}
