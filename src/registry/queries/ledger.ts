// The ledger's statements: the register sheets and the quarterly figures read cases with a
// repeat-petition flag computed by SQLite from the indexed fingerprint; the export log is appended,
// each row chained to the one before (export-chain.ts).
import type Database from 'better-sqlite3';
import { exportHash } from '../export-chain.js';
import type { ExportLogRow, ExportRecord, LedgerCaseRow, LedgerQueries, LedgerSheetFilter, Period } from '../store.js';
import { lazyStatements } from './prepared.js';

/** A case repeats an earlier one when its fingerprint (normalised request, facts and reasons, set at
 *  registration) equals that of a case received earlier — any earlier case, in any year or status. */
const REPEAT = `EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND c.fingerprint <> ''
  AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`;

const CHANNEL = /^[a-z_]+$/;

function* rows(stmt: Database.Statement, ...args: unknown[]): Generator<LedgerCaseRow> {
  for (const r of stmt.iterate(...args) as Iterable<{ record: string; rep: number; case_no: string }>) yield { record: r.record, repeat: r.rep === 1, case_no: r.case_no };
}

export function ledgerQueries(db: Database.Database): LedgerQueries {
  const lazy = lazyStatements(db);
  const countReceived = lazy('SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN ? AND ?');
  const monthly = lazy('SELECT substr(received_date, 1, 7) AS m, COUNT(*) AS n FROM cases WHERE received_date BETWEEN ? AND ? AND registered_date <= ? GROUP BY m');
  const laterEvents = lazy("SELECT DISTINCT case_no FROM events WHERE event_date > ? AND case_no <> '-'");
  const yearly = lazy('SELECT CAST(substr(received_date, 1, 4) AS INTEGER) AS y, COUNT(*) AS n FROM cases GROUP BY y ORDER BY y');
  const lastExport = lazy('SELECT id, hash FROM ledger_exports ORDER BY id DESC LIMIT 1');
  const insertExport = lazy(`INSERT INTO ledger_exports (id, kind, scope, as_of, requested_at, actor, requested_by, include_confidential, rows, confidential_rows, output, sha256, prev, hash)
    VALUES (@id, @kind, @scope, @as_of, @requested_at, @actor, @requested_by, @include_confidential, @rows, @confidential_rows, @output, @sha256, @prev, @hash)`);
  const log = lazy('SELECT * FROM ledger_exports ORDER BY id');
  const sheets = new Map<string, Database.Statement>();
  const quarterly = new Map<number, Database.Statement>();
  return {
    countReceived: (p) => (countReceived().get(p.from, p.to) as { n: number }).n,
    sheetCases(p: Period, f: LedgerSheetFilter) {
      // the channels are the schema's enum values, inlined so each sheet keeps one cached plan
      const channels = f.channels?.map((c) => {
        if (!CHANNEL.test(c)) throw new Error(`not a channel: ${c}`);
        return `'${c}'`;
      });
      const where = `c.received_date BETWEEN ? AND ? AND c.via_agent = ${f.via_agent ? 1 : 0}${channels ? ` AND c.channel IN (${channels.join(', ')})` : ''}`;
      let stmt = sheets.get(where);
      if (!stmt) sheets.set(where, (stmt = db.prepare(`SELECT c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where} ORDER BY c.received_date, c.case_no`)));
      return rows(stmt, p.from, p.to);
    },
    quarterlyCases(cohorts: readonly Period[], events: Period, lookback: string) {
      // No ORDER BY: no sort, so SQLite never holds the records in a temporary tree.
      let stmt = quarterly.get(cohorts.length);
      if (!stmt) {
        const ev = (path: string) => `json_extract(c.record, '$.progress.${path}') BETWEEN @from AND @to`;
        const where = `${cohorts.map((_, i) => `c.received_date BETWEEN @f${i} AND @t${i}`).join(' OR ')} OR (c.received_date BETWEEN @lookback AND @to AND (${ev('extension.notice_date')} OR ${ev('review.application_received_date')} OR ${ev('rereview.application_received_date')}))`;
        quarterly.set(cohorts.length, (stmt = db.prepare(`SELECT c.case_no AS case_no, c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where}`)));
      }
      const params: Record<string, string> = { from: events.from, to: events.to, lookback };
      cohorts.forEach((p, i) => {
        params[`f${i}`] = p.from;
        params[`t${i}`] = p.to;
      });
      return rows(stmt, params);
    },
    monthlyCounts: (p, registeredBy = '9999-12-31') => (monthly().all(p.from, p.to, registeredBy) as { m: string; n: number }[]).map((r) => ({ month: r.m, n: r.n })),
    casesWithEventsAfter: (date) => (laterEvents().all(date) as { case_no: string }[]).map((r) => r.case_no),
    yearlyCounts: () => (yearly().all() as { y: number; n: number }[]).map((r) => ({ year: r.y, n: r.n })),
    recordExport(r: ExportRecord, requestedAt: string): number {
      // Reading the last link and appending are one step: the caller holds the write transaction.
      const last = lastExport().get() as { id: number; hash: string | null } | undefined;
      const row = {
        id: (last?.id ?? 0) + 1,
        kind: r.kind,
        scope: r.scope,
        as_of: r.as_of,
        requested_at: requestedAt,
        actor: r.actor,
        requested_by: r.requested_by ?? null,
        include_confidential: r.include_confidential ? 1 : 0,
        rows: r.rows,
        confidential_rows: r.confidential_rows,
        output: r.output,
        sha256: r.sha256,
        prev: last?.hash ?? null,
      };
      insertExport().run({ ...row, hash: exportHash(row) });
      return row.id;
    },
    exportLog: () => (log().all() as Record<string, unknown>[]).map((r) => ({ ...(r as unknown as ExportLogRow), include_confidential: r.include_confidential === 1 })),
    exportRows: () => log().all() as Record<string, unknown>[],
  };
}
