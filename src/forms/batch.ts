// Rendering many cases at once: worker threads, each with one FormEngine (fonts parsed and the
// template compiled once per worker), cases handed out in small chunks so the workers stay busy.
// Workers return bytes (transferred, not copied); the caller decides where to write them.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import type { Violation } from '../domain/errors.js';

export interface BatchJob {
  formId: string;
  office: OfficeConfig;
  templatesDir?: string;
  home?: string;
  pdf: boolean;
  docx: boolean;
  qr?: boolean;
  /** Internal forms of confidential cases with identities masked (no logged --include-confidential). */
  masked?: boolean;
}

export interface BatchResult {
  case_no: string;
  pdf?: Uint8Array;
  docx?: Uint8Array;
  /** The case's errors (nothing rendered) — the batch goes on with the others. */
  violations?: Violation[];
  error?: string;
}

export interface BatchOptions {
  workers?: number;
  chunk?: number;
  onResult?: (r: BatchResult, done: number, total: number) => void;
}

/**
 * The worker bundled with the CLI (build/bundle.mjs) unless it is missing or older than tsc's (as
 * bin/xf chooses): a thread that imports tsc's output module by module spends ~0.25 s CPU on it
 * before its first form. XF_NO_BUNDLE=1 runs tsc's worker.
 */
function workerUrl(): URL {
  const plain = new URL('./batch-worker.js', import.meta.url);
  const bundled = new URL('../bundle/batch-worker.js', import.meta.url);
  const mtime = (u: URL) => statSync(fileURLToPath(u), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  return process.env.XF_NO_BUNDLE !== '1' && mtime(bundled) >= Math.max(0, mtime(plain)) ? bundled : plain;
}

/** Render one form for every record; resolves when all are done. Results arrive through onResult. */
export async function runBatch(job: BatchJob, records: CaseRecord[], opts: BatchOptions = {}): Promise<{ ok: number; failed: number }> {
  const total = records.length;
  if (!total) return { ok: 0, failed: 0 };
  const n = Math.max(1, Math.min(opts.workers ?? availableParallelism(), Math.ceil(total / 4)));
  const chunk = opts.chunk ?? 8;
  let next = 0,
    done = 0,
    ok = 0,
    failed = 0;
  const take = () => {
    const slice = records.slice(next, next + chunk);
    next += slice.length;
    return slice;
  };
  const workers: Worker[] = [];
  const url = workerUrl();
  try {
    await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<void>((resolve, reject) => {
            const w = new Worker(url, { workerData: job });
            workers.push(w);
            const feed = () => {
              const slice = take();
              if (slice.length) w.postMessage(slice);
              else {
                w.postMessage(null);
              }
            };
            w.on('message', (m: { results?: BatchResult[]; ready?: boolean }) => {
              if (m.ready) {
                feed();
                return;
              }
              try {
                for (const r of m.results ?? []) {
                  done++;
                  if (r.pdf || r.docx) ok++;
                  else failed++;
                  opts.onResult?.(r, done, total);
                }
              } catch (e) {
                // the caller's handler failed (it writes the files): end the batch with its error, not a crash
                reject(e);
                return;
              }
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`form worker exited with ${code}`))));
          }),
      ),
    );
  } finally {
    for (const w of workers) void w.terminate();
  }
  return { ok, failed };
}
