// The hashing threads: the main thread and `jobs - 1` workers. Files go largest first (within each
// round the source hands in) so one big file starts early instead of being the straggler at the end;
// each worker is kept DEPTH batches ahead, and the main thread hashes a batch whenever they are.
// Small files go in batches (up to BATCH_FILES files or BATCH_BYTES bytes) to save message round trips.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Algorithm } from '../bagit/algorithms.js';
import { PROGRESS_EVERY, hashOne } from '../bagit/hash.js';
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
/** Batches sent to a worker ahead of its replies. */
const DEPTH = 2;

let smallHeap = false;
const applySmallHeap = () => {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
};

/**
 * For a process that runs one verification (the CLI): keep the main thread's heap near its live data
 * (~10 MB). Left to itself V8 grows the young generation to two 16 MB semi-spaces under a long run's
 * allocation rate, and lets the old one fill with up to four times the live data before collecting:
 * over 50k small files the heap peaked at 48 MB with -j1 (80 MB with -j2), 24 MB with these flags;
 * peak RSS 135 → 87 MB (-j1), 165 → 106 MB (-j2), with no CPU cost we could measure. Starting a
 * worker resets V8's flags, so they are set again once each worker is up.
 */
export function keepHeapSmall(): void {
  smallHeap = true;
  applySmallHeap();
}

/** A hashing thread. Its live data is a batch or two, so a small young generation is all it needs (its heap stays near 10 MB). */
function startWorker(): Worker {
  const w = new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
  if (smallHeap) w.once('online', applySmallHeap);
  return w;
}

const warm: Worker[] = [];
/** Why a prestarted worker died before it was used (runPool reports it instead of waiting forever). */
let warmError: unknown;

/**
 * Start the workers `n` jobs need now (one fewer than `n`, at most one fewer than the cores: the main
 * thread hashes too) so that their start-up (~30 ms each) overlaps finding and planning the bags. Unreferenced until runPool takes them: an error before hashing leaves no
 * thread holding the process, and releaseWarmWorkers() ends the ones never used.
 */
export function prestartWorkers(n: number): void {
  // A worker starting resets the main thread's V8 flags (keepHeapSmall), and its 'online' event, which
  // sets them again, waits for the main thread: under a long synchronous discovery (a million files)
  // the young generation grew to 32 MB meanwhile. Those workers start with the pool instead, while
  // the main thread hashes its first batch.
  if (smallHeap) return;
  // the main thread is one of the jobs (runPool)
  while (warm.length < Math.min(n, availableParallelism()) - 1) {
    const w = startWorker();
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
 * Hash every task with `jobs` threads, the main thread and `jobs - 1` workers. Tasks come from `source` in rounds (the verifier plans the
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
  /** The next batch off the queue, the queue refilled first; undefined once there is nothing left. */
  const take = (): PoolTask[] | undefined => {
    refill();
    if (next >= queue.length) return undefined;
    const end = takeBatch(queue, next);
    const batch = queue.slice(next, end);
    next = end;
    // the queue's head is dropped as it is handed out, so hashed tasks do not stay referenced
    if (next > lowWater) {
      queue = queue.slice(next);
      next = 0;
    }
    return batch;
  };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const inFlight = new Map<number, PoolTask>();
    const sent = new Map<Worker, number>();
    let ids = 0;
    let running = 0;
    let finished = false;
    let wake: (() => void) | undefined;
    const finish = (ok: boolean, err?: unknown) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      wake?.();
      void Promise.all(workers.map((w) => w.terminate())).then(() => (err ? reject(err) : resolve(ok)));
    };
    const onAbort = () => finish(false);
    // The main thread is one of the `jobs`: it hashes whenever the workers have their next batch
    // waiting. A worker costs its start-up (~30 ms CPU), a heap of its own and a structured clone of
    // every result, so -j1 has none, and -j2 one that never waits for the main thread.
    for (const w of warm.splice(n - 1)) void w.terminate();
    signal?.addEventListener('abort', onAbort);

    /** Keep DEPTH batches with each worker, so that it goes on while the main thread hashes. */
    const feed = (w: Worker) => {
      while (!finished && sent.get(w)! < DEPTH) {
        const b = take();
        if (!b) return;
        const batch: WorkerTask[] = b.map((t) => {
          const id = ids++;
          inFlight.set(id, t);
          return { id, path: t.abs, algorithms: t.algorithms };
        });
        sent.set(w, sent.get(w)! + 1);
        running++;
        w.postMessage(batch);
      }
    };
    for (let i = 0; i < n - 1; i++) {
      const w = warm.shift() ?? startWorker();
      w.ref();
      workers.push(w);
      sent.set(w, 0);
      w.on('message', (m: WorkerReply) => {
        if (finished) return;
        if (m.bytes) cb.onBytes?.(m.bytes);
        if (m.type === 'progress') return;
        running--;
        sent.set(w, sent.get(w)! - 1);
        try {
          for (const r of m.results) {
            const task = inFlight.get(r.id)!;
            inFlight.delete(r.id);
            cb.onResult(task, 'error' in r ? { error: r.error } : { size: r.size, digests: r.digests });
          }
          feed(w);
        } catch (e) {
          finish(false, e);
          return;
        }
        wake?.();
      });
      w.on('error', (e) => finish(false, e));
      // a worker that stops without an error event (killed, out of memory) must not leave the run waiting
      w.on('exit', (code) => finish(false, new Error(`hash worker stopped (exit code ${code})`)));
    }
    releaseWarmWorkers();

    let pending = 0;
    const onBytes = cb.onBytes
      ? (k: number) => {
          pending += k;
          if (pending >= PROGRESS_EVERY) {
            cb.onBytes!(pending);
            pending = 0;
          }
        }
      : undefined;
    const here = async () => {
      while (!finished) {
        for (const w of workers) feed(w);
        const batch = take();
        if (batch) {
          for (const t of batch) cb.onResult(t, hashOne(t.abs, t.algorithms, onBytes));
          if (pending) cb.onBytes!(pending);
          pending = 0;
          // let the workers' replies, an abort (SIGINT) and the progress bar have their turn
          await nextTurn();
        } else if (running === 0) finish(true);
        else
          await new Promise<void>((r) => {
            wake = r;
          });
        wake = undefined;
      }
    };
    here().catch((e: unknown) => finish(false, e));
  });
}

/** Where the batch starting at `from` ends: up to BATCH_FILES files or BATCH_BYTES bytes, at least one file. */
function takeBatch(queue: readonly PoolTask[], from: number): number {
  let end = from,
    bytes = 0;
  while (end < queue.length && end - from < BATCH_FILES && (end === from || bytes + queue[end]!.size <= BATCH_BYTES)) bytes += queue[end++]!.size;
  return end;
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
