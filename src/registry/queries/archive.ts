// The archive's statements: which cases a year's run files, and the 件号/案卷号 reserved for them
// in the register's serials.
import type Database from 'better-sqlite3';
import type { ArchiveQueries } from '../store.js';
import { lazyStatements } from './prepared.js';

export function archiveQueries(db: Database.Database): ArchiveQueries {
  const lazy = lazyStatements(db);
  const toArchive = lazy("SELECT COUNT(*) AS n FROM cases WHERE status = 'terminated' AND closed_date BETWEEN ? AND ?");
  const page = lazy('SELECT case_no FROM cases WHERE status = ? AND closed_date BETWEEN ? AND ? AND case_no > ? ORDER BY case_no LIMIT ?');
  const years = lazy("SELECT DISTINCT CAST(substr(closed_date, 1, 4) AS INTEGER) AS y FROM cases WHERE status IN ('terminated', 'archived') AND closed_date IS NOT NULL ORDER BY y");
  const reservations = lazy('SELECT seq, kind FROM serial_issues WHERE case_no = ? AND year = ? AND voided = 0 ORDER BY issued_at, seq');
  const serialNumber = lazy('SELECT seq FROM serial_issues WHERE serial = ?');
  const reserved = lazy('SELECT seq FROM serial_issues WHERE case_no = ? AND year = ? AND kind = ? AND voided = 0 ORDER BY seq LIMIT 1');
  // the archive event's order among the year's filings: the same before and after a rebuild
  const filedBefore = lazy(
    "SELECT COUNT(*) AS n FROM events e JOIN cases c ON c.case_no = e.case_no WHERE e.event = 'archive' AND c.closed_date BETWEEN ? AND ? AND e.seq < COALESCE((SELECT MIN(seq) FROM events WHERE case_no = ? AND event = 'archive'), 9223372036854775807)",
  );
  const lastEvent = lazy('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1');
  return {
    countToArchive: (p) => (toArchive().get(p.from, p.to) as { n: number }).n,
    closedCasePage: (status, p, after, limit) => (page().all(status, p.from, p.to, after, limit) as { case_no: string }[]).map((r) => r.case_no),
    closedYears: () => (years().all() as { y: number }[]).map((r) => r.y),
    reservations: (caseNo, year) => reservations().all(caseNo, year) as { seq: number; kind: string }[],
    serialNumber: (serial) => (serialNumber().get(serial) as { seq: number } | undefined)?.seq,
    reservedNumber: (caseNo, year, kind) => (reserved().get(caseNo, year, kind) as { seq: number } | undefined)?.seq,
    filedBefore: (caseNo, p) => (filedBefore().get(p.from, p.to, caseNo) as { n: number }).n,
    lastEvent: () => lastEvent().get() as { seq: number; hash: string } | undefined,
  };
}
