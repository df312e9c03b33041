// The register in one SQLite file (better-sqlite3). The handle is private (#db): every statement
// is a named operation of RegisterStore, so the rest of xf cannot depend on SQLite.
import Database from 'better-sqlite3';
import type { EventRow } from './chain.js';
import type { Migration } from './migrations.js';
import { type RegisterTable, TABLE_ORDER } from './pg-migrations.js';
import { archiveQueries } from './queries/archive.js';
import { auditQueries } from './queries/audit.js';
import { dueCasesQuery } from './queries/due-cases.js';
import { ledgerQueries } from './queries/ledger.js';
import type {
  ArchiveQueries,
  AuditQueries,
  CaseQuery,
  CaseRow,
  CaseSummary,
  ChainHead,
  ClockRow,
  LedgerQueries,
  OpenClockRow,
  RegisterStore,
  SerialCounterRow,
  SerialIssueRow,
  StoredSerialIssue,
} from './store.js';
import { DUE_SUMMARY_COLS, SUMMARY_COLS, summaryOfRow, toSummary } from './store.js';

const CASE_COLS = [
  'case_no',
  'status',
  'proxy_status',
  'category',
  'channel',
  'via_agent',
  'confidential',
  'received_date',
  'registered_date',
  'accepted_date',
  'closed_date',
  'petitioner_name',
  'handling_org',
  'fingerprint',
  'slip_no',
  'record',
  'last_seq',
] as const;
const CLOCK_COLS = [
  'actor',
  'paused',
  'act_by',
  'case_no',
  'slot',
  'anchor_date',
  'dl_id',
  'due',
  'provisional',
  'status',
  'proxy_status',
  'category',
  'channel',
  'via_agent',
  'confidential',
  'received_date',
  'accepted_date',
  'petitioner_name',
  'slip_no',
] as const;
const EVENT_COLS = ['seq', 'case_no', 'event', 'event_date', 'details', 'recorded_at', 'actor', 'prev_hash', 'hash'] as const;
const CASE_INSERT = `INSERT INTO cases (${CASE_COLS.join(', ')})`;
// OR REPLACE as replaceClocks: the last of a case's clocks with one key wins
const CLOCK_INSERT = `INSERT OR REPLACE INTO clocks (${CLOCK_COLS.join(', ')})`;
const EVENT_INSERT = `INSERT INTO events (${EVENT_COLS.join(', ')})`;
/** Rows per multi-row INSERT: 50 × 19 columns stays far below SQLite's 32,766 parameters. */
const CHUNK = 50;

/**
 * A row's values in the order of its columns, compiled from the column list: `row[col]` over a
 * list of names is a megamorphic load per value, several per cent of an import.
 */
function putter<R>(cols: readonly string[]): (values: unknown[], row: R) => void {
  return new Function('v', 'r', `v.push(${cols.map((c) => `r.${c}`).join(', ')});`) as (values: unknown[], row: R) => void;
}
const PUT_CASE = putter<CaseRow>(CASE_COLS);
const PUT_CLOCK = putter<ClockRow>(CLOCK_COLS);
const PUT_EVENT = putter<EventRow>(EVENT_COLS);

export interface SqliteStoreOptions {
  /** Every migration to apply, in order (orderMigrations). */
  migrations: readonly Migration[];
}

export class SqliteRegisterStore implements RegisterStore {
  readonly #db: Database.Database;
  readonly #s: ReturnType<typeof prepareCore>;
  /** The bulk inserts' statements, by table and row count. */
  readonly #bulk = new Map<string, Database.Statement>();
  readonly ledger: LedgerQueries;
  readonly archive: ArchiveQueries;
  readonly audit: AuditQueries;

