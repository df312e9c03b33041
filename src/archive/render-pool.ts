// A year run on every core: worker threads render the forms of the cases ahead (the PDF, DOCX and
// source of each, collectDocuments: most of a case's work) while the main thread files the case in
// hand (checklist, numbers, stamps, finding aids, bag, register) in case-number order as before.
// A case's documents are a function of its record and the engine's settings alone, so a worker
// gives the bytes the main thread would: the dossiers and their 档号 are the same as a run on one
// thread. A worker is handed the record as JSON, and its result is used only for that exact
// record; a case whose record differs by then, or a worker that died, is rendered on the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CaseRecord } from '../domain/case.js';
import { type ErrorCode, type Violation, XfError } from '../domain/errors.js';
import { type Lang, lang } from '../domain/i18n.js';
import type { EngineOptions, FormEngine } from '../forms/engine.js';
import type { CaseDocuments } from './documents.js';

export interface RenderSetup {
  engine: Pick<EngineOptions, 'office' | 'templatesDir' | 'home'>;
  attachmentsDir: string;
  seal?: Uint8Array;
  lang: Lang;
}

export interface RenderJob {
  id: number;
  rec: string;
}

export type RenderReply =
  | { id: number; docs: CaseDocuments }
  | { id: number; xf: { code: ErrorCode; message: string; violations: Violation[]; details: Record<string, unknown> } }
  | { id: number; crash: string };

const WORKER_URL = new URL('./render-worker.js', import.meta.url);
const YOUNG_MB = 4;
const OLD_MB = 96;

interface Pending {
  rec: string;
  /** Resolves to the documents or the case's XfError; undefined: render it here. */
  result: Promise<CaseDocuments | XfError | undefined>;
}

/**
 * One worker beside the main thread: two threads for two cores. A second worker would give the
 * main thread (which files: ~40 % of a case's work) the other core less often, and adds ~85 MB
 * to the resident set, over the 300 MB line. XF_ARCHIVE_WORKERS=n overrides (0: no workers).
 */
export function defaultWorkers(): number {
  const env = process.env.XF_ARCHIVE_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return availableParallelism() > 1 ? 1 : 0;
}

export class RenderPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: RenderJob[] = [];
  private readonly waiting = new Map<number, (r: RenderReply | undefined) => void>();
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private broken = false;

  /** A pool when the engine can be rebuilt in a worker from its options alone (no fonts, calendar or pack objects given). */
  static create(engine: FormEngine, opts: { attachmentsDir: string; seal?: Uint8Array }, workers = defaultWorkers()): RenderPool | undefined {
    const o = engine.opts;
    if (workers < 1 || o.fonts || o.calendar || o.pack) return undefined;
    const setup: RenderSetup = {
      engine: { office: o.office, ...(o.templatesDir ? { templatesDir: o.templatesDir } : {}), ...(o.home ? { home: o.home } : {}) },
      attachmentsDir: opts.attachmentsDir,
      ...(opts.seal ? { seal: opts.seal } : {}),
      lang: lang(),
    };
    return new RenderPool(setup, workers);
  }

  private constructor(setup: RenderSetup, n: number) {
    for (let i = 0; i < n; i++) {
      // a small heap: the worker's share of the 300 MB a year run may take. It holds ~25 MB live
      // (measured) and collects every few cases (render-worker.ts); left to V8 its nursery alone
      // would take up to 48 MB. A worker that still runs out ends, and the main thread renders on.
      const w = new Worker(WORKER_URL, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
      w.unref();
      w.on('message', (r: RenderReply) => {
        const done = this.waiting.get(r.id);
        this.waiting.delete(r.id);
        this.idle.push(w);
        this.pump();
        done?.(r);
      });
      // a worker that dies leaves its cases, and the cases after, to the main thread
      w.on('error', () => this.fail());
      w.on('exit', () => this.fail());
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private fail(): void {
    this.broken = true;
    this.queue.length = 0;
    for (const done of this.waiting.values()) done(undefined);
    this.waiting.clear();
  }

  /** Start rendering a case ahead of its turn. */
  prefetch(rec: CaseRecord): void {
    if (this.broken || this.pending.has(rec.case_no)) return;
    const json = JSON.stringify(rec);
    const id = this.nextId++;
    const result = new Promise<RenderReply | undefined>((resolve) => this.waiting.set(id, resolve)).then((r) => {
      if (!r || 'crash' in r) return undefined;
      if ('xf' in r) return new XfError(r.xf.code, r.xf.message, r.xf.violations, r.xf.details);
      return r.docs;
    });
    this.pending.set(rec.case_no, { rec: json, result });
    this.queue.push({ id, rec: json });
    this.pump();
  }

  get ahead(): number {
    return this.pending.size;
  }

  /** The case's documents as a worker rendered them, if it was sent this very record; undefined: render it here. */
  async take(rec: CaseRecord): Promise<CaseDocuments | undefined> {
    const p = this.pending.get(rec.case_no);
    if (!p) return undefined;
    this.pending.delete(rec.case_no);
    const r = await p.result;
    if (p.rec !== JSON.stringify(rec)) return undefined;
    if (r instanceof XfError) throw r;
    return r;
  }

  /** Drop what was rendered for a case that was not taken (it failed before its forms were needed). */
  forget(caseNo: string): void {
    this.pending.delete(caseNo);
  }

  async close(): Promise<void> {
    this.fail();
    this.pending.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
