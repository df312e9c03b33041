// Worker thread: hashes one file per message, reporting bytes read as it goes.
import { parentPort } from 'node:worker_threads';
import { hashFileSync } from '../bagit/hash.js';
import type { Algorithm } from '../bagit/algorithms.js';

export interface WorkerTask { id: number; path: string; algorithms: Algorithm[] }
export type WorkerReply =
  | { type: 'progress'; bytes: number }
  | { type: 'done'; id: number; size: number; digests: Partial<Record<Algorithm, string>>; bytes: number }
  | { type: 'error'; id: number; error: string; bytes: number };

const PROGRESS_EVERY = 8 << 20;

parentPort!.on('message', (task: WorkerTask) => {
  let pending = 0;
  const onBytes = (n: number) => {
    pending += n;
    if (pending >= PROGRESS_EVERY) { parentPort!.postMessage({ type: 'progress', bytes: pending } satisfies WorkerReply); pending = 0; }
  };
  try {
    const r = hashFileSync(task.path, task.algorithms, onBytes);
    parentPort!.postMessage({ type: 'done', id: task.id, size: r.size, digests: r.digests, bytes: pending } satisfies WorkerReply);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    parentPort!.postMessage({ type: 'error', id: task.id, error: err.code ?? err.message, bytes: pending } satisfies WorkerReply);
  }
});
