// A pool of hashing worker threads. Files go largest first (within each round the source hands in)
// so one big file starts early instead of being the straggler at the end; each worker takes the next
// batch as soon as it is free. Small files go in batches (up to BATCH_FILES files or BATCH_BYTES
// bytes) to save message round trips.
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

/** More tasks to hash, asked for whenever the queue runs low; undefined once there are no more. */
export type PoolSource = () => PoolTask[] | undefined;

/**
 * Hash every task with `jobs` workers. Tasks come from `source` in rounds (the verifier plans the
 * next bags when asked): each round is queued largest first, and the next is asked for while the
 * workers still have LOW_WATER files to go. Resolves false if aborted (workers are terminated at once).
 */
export function runPool(source: PoolTask[] | PoolSource, jobs: number, cb: PoolCallbacks, signal?: AbortSignal): Promise<boolean> {
  let pull: PoolSource | undefined = Array.isArray(source) ? once(source) : source;
  let queue: PoolTask[] = [];
  let next = 0;
  const lowWater = Math.max(1, jobs) * BATCH_FILES * 2;
  const refill = () => {
    while (pull && queue.length - next < lowWater) {
      const more = pull();
      if (!more) {
        pull = undefined;
        break;
      }
      if (more.length === 0) continue;
      more.sort(bySize);
      queue = next > 0 ? queue.slice(next).concat(more) : queue.concat(more);
      next = 0;
    }
  };
  if (warmError) {
    const e = warmError;
    warmError = undefined;
    releaseWarmWorkers();
    return Promise.reject(e);
  }
  if (signal?.aborted) return Promise.resolve(false);
  try {
    refill();
  } catch (e) {
    releaseWarmWorkers();
    return Promise.reject(e);
  }
  const n = Math.max(1, Math.min(jobs, queue.length));
  if (queue.length === 0) {
    releaseWarmWorkers();
    return Promise.resolve(true);
  }
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const inFlight = new Map<number, PoolTask>();
    let ids = 0;
    let running = 0;
    let finished = false;
    const finish = (ok: boolean, err?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all(workers.map((w) => w.terminate())).then(() => (err ? reject(err) : resolve(ok)));
    };
    const onAbort = () => finish(false);
    // warm workers beyond what this run needs are not kept waiting
    for (const w of warm.splice(n)) void w.terminate();
    signal?.addEventListener('abort', onAbort);

    const feed = (w: Worker) => {
      if (finished) return;
      try {
        refill();
      } catch (e) {
        finish(false, e);
        return;
      }
      if (next >= queue.length) {
        if (running === 0) finish(true);
        return;
      }
      const batch: WorkerTask[] = [];
      let bytes = 0;
      while (next < queue.length && batch.length < BATCH_FILES && (batch.length === 0 || bytes + queue[next]!.size <= BATCH_BYTES)) {
        const t = queue[next]!;
        const id = ids++;
        inFlight.set(id, t);
        batch.push({ id, path: t.abs, algorithms: t.algorithms });
        bytes += t.size;
        next++;
      }
      // the queue's head is dropped as it is handed out, so hashed tasks do not stay referenced
      if (next > lowWater) {
        queue = queue.slice(next);
        next = 0;
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
          for (const r of m.results) {
            const task = inFlight.get(r.id)!;
            inFlight.delete(r.id);
            cb.onResult(task, 'error' in r ? { error: r.error } : { size: r.size, digests: r.digests });
          }
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

const bySize = (a: PoolTask, b: PoolTask) => b.size - a.size || (a.abs < b.abs ? -1 : 1);

function once(tasks: PoolTask[]): PoolSource {
  let given = false;
  return () => {
    if (given) return undefined;
    given = true;
    return [...tasks];
  };
}
