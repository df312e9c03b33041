// The folder of a year bundle: where a dossier goes, what is already there, and clean-up of what an
// interrupted run left behind. Temporary folders are dot-folders (hidden from `xf verify` and from
// any listing of dossiers) named with the pid of the process that made them, so a rerun removes
// only those whose process is gone.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hashBytes, looksLikeBag, parseTagFile, tagValue } from '../bagit/index.js';

const TEMP_PREFIXES = ['.xf-tmp-', '.xf-staging-', '.xf-old-'];

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temporary folders and files of dead processes (a kill -9 mid-build). */
export function sweepStale(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!TEMP_PREFIXES.some((p) => name.startsWith(p))) continue;
    const m = /-(\d+)(?:-[0-9a-f]{8})?$/.exec(name);
    if (m && alive(Number(m[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export function stagingPath(dir: string, name: string): string {
  return join(dir, `.xf-staging-${name}-${process.pid}`);
}

/** Make a rename durable: fsync the folder that holds the entry. */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* not supported everywhere (e.g. some network filesystems) */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** SHA-256 of a bag's tagmanifest-sha256.txt (its seal), or undefined when there is none. */
export function bagSeal(bagDir: string): string | undefined {
  try {
    return hashBytes(readFileSync(join(bagDir, 'tagmanifest-sha256.txt')), ['sha256']).sha256;
  } catch {
    return undefined;
  }
}

export function bagCaseNo(bagDir: string): string | undefined {
  try {
    return tagValue(parseTagFile(readFileSync(join(bagDir, 'bag-info.txt'), 'utf8')).entries, 'Internal-Sender-Identifier');
  } catch {
    return undefined;
  }
}

/** Replace `target` by the finished folder `staging` (both on one filesystem). */
export function swapInto(staging: string, target: string): void {
  const old = join(target, '..', `.xf-old-${target.split(/[\\/]/).pop()}-${process.pid}`);
  renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/** Bag folders of a bundle, sorted by name (= 档号). */
export function bundleBags(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && looksLikeBag(join(dir, d.name)))
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
