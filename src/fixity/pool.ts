// A pool of hashing worker threads. Files go largest first so one big file starts early instead of
// being the straggler at the end; each worker takes the next file as soon as it is free. Small files
// go in batches (up to BATCH_FILES files or BATCH_BYTES bytes) to save message round trips.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Algorithm } from '../bagit/algorithms.js';
import type { WorkerReply, WorkerTask } from './hash-worker.js';
import type { HashResult } from './check-bag.js';

export interface PoolTask {
  abs: string;
  size: number;
  algorithms: Algorithm[];
}

export interface PoolCallbacks {
  onResult: (task: PoolTask, result: HashResult) => void;
  onBytes?: (n: number) => void;
}

const WORKER_URL = new URL('./hash-worker.js', import.meta.url);
const BATCH_FILES = 64;
const BATCH_BYTES = 4 << 20;

const warm: Worker[] = [];
/** Why a prestarted worker died before it was used (runPool reports it instead of waiting forever). */
let warmError: unknown;

/**
 * Start `n` workers now (at most one per core) so that their start-up (~40 ms each) overlaps finding
 * and planning the bags. Unreferenced until runPool takes them: an error before hashing leaves no
 * thread holding the process, and releaseWarmWorkers() ends the ones never used.
 */
export function prestartWorkers(n: number): void {
  while (warm.length < Math.min(n, availableParallelism())) {
    const w = new Worker(WORKER_URL);
    w.unref();
    w.on('error', (e) => {
      warmError ??= e;
    });
    w.once('exit', () => {
      const i = warm.indexOf(w);
      if (i >= 0) warm.splice(i, 1);
    });
    warm.push(w);
  }
}

export function releaseWarmWorkers(): void {
  for (const w of warm.splice(0)) void w.terminate();
}

/** Hash every task with `jobs` workers. Resolves false if aborted (workers are terminated at once). */
export function runPool(tasks: PoolTask[], jobs: number, cb: PoolCallbacks, signal?: AbortSignal): Promise<boolean> {
  const queue = [...tasks].sort((a, b) => b.size - a.size || (a.abs < b.abs ? -1 : 1));
  const n = Math.max(1, Math.min(jobs, queue.length));
  if (warmError) {
    const e = warmError;
    warmError = undefined;
    releaseWarmWorkers();
    return Promise.reject(e);
  }
  if (queue.length === 0) {
    releaseWarmWorkers();
    return Promise.resolve(true);
  }
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let running = 0;
    let finished = false;
    const finish = (ok: boolean, err?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate())).then(() => (err ? reject(err) : resolve(ok)));
    };
    const onAbort = () => finish(false);
    if (signal?.aborted) return resolve(false);
    // warm workers beyond what this run needs are not kept waiting
    for (const w of warm.splice(n)) void w.terminate();
    signal?.addEventListener('abort', onAbort);

    const feed = (w: Worker) => {
      if (finished) return;
      if (next >= queue.length) {
        if (running === 0) finish(true);
        return;
      }
      const batch: WorkerTask[] = [];
      let bytes = 0;
      while (next < queue.length && batch.length < BATCH_FILES && (batch.length === 0 || bytes + queue[next]!.size <= BATCH_BYTES)) {
        const t = queue[next]!;
        batch.push({ id: next, path: t.abs, algorithms: t.algorithms });
        bytes += t.size;
        next++;
      }
      running++;
      w.postMessage(batch);
    };
    for (let i = 0; i < n; i++) {
      const w = warm.shift() ?? new Worker(WORKER_URL);
      w.ref();
      workers.push(w);
      w.on('message', (m: WorkerReply) => {
        if (finished) return;
        if (m.bytes) cb.onBytes?.(m.bytes);
        if (m.type === 'progress') return;
        running--;
        try {
          for (const r of m.results) cb.onResult(queue[r.id]!, 'error' in r ? { error: r.error } : { size: r.size, digests: r.digests });
        } catch (e) {
          finish(false, e);
          return;
        }
        feed(w);
      });
      w.on('error', (e) => finish(false, e));
      // a worker that stops without an error event (killed, out of memory) must not leave the run waiting
      w.on('exit', (code) => finish(false, new Error(`hash worker stopped (exit code ${code})`)));
      feed(w);
    }
  });
}
