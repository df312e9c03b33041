// The register's storage interface: every statement the register runs, by name. The SQLite class
// (sqlite-store.ts) implements it today; a PostgreSQL backend implements the same list. Nothing
// outside src/registry/ sees a database handle or a line of SQL: callers use these operations.
//
// The operations are synchronous because better-sqlite3 is. A `pg` backend is asynchronous by
// nature; see the note at the end of this file for what that would change.
import type { EventRow } from './chain.js';
import type { RegisterTable } from './pg-migrations.js';

/** The columns a case list shows (the `cases` table's summary columns, or the clock's copy of them). */
export interface CaseSummary {
  case_no: string;
  status: string;
  proxy_status: string | null;
  category: string;
  channel: string;
  via_agent: boolean;
  confidential: boolean;
  received_date: string;
  accepted_date: string | null;
  closed_date: string | null;
  petitioner_name: string;
  slip_no: string | null;
}

/** A case list's columns, in CaseSummary's order: both stores select these. */
export const SUMMARY_COLS = 'case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, closed_date, petitioner_name, slip_no';
/** The same over the clocks' copy of them (a case with an open clock is not closed). */
export const DUE_SUMMARY_COLS = SUMMARY_COLS.replace('closed_date', 'NULL AS closed_date');

/** A listed case from its row object (the flags are stored as 0/1). */
export function toSummary(r: Record<string, unknown>): CaseSummary {
  return { ...(r as unknown as CaseSummary), via_agent: r.via_agent === 1, confidential: r.confidential === 1 };
}

/** A listed case from its row of SUMMARY_COLS as an array (no object per row from the driver). */
export function summaryOfRow(r: readonly unknown[]): CaseSummary {
  return {
    case_no: r[0] as string,
    status: r[1] as string,
    proxy_status: r[2] as string | null,
    category: r[3] as string,
    channel: r[4] as string,
    via_agent: r[5] === 1,
    confidential: r[6] === 1,
    received_date: r[7] as string,
    accepted_date: r[8] as string | null,
    closed_date: r[9] as string | null,
    petitioner_name: r[10] as string,
    slip_no: r[11] as string | null,
  };
}

export interface OpenClockRow {
  case_no: string;
  slot: string;
  dl_id: string;
  actor: string;
  anchor_date: string;
  due: string;
  act_by: string;
  provisional: boolean;
  paused: boolean;
}

/** One row of `cases`, as written: the record as JSON plus the columns queries filter on. */
export interface CaseRow {
  case_no: string;
  status: string;
  proxy_status: string | null;
  category: string;
  channel: string;
  via_agent: 0 | 1;
  confidential: 0 | 1;
  received_date: string;
  registered_date: string;
  accepted_date: string | null;
  closed_date: string | null;
  petitioner_name: string;
  handling_org: string | null;
  /** Set at registration only (an update keeps the stored one). */
  fingerprint: string;
  slip_no: string | null;
  record: string;
  last_seq: number;
}

/** One open clock, carrying the case columns a due-list shows (so it needs no join). */
export interface ClockRow {
  actor: string;
  paused: 0 | 1;
  act_by: string;
  case_no: string;
  slot: string;
  anchor_date: string;
  dl_id: string;
  due: string;
  provisional: 0 | 1;
  status: string;
  proxy_status: string | null;
  category: string;
  channel: string;
  via_agent: 0 | 1;
  confidential: 0 | 1;
  received_date: string;
  accepted_date: string | null;
  petitioner_name: string;
  slip_no: string | null;
}

export interface SerialIssueRow {
  serial: string;
  kind: string;
  year: number;
  case_no: string | null;
  voided: boolean;
  void_reason: string | null;
}

