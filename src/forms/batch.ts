// Rendering many cases at once: the calling thread and worker threads, each with one FormEngine
// (fonts parsed and the template compiled once per thread), cases handed out in small chunks so
// every thread stays busy. The calling thread is one of the renderers: a worker costs ~0.1 s CPU to
// load and about a second more before its code is optimised, which a thread that has rendered
// before (or has the engine loaded, as the CLI has) does not pay again. Workers return bytes
// (transferred, not copied); the caller decides where to write them.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import { XfError, type Violation } from '../domain/errors.js';
import { FormEngine } from './engine.js';

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
  /** Rendering threads, the calling one included (default: one per core). */
  workers?: number;
  chunk?: number;
  /** Cases per extra thread (default PER_WORKER). */
  perWorker?: number;
  /** false: only worker threads render, the calling thread stays free (default true). */
  callerRenders?: boolean;
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

/** Cases per extra thread below which a worker costs more CPU than it saves time. */
export const PER_WORKER = 200;

/** One case of a batch: its bytes, or its errors (the batch goes on with the others). */
export async function renderRecord(engine: FormEngine, job: BatchJob, rec: CaseRecord): Promise<BatchResult> {
  try {
    const r = await engine.render(job.formId, rec, { pdf: job.pdf, docx: job.docx, ...(job.qr ? { qr: true } : {}), ...(job.masked ? { masked: true } : {}) });
    const out: BatchResult = { case_no: rec.case_no };
    if (r.pdf) out.pdf = r.pdf;
    if (r.docx) out.docx = r.docx;
    return out;
  } catch (e) {
    if (e instanceof XfError) return { case_no: rec.case_no, violations: e.violations, error: e.message };
    // a fault of xf with this case: named as one, without a stack trace (the batch goes on; `xf form` on the case shows it in full)
    return { case_no: rec.case_no, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Render one form for every record; resolves when all are done. Results arrive through onResult. */
export async function runBatch(job: BatchJob, records: CaseRecord[], opts: BatchOptions = {}): Promise<{ ok: number; failed: number; threads: number }> {
  const total = records.length;
  if (!total) return { ok: 0, failed: 0, threads: 0 };
  // a worker thread pays ~1 s CPU (loading, then its code optimised) before it renders at full
  // speed: one for each PER_WORKER cases at most, the calling thread rendering the rest
  const mine = opts.callerRenders !== false;
  const n = Math.max(1, Math.min(opts.workers ?? availableParallelism(), Math.floor(total / (opts.perWorker ?? PER_WORKER))));
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
  const report = (r: BatchResult) => {
    done++;
    if (r.pdf || r.docx) ok++;
    else failed++;
    opts.onResult?.(r, done, total);
  };
  const workers: Worker[] = [];
  const spawned = mine ? n - 1 : n;
  const url = spawned ? workerUrl() : undefined;
  let stop = false;
  // this thread's share: one case at a time, yielding between them so the workers' results are
  // taken (and they are fed) while it renders
  const here = async () => {
    if (!mine) return;
    const engine = new FormEngine({ office: job.office, ...(job.home ? { home: job.home } : {}), ...(job.templatesDir ? { templatesDir: job.templatesDir } : {}) });
    for (;;) {
      if (spawned) await new Promise<void>((res) => setImmediate(res));
      if (stop) return;
      const slice = take();
      if (!slice.length) return;
      for (const rec of slice) {
        const r = await renderRecord(engine, job, rec);
        if (stop) return;
        report(r);
        if (spawned) await new Promise<void>((res) => setImmediate(res));
      }
    }
  };
  try {
    await Promise.all([
      here(),
      ...Array.from(
        { length: spawned },
        () =>
          new Promise<void>((resolve, reject) => {
            const w = new Worker(url!, { workerData: job });
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
                for (const r of m.results ?? []) report(r);
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
    ]);
  } finally {
    stop = true;
    for (const w of workers) void w.terminate();
  }
  return { ok, failed, threads: n };
}
