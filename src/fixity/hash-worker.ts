// Worker thread: hashes the files of each batch it is sent, one after another, reporting bytes read
// as it goes. Small files travel in batches so that message round trips do not dominate.
import { parentPort } from 'node:worker_threads';
import { PROGRESS_EVERY, hashOne } from '../bagit/hash.js';
import type { Algorithm } from '../bagit/algorithms.js';

export interface WorkerTask {
  id: number;
  path: string;
  algorithms: Algorithm[];
}
export type WorkerResult = { id: number; size: number; digests: Partial<Record<Algorithm, string>> } | { id: number; error: string };
export type WorkerReply = { type: 'progress'; bytes: number } | { type: 'done'; results: WorkerResult[]; bytes: number };

parentPort!.on('message', (batch: WorkerTask[]) => {
  let pending = 0;
  const onBytes = (n: number) => {
    pending += n;
    if (pending >= PROGRESS_EVERY) {
      parentPort!.postMessage({ type: 'progress', bytes: pending } satisfies WorkerReply);
      pending = 0;
    }
  };
  const results: WorkerResult[] = batch.map((task) => ({ id: task.id, ...hashOne(task.path, task.algorithms, onBytes) }));
  parentPort!.postMessage({ type: 'done', results, bytes: pending } satisfies WorkerReply);
});