  constructor(
    readonly location: string,
    opts: SqliteStoreOptions,
  ) {
    const db = new Database(location);
    this.#db = db;
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 15000');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -65536'); // 64 MiB: bulk imports touch many index pages
      db.pragma('foreign_keys = ON');
      migrate(db, opts.migrations);
    } catch (e) {
      db.close();
      throw e;
    }
    this.#s = prepareCore(db);
    this.ledger = ledgerQueries(db);
    this.archive = archiveQueries(db);
    this.audit = auditQueries(db);
  }

  close(): void {
    this.#db.close();
  }

  transaction<T>(fn: () => T): T {
    if (!this.#db.inTransaction) return this.#db.transaction(fn).immediate();
    // nested: a savepoint through cached statements (an import opens one per case file)
    this.#s.savepoint.run();
    try {
      const out = fn();
      this.#s.release.run();
      return out;
    } catch (e) {
      if (this.#db.inTransaction) {
        this.#s.rollbackTo.run();
        this.#s.release.run();
      }
      throw e;
    }
  }

  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  limitPageCache(kib: number): () => void {
    const before = this.#db.pragma('cache_size', { simple: true }) as number;
    this.#db.pragma(`cache_size = ${-Math.max(1, Math.floor(kib))}`);
    return () => {
      this.#db.pragma(`cache_size = ${before}`);
    };
  }

  // --- cases ------------------------------------------------------------------------------------

  caseRecord(caseNo: string): string | undefined {
    return (this.#s.getCase.get(caseNo) as { record: string } | undefined)?.record;
  }

  hasCase(caseNo: string): boolean {
    return !!this.#s.exists.get(caseNo);
  }

  insertCase(row: CaseRow): void {
    this.#s.insertCase.run(row);
  }

  /** Keeps the registration columns (fingerprint, dates received and registered). */
  updateCase(row: CaseRow): void {
    this.#s.updateCase.run(row);
  }

  replaceClocks(caseNo: string, rows: readonly ClockRow[]): void {
    this.#s.deleteClocks.run(caseNo);
    for (const r of rows) this.#s.insertClock.run(r);
  }

  closedWithFingerprint(fingerprint: string, limit: number): string[] {
    return (this.#s.fingerprintMatch.all(fingerprint, limit) as { case_no: string }[]).map((r) => r.case_no);
  }

  // --- bulk registration ------------------------------------------------------------------------

  existingCases(caseNos: readonly string[]): Set<string> {
    if (!caseNos.length) return new Set();
    return new Set(this.#s.existing.pluck().all(JSON.stringify(caseNos)) as string[]);
  }

  closedWithFingerprints(fingerprints: readonly string[], limit: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!fingerprints.length) return out;
    for (const [fp, no] of this.#s.fingerprintsMatch.raw().all(JSON.stringify(fingerprints)) as [string, string][]) {
      const list = out.get(fp) ?? out.set(fp, []).get(fp)!;
      if (list.length < limit) list.push(no);
    }
    return out;
  }

  insertCases(rows: readonly CaseRow[], clocks: readonly ClockRow[]): void {
    this.#many('cases', CASE_INSERT, CASE_COLS, PUT_CASE, rows);
    this.#many('clocks', CLOCK_INSERT, CLOCK_COLS, PUT_CLOCK, clocks);
  }

  insertEvents(rows: readonly EventRow[]): void {
    this.#many('events', EVENT_INSERT, EVENT_COLS, PUT_EVENT, rows);
  }

  /** Multi-row INSERTs of up to CHUNK rows, the statement prepared once per table and row count. */
  #many<R>(table: string, head: string, cols: readonly string[], put: (values: unknown[], row: R) => void, rows: readonly R[]): void {
    const tuple = `(${cols.map(() => '?').join(', ')})`;
    const values: unknown[] = [];
    for (let at = 0; at < rows.length; at += CHUNK) {
      const n = Math.min(CHUNK, rows.length - at);
      const key = `${table}/${n}`;
      let stmt = this.#bulk.get(key);
      if (!stmt) {
        stmt = this.#db.prepare(`${head} VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`);
        this.#bulk.set(key, stmt);
      }
      values.length = 0;
      for (let i = at; i < at + n; i++) put(values, rows[i]!);
      stmt.run(values);
    }
  }

  listCases(q: CaseQuery): CaseSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.status) {
      where.push('status = ?');
      args.push(q.status);
    }
    if (q.year) {
      where.push('received_date BETWEEN ? AND ?');
      args.push(`${q.year}-01-01`, `${q.year}-12-31`);
    }
    const limit = q.limit ? Math.floor(q.limit) : Infinity;
    if (q.due) {
      const { sql, args: named } = dueCasesQuery({ ...q.due, status: q.status, year: q.year, limit: q.limit }, DUE_SUMMARY_COLS);
      // arrays, not objects: one per case kept, built here
      return (this.#db.prepare(sql).raw(true).all(named) as unknown[][]).map(summaryOfRow);
    }
    const sql = `SELECT ${SUMMARY_COLS} FROM cases ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY received_date, case_no${Number.isFinite(limit) ? ` LIMIT ${limit}` : ''}`;
    return (this.#db.prepare(sql).all(...args) as Record<string, unknown>[]).map(toSummary);
  }

  openClocks(caseNo?: string): OpenClockRow[] {
    const rows = (caseNo ? this.#s.clocksOfCase.all(caseNo) : this.#s.allClocks.all()) as Record<string, unknown>[];
    return rows.map((r) => ({ ...(r as unknown as OpenClockRow), provisional: r.provisional === 1, paused: r.paused === 1 }));
  }

  *caseRecords(): Generator<string> {
    for (const r of this.#s.allRecords.iterate() as Iterable<{ record: string }>) yield r.record;
  }

  countCases(): number {
    return (this.#s.count.get() as { n: number }).n;
  }

  // --- replay verification: the derived tables exactly as stored ------------------------------

  storedCaseRows(): Record<string, unknown>[] {
    return this.#db.prepare('SELECT * FROM cases ORDER BY case_no').all() as Record<string, unknown>[];
  }

  storedClockRows(): Record<string, unknown>[] {
    return this.#db.prepare('SELECT * FROM clocks ORDER BY case_no, slot, anchor_date').all() as Record<string, unknown>[];
  }

  storedSerials(): { counters: SerialCounterRow[]; issues: StoredSerialIssue[] } {
    return {
      counters: this.#db.prepare('SELECT kind, year, last FROM serials ORDER BY kind, year').all() as SerialCounterRow[],
      issues: this.#db.prepare('SELECT kind, year, seq, serial, case_no FROM serial_issues ORDER BY kind, year, seq').all() as StoredSerialIssue[],
    };
  }

  // --- the event log ----------------------------------------------------------------------------

  lastEvent(): ChainHead | undefined {
    return this.#s.lastEvent.get() as ChainHead | undefined;
  }

  insertEvent(e: EventRow): void {
    this.#s.insertEvent.run(e.seq, e.case_no, e.event, e.event_date, e.details, e.recorded_at, e.actor, e.prev_hash, e.hash);
  }

  chainHead(): ChainHead | undefined {
    const row = this.#s.head.get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as ChainHead) : undefined;
  }

  setChainHead(head: ChainHead): void {
    this.#s.setHead.run(JSON.stringify({ seq: head.seq, hash: head.hash }));
  }

  events(caseNo?: string): EventRow[] {
    return (caseNo ? this.#s.eventsOfCase.all(caseNo) : this.#s.allEvents.all()) as EventRow[];
  }

  eventStream(): Iterable<EventRow> {
    return this.#s.allEvents.iterate() as Iterable<EventRow>;
  }

  // --- serials ----------------------------------------------------------------------------------

  nextSerial(kind: string, year: number): number {
    return (this.#s.serial.get(kind, year) as { last: number }).last;
  }

  recordSerialIssue(serial: string, kind: string, year: number, seq: number, caseNo: string | null, issuedAt: string): void {
    this.#s.issue.run(serial, kind, year, seq, caseNo, issuedAt);
  }

  voidSerial(serial: string, reason: string): { case_no: string | null } | undefined {
    if (this.#s.voidSerial.run(reason, serial).changes === 0) return undefined;
    return this.#s.serialCase.get(serial) as { case_no: string | null };
  }

  // --- whole tables (xf registry export / import) ------------------------------------------------

  hasTable(name: string): boolean {
    return !!this.#db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
  }

  tableRows(table: RegisterTable): Iterable<Record<string, unknown>> {
    return this.#db.prepare(`SELECT * FROM ${table} ORDER BY ${TABLE_ORDER[table]}`).iterate() as Iterable<Record<string, unknown>>;
  }

  insertRows(table: RegisterTable, rows: readonly Record<string, unknown>[]): void {
    if (!rows.length) return;
    const cols = Object.keys(rows[0]!);
    const stmt = this.#db.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    for (const r of rows) stmt.run(...cols.map((c) => r[c] ?? null));
  }

  serialIssues(kind?: string): SerialIssueRow[] {
    const rows = (kind ? this.#s.issuesOfKind.all(kind) : this.#s.allIssues.all()) as Record<string, unknown>[];
    return rows.map((r) => ({
      serial: String(r.serial),
      kind: String(r.kind),
      year: Number(r.year),
      case_no: (r.case_no as string | null) ?? null,
      voided: r.voided === 1,
      void_reason: (r.void_reason as string | null) ?? null,
    }));
  }
}

/** Apply what is not applied yet, in one IMMEDIATE transaction (two processes opening a new
 *  register at once: the second waits, then finds everything done). */
function migrate(db: Database.Database, list: readonly Migration[]): void {
  // Fast path (every command opens the register): a plain read finds everything applied, and no
  // write lock is taken; a register that needs a migration goes the locked way below.
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (has) {
    const applied = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
    if (list.every((m) => applied.has(m.id))) return;
  }
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  db.transaction(() => {
    const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
    const mark = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
    for (const m of list) {
      if (done.has(m.id)) continue;
      db.exec(m.sql);
      mark.run(m.id, new Date().toISOString());
    }
  }).immediate();
}

function prepareCore(db: Database.Database) {
  const clockCols = 'case_no, slot, dl_id, actor, anchor_date, due, act_by, provisional, paused';
  return {
    savepoint: db.prepare('SAVEPOINT xf_nested'),
    release: db.prepare('RELEASE xf_nested'),
    rollbackTo: db.prepare('ROLLBACK TO xf_nested'),
    getCase: db.prepare('SELECT record FROM cases WHERE case_no = ?'),
    exists: db.prepare('SELECT 1 FROM cases WHERE case_no = ?'),
    insertCase:
      db.prepare(`INSERT INTO cases (case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, registered_date, accepted_date, closed_date, petitioner_name, handling_org, fingerprint, slip_no, record, last_seq)
      VALUES (@case_no, @status, @proxy_status, @category, @channel, @via_agent, @confidential, @received_date, @registered_date, @accepted_date, @closed_date, @petitioner_name, @handling_org, @fingerprint, @slip_no, @record, @last_seq)`),
    updateCase: db.prepare(
      `UPDATE cases SET status=@status, proxy_status=@proxy_status, accepted_date=@accepted_date, closed_date=@closed_date, handling_org=@handling_org, slip_no=@slip_no, record=@record, last_seq=@last_seq WHERE case_no=@case_no`,
    ),
    deleteClocks: db.prepare('DELETE FROM clocks WHERE case_no = ?'),
    insertClock:
      db.prepare(`INSERT OR REPLACE INTO clocks (actor, paused, act_by, case_no, slot, anchor_date, dl_id, due, provisional, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, petitioner_name, slip_no)
      VALUES (@actor, @paused, @act_by, @case_no, @slot, @anchor_date, @dl_id, @due, @provisional, @status, @proxy_status, @category, @channel, @via_agent, @confidential, @received_date, @accepted_date, @petitioner_name, @slip_no)`),
    clocksOfCase: db.prepare(`SELECT ${clockCols} FROM clocks WHERE case_no = ? ORDER BY act_by`),
    allClocks: db.prepare(`SELECT ${clockCols} FROM clocks ORDER BY act_by, case_no`),
    allRecords: db.prepare('SELECT record FROM cases ORDER BY case_no'),
    count: db.prepare('SELECT COUNT(*) AS n FROM cases'),
    head: db.prepare("SELECT value FROM meta WHERE key = 'chain_head'"),
    setHead: db.prepare("INSERT INTO meta (key, value) VALUES ('chain_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
    lastEvent: db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1'),
    insertEvent: db.prepare('INSERT INTO events (seq, case_no, event, event_date, details, recorded_at, actor, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    eventsOfCase: db.prepare('SELECT * FROM events WHERE case_no = ? ORDER BY seq'),
    allEvents: db.prepare('SELECT * FROM events ORDER BY seq'),
    serial: db.prepare('INSERT INTO serials (kind, year, last) VALUES (?, ?, 1) ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last'),
    issue: db.prepare('INSERT INTO serial_issues (serial, kind, year, seq, case_no, issued_at) VALUES (?, ?, ?, ?, ?, ?)'),
    voidSerial: db.prepare('UPDATE serial_issues SET voided = 1, void_reason = ? WHERE serial = ? AND voided = 0'),
    serialCase: db.prepare('SELECT case_no FROM serial_issues WHERE serial = ?'),
    issuesOfKind: db.prepare('SELECT * FROM serial_issues WHERE kind = ? ORDER BY year, seq'),
    allIssues: db.prepare('SELECT * FROM serial_issues ORDER BY kind, year, seq'),
    // case-number order, on either backend (PostgreSQL has no registration order to give)
    fingerprintMatch: db.prepare("SELECT case_no FROM cases WHERE fingerprint = ? AND status IN ('terminated', 'archived') ORDER BY case_no LIMIT ?"),
    // CROSS JOIN keeps the batch's list outside, each looked up in cases_fingerprint: written as
    // `fingerprint IN (…)` the planner scanned every closed case through cases_status instead
    // (5 s a batch at 100,000 cases, the import slowing as the register grew)
    fingerprintsMatch: db.prepare(
      "SELECT c.fingerprint, c.case_no FROM json_each(?) AS j CROSS JOIN cases AS c ON c.fingerprint = j.value WHERE c.status IN ('terminated', 'archived') ORDER BY c.fingerprint, c.case_no",
    ),
    existing: db.prepare('SELECT case_no FROM cases WHERE case_no IN (SELECT value FROM json_each(?))'),
  };
}

/** Whether a SQLite file is a register (it holds the register's first migration), read-only. A
 *  standalone audit database is not. */
export function isRegisterFile(path: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return !!db.prepare("SELECT 1 FROM schema_migrations WHERE id = '0001-register'").get();
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
