// Resume checkpoints: while a run hashes, each finished file is appended to <checkpointDir>/<RUN>.jsonl
// (batched, flushed at least every second and on interruption). `--resume RUN` reads it back and
// hashes only what is missing or changed since. The first line is the run's plan.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Algorithm } from '../bagit/index.js';
import type { DoneEntry } from './verify.js';

export interface RunPlan {
  run: string;
  paths: string[];
  bags: string[];
  years: string[];
  algorithms?: Algorithm[];
  started: string;
  unreadable?: { path: string; errno: string }[];
  partial?: string[];
  /** The register consulted (its archive events), when there was one. */
  register?: string;
}

export function checkpointFile(dir: string, run: string): string {
  if (!/^[0-9A-Za-z-]+$/.test(run)) throw new Error(`bad run id: ${run}`);
  return join(dir, `${run}.jsonl`);
}

export class CheckpointWriter {
  private fd: number;
  private buffer: string[] = [];
  private lastFlush = Date.now();
  constructor(
    readonly file: string,
    plan?: RunPlan,
  ) {
    mkdirSync(join(file, '..'), { recursive: true });
    this.fd = openSync(file, 'a');
    if (plan) {
      this.buffer.push(JSON.stringify({ plan }));
      this.flush();
    }
  }
  private bytes = 0;
  /** Buffered; written out every 4096 files, every 64 MiB hashed or every second, whichever comes first
   *  (at 256 files, a run of small files made an fsync every few milliseconds of hashing). */
  add(e: DoneEntry): void {
    this.buffer.push(JSON.stringify({ done: e }));
    this.bytes += e.size;
    if (this.buffer.length >= 4096 || this.bytes >= 64 << 20 || Date.now() - this.lastFlush > 1000) this.flush();
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join('\n') + '\n');
    fsyncSync(this.fd);
    this.buffer = [];
    this.bytes = 0;
    this.lastFlush = Date.now();
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export function readCheckpoint(file: string): { plan?: RunPlan; done: Map<string, DoneEntry> } {
  const done = new Map<string, DoneEntry>();
  let plan: RunPlan | undefined;
  if (!existsSync(file)) return { done };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    let obj: { plan?: RunPlan; done?: DoneEntry };
    try {
      obj = JSON.parse(line) as typeof obj;
    } catch {
      continue;
    } // a line cut by the crash
    if (obj.plan && !plan) plan = obj.plan;
    if (obj.done) done.set(obj.done.abs, obj.done);
  }
  return { plan, done };
}
