// One render worker of a year run (render-pool.ts): builds its FormEngine once, then renders the
// forms of each case it is sent (collectDocuments, the same function the main thread would call).
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseRecord } from '../domain/case.js';
import { XfError } from '../domain/errors.js';
import { setLang } from '../domain/i18n.js';
import { FormEngine } from '../forms/engine.js';
import { type CaseDocuments, collectDocuments } from './documents.js';
import { collectGarbage, GC_EVERY } from './memory.js';
import type { RenderJob, RenderReply, RenderSetup } from './render-pool.js';

const setup = workerData as RenderSetup;
setLang(setup.lang);
const engine = new FormEngine(setup.engine);
let done = 0;

/**
 * The rendered files' buffers, moved to the main thread rather than copied (a case's PDFs and DOCX
 * are ~1 MB): only a buffer a file owns whole, once (never a slice of a pooled or shared one).
 */
function transferable(docs: CaseDocuments): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const shared = new Set<ArrayBufferLike>();
  for (const d of docs.documents) {
    if (d.kind !== 'form') continue;
    for (const u of [d.pdf, d.docx]) {
      const b = u.buffer;
      if (b instanceof ArrayBuffer && u.byteOffset === 0 && u.byteLength === b.byteLength && !out.has(b) && !shared.has(b)) out.add(b);
      else {
        shared.add(b);
        out.delete(b as ArrayBuffer);
      }
    }
  }
  return [...out];
}

parentPort!.on('message', async (job: RenderJob | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  let reply: RenderReply;
  try {
    const rec = JSON.parse(job.rec) as CaseRecord;
    reply = { id: job.id, docs: await collectDocuments(rec, engine, setup.attachmentsDir, setup.seal ? { seal: setup.seal } : {}) };
  } catch (e) {
    reply =
      e instanceof XfError
        ? { id: job.id, xf: { code: e.code, message: e.message, violations: e.violations, details: e.details } }
        : { id: job.id, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply, 'docs' in reply ? transferable(reply.docs) : []);
  if (++done % GC_EVERY === 0) collectGarbage();
});
