// One render worker of a year run (render-pool.ts): builds its FormEngine once, then renders the
// forms of each case it is sent (collectDocuments, the same function the main thread would call).
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseRecord } from '../domain/case.js';
import { XfError } from '../domain/errors.js';
import { setLang } from '../domain/i18n.js';
import { FormEngine } from '../forms/engine.js';
import { collectDocuments } from './documents.js';
import { collectGarbage, GC_EVERY } from './memory.js';
import type { RenderJob, RenderReply, RenderSetup } from './render-pool.js';

const setup = workerData as RenderSetup;
setLang(setup.lang);
const engine = new FormEngine(setup.engine);
let done = 0;

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
  parentPort!.postMessage(reply);
  if (++done % GC_EVERY === 0) collectGarbage();
});
