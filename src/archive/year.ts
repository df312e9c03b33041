// A year's run (xf archive year 2026): every case terminated that year and not yet archived, one at
// a time, in case-number order (so the numbers of a run follow the register), then the year's
// finding aids and manifest. Streams: cases are read from the register a page at a time, and the
// year's list is built dossier by dossier from the bags on disk, so memory does not grow with the
// year. A case the checklist blocks is reported and skipped; the rest of the year goes on.
import { existsSync } from 'node:fs';
import { YEAR_MANIFEST } from '../bagit/index.js';
import { join } from 'node:path';
import { XfError } from '../domain/errors.js';
import type { CaseRecord } from '../domain/case.js';
import type { Archiver, ArchiveResult } from './archiver.js';
import { writeYearFindingAids, type YearAids } from './year-aids.js';
import { collectGarbage, GC_EVERY } from './memory.js';
import { RenderPool } from './render-pool.js';

export interface YearProgress {
  done: number;
  total: number;
  case_no?: string;
  phase: 'cases' | 'index';
}

export interface YearFailure {
  case_no: string;
  code: string;
  message: string;
  missing?: string[];
}

export interface YearResult {
  year: number;
  bundle: string;
  path: string;
  /** Cases filed by this run (recovered from an interrupted run included). */
  archived: number;
  recovered: number;
  /** Archived earlier, their missing dossier rebuilt into this bundle. */
  reproduced: number;
  incomplete: number;
  failures: YearFailure[];
  /** What the filing warned about (a scan below 200 ppi…), each naming its case. */
  warnings: string[];
  aids?: YearAids;
}

const PAGE = 200;
/** A pool of render workers pays for its start-up (each loads the fonts and templates) from this many cases. */
const MIN_POOLED = 6;
/** Cases sent ahead: enough to keep every worker busy while the main thread files one. */
const LOOKAHEAD = 5;

/** Case numbers of a status closed in the range, a page at a time (no statement stays open while we write). */
function* casePages(archiver: Archiver, status: 'terminated' | 'archived', range: { from: string; to: string }): Generator<string> {
  let after = '';
  for (;;) {
    const rows = archiver.reg.archive.closedCasePage(status, range, after, PAGE);
    if (!rows.length) return;
    yield* rows;
    after = rows[rows.length - 1]!;
  }
}

export async function archiveYear(archiver: Archiver, year: number, onProgress?: (p: YearProgress) => void): Promise<YearResult> {
  if (!Number.isInteger(year) || year < 1949 || year > 9999) throw new XfError('USAGE', `year: ${year}`);
  const reg = archiver.reg;
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const res: YearResult = { year, bundle: archiver.bundleOf(year), path: archiver.bundleDir(year), archived: 0, recovered: 0, reproduced: 0, incomplete: 0, failures: [], warnings: [] };
  const pending = reg.archive.countToArchive(range);
  let done = 0;
  onProgress?.({ done, total: pending, phase: 'cases' });
  const record = (r: ArchiveResult) => {
    for (const w of r.warnings ?? []) res.warnings.push(`${r.case_no}：${w}`);
    if (r.outcome === 'archived') {
      res.archived++;
      if (r.recovered) res.recovered++;
      if (r.complete === false) res.incomplete++;
    }
    if (r.outcome === 'reproduced') res.reproduced++;
  };
  const fail = (caseNo: string, e: unknown) => {
    // what is wrong with one case (checklist, its own forms, an unreadable attachment) is reported and
    // the year goes on; anything else (a full disk, a missing template, a digest clash) stops the run
    if (!(e instanceof XfError) || !['VALIDATION', 'ILLEGAL_STEP', 'IO'].includes(e.code)) throw e;
    if (e.details.errno) throw e; // the storage failed (full, read-only…), not the case: stop here
    res.failures.push({ case_no: caseNo, code: e.code, message: e.message, ...(Array.isArray(e.details.missing) ? { missing: e.details.missing as string[] } : {}) });
  };
  // the cases ahead are rendered on the other cores while this thread files them one by one, in order
  const pool = pending >= MIN_POOLED ? RenderPool.create(archiver.engine, { attachmentsDir: archiver.opts.attachmentsDir, ...(archiver.opts.seal ? { seal: archiver.opts.seal } : {}) }) : undefined;
  archiver.pool = pool;
  try {
    const cases = casePages(archiver, 'terminated', range);
    const ahead: string[] = [];
    for (;;) {
      while (ahead.length < (pool ? LOOKAHEAD : 1)) {
        const n = cases.next();
        if (n.done) break;
        ahead.push(n.value);
        if (pool) {
          try {
            pool.prefetch(reg.getCase(n.value));
          } catch {
            // a case that cannot be read now fails in its turn, with its own message
          }
        }
      }
      const caseNo = ahead.shift();
      if (caseNo === undefined) break;
      try {
        record(await archiver.archiveCase(caseNo));
      } catch (e) {
        fail(caseNo, e);
      } finally {
        pool?.forget(caseNo);
      }
      onProgress?.({ done: ++done, total: pending, case_no: caseNo, phase: 'cases' });
      if (done % GC_EVERY === 0) collectGarbage();
    }
  } finally {
    archiver.pool = undefined;
    await pool?.close();
  }
  // cases archived earlier (xf archive case, another --out) whose dossier is not in this bundle yet
  for (const caseNo of casePages(archiver, 'archived', range)) {
    const rec: CaseRecord = reg.getCase(caseNo);
    const code = rec.progress.archived?.archival_code;
    if (code && existsSync(join(res.path, code))) continue;
    // a rebuild that does not match its recorded seal is reported, not fatal: the year goes on
    try {
      record(await archiver.archiveCase(caseNo));
    } catch (e) {
      if (e instanceof XfError && e.code === 'INTEGRITY') res.failures.push({ case_no: caseNo, code: e.code, message: e.message });
      else fail(caseNo, e);
    }
    collectGarbage();
  }
  if (existsSync(res.path)) {
    collectGarbage();
    res.aids = await writeYearFindingAids(archiver, year, (d, total) => onProgress?.({ done: d, total, phase: 'index' }));
  }
  return res;
}

/** After `xf archive case` in a bundle that already has a year manifest: bring its list and manifest up to date. */
export async function refreshYearBundle(archiver: Archiver, year: number): Promise<YearAids | undefined> {
  if (!existsSync(join(archiver.bundleDir(year), YEAR_MANIFEST))) return undefined;
  return writeYearFindingAids(archiver, year);
}
