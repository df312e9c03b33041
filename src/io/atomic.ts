// Writes that appear whole or not at all: write beside the target, fsync, then rename.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function tempPathFor(target: string): string {
  return join(dirname(target), `.xf-tmp-${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Remove the temporary files a killed run left beside `target` (its process is gone: SIGKILL and
 * power loss skip every cleanup), so that the next run of the same write finds and removes them.
 */
export function cleanStaleTemps(target: string): void {
  const prefix = `.xf-tmp-${basename(target)}-`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const m = /^(\d+)-[0-9a-f]{8}$/.exec(n.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    rmSync(join(dirname(target), n), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeTemp(target: string, data: string | Uint8Array): string {
  mkdirSync(dirname(target), { recursive: true });
  cleanStaleTemps(target);
  const tmp = tempPathFor(target);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return tmp;
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Files that belong together (a form's PDF and DOCX): all written, or none. Each is staged beside
 * its target first; only when every one is on disk are they renamed; a failure removes them all.
 */
export function writeFilesAtomic(files: { path: string; data: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  const placed: string[] = [];
  try {
    for (const f of files) staged.push({ tmp: writeTemp(f.path, f.data), path: f.path });
    for (const s of staged) {
      renameSync(s.tmp, s.path);
      placed.push(s.path);
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    for (const p of placed) rmSync(p, { force: true });
    throw e;
  }
}

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path: target, data }]);
}

/**
 * Build a directory in a temporary sibling and rename it into place, so that a reader (or a crash)
 * sees either nothing or the finished directory. `build` receives the temporary path.
 */
export async function buildDirAtomic(target: string, build: (tmpDir: string) => Promise<void> | void): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  mkdirSync(tmp);
  try {
    await build(tmp);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