export interface CaseQuery {
  status?: string;
  /** Received in this calendar year. */
  year?: number;
  limit?: number;
  /** Only cases with an open, running clock of the organ whose act-by day is before (or on) `date`. */
  due?: { date: string; inclusive: boolean };
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** A serial counter and one issued serial, as stored (replay verification). */
export interface SerialCounterRow {
  kind: string;
  year: number;
  last: number;
}
export interface StoredSerialIssue {
  kind: string;
  year: number;
  seq: number;
  serial: string;
  case_no: string | null;
}

// --- what other modules keep in the register ---------------------------------------------------

/** A case for the ledger: its record (JSON) and whether an earlier case had the same fingerprint. */
export interface LedgerCaseRow {
  record: string;
  repeat: boolean;
  case_no?: string;
}

/** Which cases one register sheet (来信, 来访, 网上, 代理) holds. */
export interface LedgerSheetFilter {
  via_agent: boolean;
  channels?: readonly string[];
}

export interface Period {
  from: string;
  to: string;
}

export interface ExportRecord {
  /** `disclosure`: a command shown confidential identities on request (--include-confidential). */
  kind: 'ledger' | 'quarterly' | 'disclosure';
  scope: string;
  as_of: string;
  actor: string;
  requested_by?: string;
  include_confidential: boolean;
  rows: number;
  confidential_rows: number;
  output: string;
  sha256: string;
}

export interface ExportLogRow extends Omit<ExportRecord, 'include_confidential'> {
  id: number;
  requested_at: string;
  include_confidential: boolean;
  /** The export chain (ledger-0002-export-chain, export-chain.ts): the hash of the row before and
   *  this row's own; null on rows written before the chain existed. */
  prev: string | null;
  hash: string | null;
}

export interface LedgerQueries {
  /** Cases received in [from, to]. */
  countReceived(p: Period): number;
  /** Cases received in [from, to] matching a sheet's filter, in received order, streamed. */
  sheetCases(p: Period, f: LedgerSheetFilter): Iterable<LedgerCaseRow>;
  /** A quarterly report's cases: received in one of `cohorts`, or received since `lookback` with an
   *  extension notice or a (re-)review application dated within `events`. Unordered, streamed. */
  quarterlyCases(cohorts: readonly Period[], events: Period, lookback: string): Iterable<LedgerCaseRow>;
  /** Cases received per month ('YYYY-MM'); with `registeredBy`, only those registered by that day. */
  monthlyCounts(p: Period, registeredBy?: string): { month: string; n: number }[];
  /** Cases with an event dated after `date` (a statistic as of `date` replays them up to it). */
  casesWithEventsAfter(date: string): string[];
  /** Cases received per year. */
  yearlyCounts(): { year: number; n: number }[];
  /** Append to the chained export log (append-only): reads the last link and appends with its
   *  prev and hash (export-chain.ts). Call inside a transaction; returns its id. */
  recordExport(r: ExportRecord, requestedAt: string): number;
  exportLog(): ExportLogRow[];
  /** Every export row as stored (include_confidential as 0/1), for the chain check. */
  exportRows(): Record<string, unknown>[];
}

export interface ArchiveQueries {
  /** Terminated, not yet archived, closed in [from, to]. */
  countToArchive(p: Period): number;
  /** Case numbers of a status closed in [from, to], after `after` in case-number order, `limit` at a time. */
  closedCasePage(status: 'terminated' | 'archived', p: Period, after: string, limit: number): string[];
  /** Years in which cases were closed (terminated or archived), ascending. */
  closedYears(): number[];
  /** Serials reserved (not voided) for a case in a year, oldest first. */
  reservations(caseNo: string, year: number): { seq: number; kind: string }[];
  /** The number part of an issued serial. */
  serialNumber(serial: string): number | undefined;
  /** The lowest number of a kind reserved for a case in a year. */
  reservedNumber(caseNo: string, year: number, kind: string): number | undefined;
  /** Cases closed in [from, to] archived before this one (all of them when it is not archived yet): its Bag-Count is this + 1. */
  filedBefore(caseNo: string, p: Period): number;
  /** The event log's last event (what a signed filing anchor records); undefined when empty. */
  lastEvent(): { seq: number; hash: string } | undefined;
}

export interface AuditRow {
  seq: number;
  run: string;
  kind: string;
  ts: string;
  record: string;
  prev: string | null;
  hash: string;
}

export interface AuditQueries {
  /** Every audit record (canonical JSON), in order. */
  records(): string[];
  /** The last record, or undefined on an empty history. */
  last(): string | undefined;
  /** Append one (the table is append-only). Call inside a transaction with `last()`. */
  insert(row: AuditRow): void;
}

// --- the store ---------------------------------------------------------------------------------

export interface RegisterStore {
  /** Where it lives (file path or connection name), for messages. */
  readonly location: string;
  close(): void;

