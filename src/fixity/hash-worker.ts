// Worker thread: hashes the files of each batch it is sent, one after another, reporting bytes read
// as it goes. Small files travel in batches so that message round trips do not dominate.
import { parentPort } from 'node:worker_threads';
import { hashFileSync } from '../bagit/hash.js';
import type { Algorithm } from '../bagit/algorithms.js';

export interface WorkerTask {
  id: number;
  path: string;
  algorithms: Algorithm[];
}
export type WorkerResult = { id: number; size: number; digests: Partial<Record<Algorithm, string>> } | { id: number; error: string };
export type WorkerReply = { type: 'progress'; bytes: number } | { type: 'done'; results: WorkerResult[]; bytes: number };

const PROGRESS_EVERY = 8 << 20;

parentPort!.on('message', (batch: WorkerTask[]) => {
  let pending = 0;
  const onBytes = (n: number) => {
    pending += n;
    if (pending >= PROGRESS_EVERY) {
      parentPort!.postMessage({ type: 'progress', bytes: pending } satisfies WorkerReply);
      pending = 0;
    }
  };
  const results: WorkerResult[] = batch.map((task) => {
    try {
      const r = hashFileSync(task.path, task.algorithms, onBytes);
      return { id: task.id, size: r.size, digests: r.digests };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return { id: task.id, error: err.code ?? err.message };
    }
  });
  parentPort!.postMessage({ type: 'done', results, bytes: pending } satisfies WorkerReply);
});
