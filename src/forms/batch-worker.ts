// One batch worker: builds its FormEngine once, then renders the chunks of cases it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { XfError } from '../domain/errors.js';
import type { CaseRecord } from '../domain/case.js';
import { FormEngine } from './engine.js';
import type { BatchJob, BatchResult } from './batch.js';

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
    try {
      const r = await engine.render(job.formId, rec, { pdf: job.pdf, docx: job.docx, ...(job.qr ? { qr: true } : {}), ...(job.masked ? { masked: true } : {}) });
      const out: BatchResult = { case_no: rec.case_no };
      if (r.pdf) {
        out.pdf = r.pdf;
        transfer.push(r.pdf.buffer as ArrayBuffer);
      }
      if (r.docx) {
        out.docx = r.docx;
        transfer.push(r.docx.buffer as ArrayBuffer);
      }
      results.push(out);
    } catch (e) {
      if (e instanceof XfError) results.push({ case_no: rec.case_no, violations: e.violations, error: e.message });
      // a fault of xf with this case: named as one, without a stack trace (the batch goes on; `xf form` on the case shows it in full)
      else results.push({ case_no: rec.case_no, error: `internal error: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  // a buffer may back several views; transfer each once
  parentPort!.postMessage({ results }, [...new Set(transfer)]);
});
parentPort!.postMessage({ ready: true });
