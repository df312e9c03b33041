// The form batch (issue 16): the calling thread renders with the workers, a worker only for each
// `perWorker` cases; whichever thread renders a case, its bytes are those of a render on its own.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../helpers/xf.js';
import { loadCases, testOffice } from './helpers.js';

// The tsc output (built by the global setup): the workers run its .js files.
const { runBatch, PER_WORKER } = (await import(join(ROOT, 'dist', 'forms', 'batch.js'))) as typeof import('../../src/forms/batch.js');
const { FormEngine } = (await import(join(ROOT, 'dist', 'forms', 'engine.js'))) as typeof import('../../src/forms/engine.js');

const FORM = 'handling_opinion';
const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office)
  .map((c) => c.record)
  .filter((r) => engine.reaches(FORM, r));
// twelve cases: the samples that reach the form, over again under other numbers
const records = Array.from({ length: 12 }, (_, i) => ({ ...structuredClone(cases[i % cases.length]!), case_no: `2026-${String(900 + i)}` }));

async function batch(opts: Parameters<typeof runBatch>[2]) {
  const got = new Map<string, Uint8Array>();
  const r = await runBatch({ formId: FORM, office, pdf: true, docx: false }, records, { ...opts, onResult: (x) => got.set(x.case_no, x.pdf!) });
  return { ...r, got };
}

describe('form batch', () => {
  it('has cases to render', () => {
    expect(cases.length).toBeGreaterThan(1);
  });

  it('a small batch renders in the calling thread alone', async () => {
    expect(records.length).toBeLessThan(2 * PER_WORKER);
    const r = await batch({ workers: 2 });
    expect(r).toMatchObject({ ok: records.length, failed: 0, threads: 1 });
    for (const rec of records) expect(Buffer.compare(r.got.get(rec.case_no)!, (await engine.render(FORM, rec, { pdf: true })).pdf!)).toBe(0);
  });

  it('workers give the bytes a render on its own gives (the calling thread left out, so they render them all)', async () => {
    const r = await batch({ workers: 2, perWorker: 4, callerRenders: false, chunk: 2 });
    expect(r).toMatchObject({ ok: records.length, failed: 0, threads: 2 });
    for (const rec of records) expect(Buffer.compare(r.got.get(rec.case_no)!, (await engine.render(FORM, rec, { pdf: true })).pdf!)).toBe(0);
  }, 60_000);

  it('the calling thread and a worker together render every case once', async () => {
    const r = await batch({ workers: 2, perWorker: 4, chunk: 1 });
    expect(r).toMatchObject({ ok: records.length, failed: 0, threads: 2 });
    expect([...r.got.keys()].sort()).toEqual(records.map((x) => x.case_no).sort());
  }, 60_000);
});