  /** Run `fn` as one write transaction (SQLite: BEGIN IMMEDIATE). Inside another, a savepoint:
   *  a throw rolls back only what `fn` did. */
  transaction<T>(fn: () => T): T;
  readonly inTransaction: boolean;
  /** Shrink the page cache for one sequential pass (a big cache only grows the process); returns
   *  the function that restores it. A backend without one returns a no-op. */
  limitPageCache(kib: number): () => void;

  // cases
  caseRecord(caseNo: string): string | undefined;
  hasCase(caseNo: string): boolean;
  insertCase(row: CaseRow): void;
  updateCase(row: CaseRow): void;
  /** Replace a case's open clocks. */
  replaceClocks(caseNo: string, rows: readonly ClockRow[]): void;
  /** Closed (terminated or archived) cases with this fingerprint, the first `limit` in case-number order. */
  closedWithFingerprint(fingerprint: string, limit: number): string[];

  // bulk registration (an import, a batch of case files at a time): one statement per table and
  // batch, where the single-case operations above take one per row
  /** Which of these case numbers are registered. */
  existingCases(caseNos: readonly string[]): Set<string>;
  /** closedWithFingerprint for many fingerprints at once: each one's first `limit`, in the order
   *  closedWithFingerprint gives them. */
  closedWithFingerprints(fingerprints: readonly string[], limit: number): Map<string, string[]>;
  /** Insert new cases (none registered yet) and their open clocks, in one go. Inside a transaction. */
  insertCases(rows: readonly CaseRow[], clocks: readonly ClockRow[]): void;
  /** Append events, in seq order, in one go. Inside a transaction. */
  insertEvents(rows: readonly EventRow[]): void;
  listCases(q: CaseQuery): CaseSummary[];
  openClocks(caseNo?: string): OpenClockRow[];
  /** Every case record (JSON) in case-number order, streamed. */
  caseRecords(): Iterable<string>;
  countCases(): number;

  // replay verification (replay.ts): the derived tables exactly as stored
  /** Every column of every case row (record still JSON text), in case-number order. */
  storedCaseRows(): Record<string, unknown>[];
  /** Every stored clock row, by case, slot and anchor date. */
  storedClockRows(): Record<string, unknown>[];
  /** The serial counters and every issue's sequence number. */
  storedSerials(): { counters: SerialCounterRow[]; issues: StoredSerialIssue[] };

  // the event log
  lastEvent(): ChainHead | undefined;
  insertEvent(row: EventRow): void;
  chainHead(): ChainHead | undefined;
  setChainHead(head: ChainHead): void;
  events(caseNo?: string): EventRow[];
  /** The whole log in seq order, streamed (verification of a large register). */
  eventStream(): Iterable<EventRow>;

  // serials
  /** Increment and return the counter of (kind, year): atomic, never read-then-write. */
  nextSerial(kind: string, year: number): number;
  recordSerialIssue(serial: string, kind: string, year: number, seq: number, caseNo: string | null, issuedAt: string): void;
  /** Mark an issued serial voided; returns its case (null when none), or undefined when no such live serial. */
  voidSerial(serial: string, reason: string): { case_no: string | null } | undefined;
  serialIssues(kind?: string): SerialIssueRow[];

  // whole tables, as stored (xf registry export / import: transfer.ts)
  hasTable(name: string): boolean;
  /** Every row of a table (column order as created), in its key order (TABLE_ORDER), streamed. */
  tableRows(table: RegisterTable): Iterable<Record<string, unknown>>;
  /** Insert rows as they are (all with the same columns). Call inside a transaction. */
  insertRows(table: RegisterTable, rows: readonly Record<string, unknown>[]): void;

  readonly ledger: LedgerQueries;
  readonly archive: ArchiveQueries;
  readonly audit: AuditQueries;
}

// The interface stays synchronous with PostgreSQL too (issue 15): PgRegisterStore (pg-store.ts)
// runs node-postgres in a worker thread and blocks on each reply (pg-bridge.ts). A CLI command is
// one process doing one thing, so blocking costs nothing, SQLite keeps its speed, and no caller had
// to become async. `transaction(fn)` holds one connection from BEGIN to COMMIT; the streamed
// operations read through a cursor in batches.
