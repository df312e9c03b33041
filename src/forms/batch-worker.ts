// One batch worker: builds its FormEngine once, then renders the chunks of cases it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseRecord } from '../domain/case.js';
import { FormEngine } from './engine.js';
import { renderRecord, type BatchJob, type BatchResult } from './batch.js';

const job = workerData as BatchJob;
const engine = new FormEngine({ office: job.office, ...(job.home ? { home: job.home } : {}), ...(job.templatesDir ? { templatesDir: job.templatesDir } : {}) });
engine.template(job.formId);

parentPort!.on('message', async (slice: CaseRecord[] | null) => {
  if (slice === null) {
    parentPort!.close();
    return;
  }
  const results: BatchResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const rec of slice) {
    const out = await renderRecord(engine, job, rec);
    if (out.pdf) transfer.push(out.pdf.buffer as ArrayBuffer);
    if (out.docx) transfer.push(out.docx.buffer as ArrayBuffer);
    results.push(out);
  }
  // a buffer may back several views; transfer each once
  parentPort!.postMessage({ results }, [...new Set(transfer)]);
});
parentPort!.postMessage({ ready: true });
