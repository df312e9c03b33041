// A pool of hashing worker threads. Files go largest first so one big file starts early instead of
// being the straggler at the end; each worker takes the next file as soon as it is free.
import { Worker } from 'node:worker_threads';
import type { Algorithm } from '../bagit/algorithms.js';
import type { WorkerReply } from './hash-worker.js';
import type { HashResult } from './check-bag.js';

export interface PoolTask { abs: string; size: number; algorithms: Algorithm[] }

export interface PoolCallbacks {
  onResult: (task: PoolTask, result: HashResult) => void;
  onBytes?: (n: number) => void;
}

const WORKER_URL = new URL('./hash-worker.js', import.meta.url);

/** Hash every task with `jobs` workers. Resolves false if aborted (workers are terminated at once). */
export function runPool(tasks: PoolTask[], jobs: number, cb: PoolCallbacks, signal?: AbortSignal): Promise<boolean> {
  const queue = [...tasks].sort((a, b) => b.size - a.size || (a.abs < b.abs ? -1 : 1));
  const n = Math.max(1, Math.min(jobs, queue.length));
  if (queue.length === 0) return Promise.resolve(true);
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
    signal?.addEventListener('abort', onAbort);

    const feed = (w: Worker, inFlight: { task?: PoolTask }) => {
      if (finished) return;
      if (next >= queue.length) {
        inFlight.task = undefined;
        if (running === 0) finish(true);
        return;
      }
      const id = next++;
      inFlight.task = queue[id]!;
      running++;
      w.postMessage({ id, path: inFlight.task.abs, algorithms: inFlight.task.algorithms });
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(WORKER_URL);
      const inFlight: { task?: PoolTask } = {};
      workers.push(w);
      w.on('message', (m: WorkerReply) => {
        if (finished) return;
        if (m.bytes) cb.onBytes?.(m.bytes);
        if (m.type === 'progress') return;
        running--;
        const task = inFlight.task!;
        try {
          cb.onResult(task, m.type === 'done' ? { size: m.size, digests: m.digests } : { error: m.error });
        } catch (e) {
          finish(false, e);
          return;
        }
        feed(w, inFlight);
      });
      w.on('error', (e) => finish(false, e));
      feed(w, inFlight);
    }
  });
}
