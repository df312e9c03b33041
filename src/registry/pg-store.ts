// The register on PostgreSQL: every operation of RegisterStore in PostgreSQL's SQL, run through the
// synchronous bridge (pg-bridge.ts). One transaction per command, on one connection:
//
// - A write transaction begins with a transaction-scoped advisory lock on the register (its schema):
//   writers take turns, as SQLite's BEGIN IMMEDIATE makes them, so the event chain stays one line
//   (the next seq and prev_hash are read under the lock) and no two writers can deadlock on the
//   serial counters. Serials are still incremented in one statement (INSERT … ON CONFLICT DO UPDATE
//   … RETURNING, under the row's lock): never read-then-write, and rolled back with the
//   transaction, so they stay gapless.
// - Statements whose result nothing reads (inserts, updates) are queued and sent with the next read
//   or at the end of the transaction or savepoint, so a case costs a few crossings, not one per row.
//   Each savepoint is flushed before its RELEASE, so a failure is reported in the savepoint that
//   caused it (an import names the bad file).
// - Streams read through a cursor, 1000 rows a fetch: inside a transaction on its connection (they
//   see its writes), outside one on a second, read-only connection in a REPEATABLE READ snapshot.
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { EventRow } from './chain.js';
import { exportHash } from './export-chain.js';
import type { Migration } from './migrations.js';
import { PgBridge, type PgConn, PgError, type PgQuery, type PgResult } from './pg-bridge.js';
import { pgSql, type RegisterTable, TABLE_ORDER } from './pg-migrations.js';
import type {
  ArchiveQueries,
  AuditQueries,
  AuditRow,
  CaseQuery,
  CaseRow,
  CaseSummary,
  ChainHead,
  ClockRow,
  ExportLogRow,
  ExportRecord,
  LedgerCaseRow,
  LedgerQueries,
  LedgerSheetFilter,
  OpenClockRow,
  Period,
  RegisterStore,
  SerialCounterRow,
  SerialIssueRow,
  StoredSerialIssue,
} from './store.js';
import { DUE_SUMMARY_COLS, SUMMARY_COLS, summaryOfRow, toSummary } from './store.js';

export interface PgStoreOptions {
  /** A postgres:// URL; `?schema=NAME` keeps the register in that schema (default public). */
  url: string;
  /** Every migration to apply, in order (orderMigrations). */
  migrations: readonly Migration[];
  /** Make the register when the schema holds none (xf init); otherwise a missing one is NOT_FOUND. */
  create?: boolean;
  /** What messages call it (default: the URL without its password). */
  location?: string;
}

export interface PgTarget {
  /** node-postgres config. */
  config: Record<string, unknown>;
  schema: string;
  /** The URL without its password: safe to print. */
  redacted: string;
}

export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Split a postgres:// URL into the client's config, the schema and a printable form. */
export function parsePgUrl(url: string): PgTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new XfError('USAGE', t('数据库地址应为 postgres://用户@主机[:端口]/库名[?schema=模式]', 'the database must be a URL postgres://user@host[:port]/dbname[?schema=NAME]'));
  }
  if (!/^postgres(ql)?:$/i.test(u.protocol)) throw new XfError('USAGE', t(`不支持的数据库地址：${u.protocol}`, `not a PostgreSQL URL: ${u.protocol}`));
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new XfError('USAGE', t(`模式名无效：${schema}`, `not a schema name: ${schema}`));
  u.searchParams.delete('schema');
  const connectionString = u.toString();
  const shown = new URL(url);
  shown.password = '';
  return { config: { connectionString, application_name: 'xf' }, schema, redacted: shown.toString() };
}

/** The URL's password, removed from any text (a driver's message may quote the URL). */
function scrub(text: string, url: string): string {
  let pw = '';
  try {
    pw = decodeURIComponent(new URL(url).password);
  } catch {}
  return pw ? text.split(pw).join('***') : text;
}

const CONNECTION_CODES = /^(08|28|3D|57P0[1-3]|53300|E(CONN|HOST|NET|ADDR|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN))|ENOTFOUND|ECONNRESET|ECONNREFUSED/;

const INSERT_EVENTS =
  'INSERT INTO events (seq, case_no, event, event_date, details, recorded_at, actor, prev_hash, hash) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])';
const STORAGE_CODES = /^(42501|25006|53|57014)/;

const CLOCK_COLS = 'case_no, slot, dl_id, actor, anchor_date, due, act_by, provisional, paused';
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
const CLOCK_ROW_COLS = [
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
const CASE_TYPES: Record<string, string> = { via_agent: 'int', confidential: 'int', last_seq: 'bigint' };
const CLOCK_TYPES: Record<string, string> = { paused: 'int', provisional: 'int', via_agent: 'int', confidential: 'int' };

const REPEAT = `EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND c.fingerprint <> ''
  AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`;
const CHANNEL = /^[a-z_]+$/;

/** One number per register (its schema): the advisory lock writers take in turn. */
const LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '/xf-register', 0))";
const MIGRATE_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || '/xf-migrate', 0))";

export class PgRegisterStore implements RegisterStore {
  readonly location: string;
  readonly schema: string;
  /** The URL without its password, for messages. */
  readonly shown: string;
  readonly #b: PgBridge;
  readonly #url: string;
  /** Writes not sent yet (inside a transaction). */
  #queue: PgQuery[] = [];
  #depth = 0;
  /** Whether anything of the current transaction reached the server. */
  #begun = false;
  #flushes = 0;
  #cursors = 0;
  #readers = 0;
  /** Cases inserted in the current transaction. */
  #fresh = new Set<string>();
  readonly ledger: LedgerQueries;
  readonly archive: ArchiveQueries;
  readonly audit: AuditQueries;

  constructor(opts: PgStoreOptions) {
    const target = parsePgUrl(opts.url);
    this.#url = opts.url;
    this.schema = target.schema;
    this.shown = target.redacted;
    this.location = opts.location ?? target.redacted;
    this.#b = new PgBridge({ config: target.config, setup: [`SET search_path TO ${quoteIdent(target.schema)}`] });
    try {
      this.#connect(target, !!opts.create);
      this.#migrate(opts.migrations, !!opts.create);
    } catch (e) {
      this.#b.close();
      throw e;
    }
    this.ledger = this.#ledgerQueries();
    this.archive = this.#archiveQueries();
    this.audit = this.#auditQueries();
  }

  close(): void {
    this.#b.close();
  }

  // --- the connection -----------------------------------------------------------------------------

  #connect(target: PgTarget, create: boolean): void {
    this.#run('main', [{ text: 'SELECT 1' }]);
    if (create && target.schema !== 'public') this.#run('main', [{ text: `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.schema)}` }]);
  }

  /** Run on the server; a lost or refused connection is an IO error naming the database, never its password. */
  #run(conn: PgConn, queries: readonly PgQuery[], post = false): PgResult[] {
    try {
      if (!post) return this.#b.run(conn, queries);
      this.#b.post(conn, queries);
      return [];
    } catch (e) {
      if (e instanceof PgError && (e.index < 0 || CONNECTION_CODES.test(e.code ?? ''))) {
        const msg = /password must be a string|no password/i.test(e.message)
          ? t(
              '服务器要求密码：请在 XF_DATABASE（同一地址，含密码）、PGPASSWORD 或 ~/.pgpass 中提供',
              'the server asks for a password: give it in XF_DATABASE (the same URL, with it), PGPASSWORD or ~/.pgpass',
            )
          : scrub(e.message, this.#url);
        throw new XfError('IO', t(`无法连接登记簿数据库 ${this.shown}：${msg}`, `cannot reach the register database ${this.shown}: ${msg}`), [], {
          database: this.shown,
          ...(e.code ? { pg_code: e.code } : {}),
        });
      }
      if (e instanceof PgError && STORAGE_CODES.test(e.code ?? '')) {
        // the server refused (a role without the grant, a read-only server, a full disk): the
        // register's storage, not a fault of xf
        const msg = scrub(e.message, this.#url);
        throw new XfError('IO', t(`登记簿数据库 ${this.shown} 拒绝执行：${msg}`, `the register database ${this.shown} refused: ${msg}`), [], { database: this.shown, pg_code: e.code });
      }
      if (e instanceof PgError) e.message = scrub(e.message, this.#url);
      throw e;
    }
  }

  /** A read: whatever writes are queued go first, in the same crossing. */
  #read(q: PgQuery): PgResult {
    if (this.#depth === 0) return this.#run('main', [q])[0]!;
    return this.#flush([q]).at(-1)!;
  }

  #rows<T = Record<string, unknown>>(text: string, values: readonly unknown[] = [], name?: string): T[] {
    return this.#read({ text, values, ...(name ? { name } : {}) }).rows as T[];
  }

  #one<T = Record<string, unknown>>(text: string, values: readonly unknown[] = [], name?: string): T | undefined {
    return this.#rows<T>(text, values, name)[0];
  }

  /** A write nobody reads the result of: queued inside a transaction, run at once outside one. */
  #write(text: string, values: readonly unknown[] = [], name?: string): void {
    const q = { text, values, ...(name ? { name } : {}) };
    if (this.#depth === 0) this.#run('main', [q]);
    else this.#queue.push(q);
  }

  /** Send the queue (and `more`); the results of `more`. Consecutive event inserts go as one
   *  statement (a case file's history is many events). */
  #flush(more: readonly PgQuery[] = []): PgResult[] {
    const batch: PgQuery[] = [];
    for (const q of this.#queue) {
      const prev = batch.at(-1);
      if (q.name === 'xf_insert_event' && (prev?.name === 'xf_insert_event' || prev?.name === 'xf_insert_events')) {
        const cols = prev.name === 'xf_insert_events' ? (prev.values as unknown[][]) : (prev.values as unknown[]).map((v) => [v]);
        (q.values as unknown[]).forEach((v, i) => cols[i]!.push(v));
        batch[batch.length - 1] = { text: INSERT_EVENTS, values: cols, name: 'xf_insert_events' };
      } else batch.push(q);
    }
    batch.push(...more);
    this.#queue = [];
    if (!batch.length) return [];
    this.#flushes++;
    if (this.#depth > 0) this.#begun = true;
    const out = this.#run('main', batch);
    return out.slice(out.length - more.length);
  }

  // --- transactions -------------------------------------------------------------------------------

  transaction<T>(fn: () => T): T {
    if (this.#depth > 0) return this.#savepoint(fn);
    this.#depth = 1;
    this.#begun = false;
    this.#queue = [{ text: 'BEGIN' }, { text: LOCK }];
    try {
      const out = fn();
      this.#flush([{ text: 'COMMIT' }]);
      return out;
    } catch (e) {
      this.#queue = [];
      if (this.#begun) {
        try {
          this.#b.settle(); // a posted batch's error: this failure's cause, or come after it
        } catch {}
        try {
          this.#b.run('main', [{ text: 'ROLLBACK' }]);
        } catch {
          // the connection is gone: the server rolled back already
        }
      }
      throw e;
    } finally {
      this.#depth = 0;
      this.#queue = [];
      this.#fresh.clear();
    }
  }

  #savepoint<T>(fn: () => T): T {
    // the savepoint opens a batch of its own, so a failure inside it is never an earlier one's
    if (this.#queue.length) this.#flush();
    this.#depth++;
    const flushes = this.#flushes;
    this.#queue.push({ text: 'SAVEPOINT xf_nested' });
    try {
      const out = fn();
      this.#flush([{ text: 'RELEASE xf_nested' }]);
      return out;
    } catch (e) {
      if (this.#flushes === flushes)
        this.#queue = []; // nothing reached the server: nothing to undo
      else {
        this.#queue = [];
        this.#run('main', [{ text: 'ROLLBACK TO xf_nested' }, { text: 'RELEASE xf_nested' }]);
      }
      throw e;
    } finally {
      this.#depth--;
    }
  }

  get inTransaction(): boolean {
    return this.#depth > 0;
  }

  limitPageCache(): () => void {
    return () => {};
  }

  /** Rows of a query through a cursor, `batch` at a time. */
  *#stream(text: string, values: readonly unknown[] = [], batch = 1000, rowMode?: 'array'): Generator<Record<string, unknown>> {
    const name = `xf_cursor_${++this.#cursors}`;
    const declare = { text: `DECLARE ${name} NO SCROLL CURSOR FOR ${text}`, values };
    const fetch: PgQuery = { text: `FETCH ${batch} FROM ${name}`, ...(rowMode ? { rowMode } : {}) };
    if (this.#depth > 0) {
      this.#read(declare);
      try {
        for (;;) {
          const r = this.#read(fetch);
          yield* r.rows;
          if (r.rows.length < batch) break;
        }
      } finally {
        if (this.#depth > 0) {
          try {
            this.#b.run('main', [{ text: `CLOSE ${name}` }]);
          } catch {}
        }
      }
      return;
    }
    if (this.#readers++ === 0) this.#run('read', [{ text: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' }]);
    try {
      this.#run('read', [declare]);
      for (;;) {
        const r = this.#run('read', [fetch])[0]!;
        yield* r.rows;
        if (r.rows.length < batch) break;
      }
    } finally {
      try {
        this.#b.run('read', --this.#readers === 0 ? [{ text: 'COMMIT' }] : [{ text: `CLOSE ${name}` }]);
      } catch {}
    }
  }

  // --- migrations ---------------------------------------------------------------------------------

  #migrate(list: readonly Migration[], create: boolean): void {
    const applied = () =>
      this.#one<{ t: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS t")?.t
        ? new Set(this.#rows<{ id: string }>('SELECT id FROM schema_migrations').map((r) => r.id))
        : new Set<string>();
    let done = applied();
    if (!create && !done.has('0001-register')) {
      throw new XfError('NOT_FOUND', t(`${this.shown} 中没有登记簿：请先运行 xf init --database`, `no register in ${this.shown}: run xf init --database first`));
    }
    if (list.every((m) => done.has(m.id))) return; // a reader (the auditor role) never needs to write here
    // One transaction, under a lock: two processes opening a new register at once, the second waits
    // and then finds everything done.
    this.#run('main', [{ text: 'BEGIN' }, { text: MIGRATE_LOCK }, { text: 'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT COLLATE "C" PRIMARY KEY, applied_at TEXT NOT NULL)' }]);
    try {
      done = applied();
      for (const m of list) {
        if (done.has(m.id)) continue;
        this.#run('main', [{ text: pgSql(m) }, { text: 'INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', values: [m.id, new Date().toISOString()] }]);
      }
      this.#run('main', [{ text: 'COMMIT' }]);
    } catch (e) {
      try {
        this.#b.run('main', [{ text: 'ROLLBACK' }]);
      } catch {}
      throw e;
    }
  }

  // --- cases --------------------------------------------------------------------------------------

  caseRecord(caseNo: string): string | undefined {
    return this.#one<{ record: string }>('SELECT record FROM cases WHERE case_no = $1', [caseNo], 'xf_case')?.record;
  }

  hasCase(caseNo: string): boolean {
    return !!this.#one('SELECT 1 FROM cases WHERE case_no = $1', [caseNo], 'xf_has_case');
  }

  insertCase(row: CaseRow): void {
    if (this.#depth > 0) this.#fresh.add(row.case_no);
    this.#write(
      `INSERT INTO cases (${CASE_COLS.join(', ')}) VALUES (${CASE_COLS.map((_, i) => `$${i + 1}`).join(', ')})`,
      CASE_COLS.map((k) => row[k]),
      'xf_insert_case',
    );
  }

  updateCase(row: CaseRow): void {
    this.#write(
      'UPDATE cases SET status=$2, proxy_status=$3, accepted_date=$4, closed_date=$5, handling_org=$6, slip_no=$7, record=$8, last_seq=$9 WHERE case_no=$1',
      [row.case_no, row.status, row.proxy_status, row.accepted_date, row.closed_date, row.handling_org, row.slip_no, row.record, row.last_seq],
      'xf_update_case',
    );
  }

  replaceClocks(caseNo: string, rows: readonly ClockRow[]): void {
    // a case inserted in this transaction has no clocks yet
    if (!this.#fresh.has(caseNo)) this.#write('DELETE FROM clocks WHERE case_no = $1', [caseNo], 'xf_delete_clocks');
    if (!rows.length) return;
    // INSERT OR REPLACE, as SQLite does it: the last of rows with one key wins
    const byKey = new Map<string, ClockRow>();
    for (const r of rows) byKey.set([r.actor, r.paused, r.act_by, r.case_no, r.slot, r.anchor_date].join('\u0000'), r);
    const list = [...byKey.values()];
    // one statement for all of a case's clocks: a column of values per array parameter
    const cols = CLOCK_ROW_COLS.map((k) => list.map((r) => r[k]));
    this.#write(
      `INSERT INTO clocks (${CLOCK_ROW_COLS.join(', ')}) SELECT * FROM unnest(${CLOCK_ROW_COLS.map((k, i) => `$${i + 1}::${CLOCK_TYPES[k] ?? 'text'}[]`).join(', ')})`,
      cols,
      'xf_insert_clocks',
    );
  }

  // --- bulk registration: one statement per table and batch, each column an array parameter ---

  existingCases(caseNos: readonly string[]): Set<string> {
    if (!caseNos.length) return new Set();
    return new Set(this.#rows<{ case_no: string }>('SELECT case_no FROM cases WHERE case_no = ANY($1::text[])', [caseNos], 'xf_existing_cases').map((r) => r.case_no));
  }

  closedWithFingerprints(fingerprints: readonly string[], limit: number): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!fingerprints.length) return out;
    const rows = this.#rows<{ fingerprint: string; case_no: string }>(
      "SELECT fingerprint, case_no FROM cases WHERE fingerprint = ANY($1::text[]) AND status IN ('terminated', 'archived') ORDER BY fingerprint, case_no",
      [fingerprints],
      'xf_fingerprints',
    );
    for (const r of rows) {
      const list = out.get(r.fingerprint) ?? out.set(r.fingerprint, []).get(r.fingerprint)!;
      if (list.length < limit) list.push(r.case_no);
    }
    return out;
  }

  insertCases(rows: readonly CaseRow[], clocks: readonly ClockRow[]): void {
    if (rows.length) {
      // not remembered in #fresh (a million names in an import): a later replaceClocks of one of
      // these sends the DELETE any other case gets, which is right either way
      this.#write(
        `INSERT INTO cases (${CASE_COLS.join(', ')}) SELECT * FROM unnest(${CASE_COLS.map((k, i) => `$${i + 1}::${CASE_TYPES[k] ?? 'text'}[]`).join(', ')})`,
        CASE_COLS.map((k) => rows.map((r) => r[k])),
        'xf_insert_cases',
      );
    }
    if (clocks.length) {
      // INSERT OR REPLACE, as SQLite does it: the last of rows with one key wins
      const byKey = new Map<string, ClockRow>();
      for (const r of clocks) byKey.set([r.actor, r.paused, r.act_by, r.case_no, r.slot, r.anchor_date].join('\u0000'), r);
      const list = [...byKey.values()];
      this.#write(
        `INSERT INTO clocks (${CLOCK_ROW_COLS.join(', ')}) SELECT * FROM unnest(${CLOCK_ROW_COLS.map((k, i) => `$${i + 1}::${CLOCK_TYPES[k] ?? 'text'}[]`).join(', ')})`,
        CLOCK_ROW_COLS.map((k) => list.map((r) => r[k])),
        'xf_insert_clocks',
      );
    }
    // The batch goes now, without waiting for the reply: the caller prepares its next batch while the
    // server inserts this one. Its error, if any, is thrown by the next operation (as a queued write's
    // always was); no savepoint is open here to blame, or it is flushed first as usual.
    if (this.#depth === 1 && this.#queue.length) {
      this.#flushes++;
      this.#begun = true;
      const q = this.#queue;
      this.#queue = [];
      this.#post(q);
    }
  }

  #post(queries: readonly PgQuery[]): void {
    this.#run('main', queries, true);
  }

  insertEvents(rows: readonly EventRow[]): void {
    if (!rows.length) return;
    const cols = ['seq', 'case_no', 'event', 'event_date', 'details', 'recorded_at', 'actor', 'prev_hash', 'hash'] as const;
    this.#write(
      INSERT_EVENTS,
      cols.map((k) => rows.map((r) => r[k])),
      'xf_insert_events',
    );
  }

  closedWithFingerprint(fingerprint: string, limit: number): string[] {
    return this.#rows<{ case_no: string }>(
      "SELECT case_no FROM cases WHERE fingerprint = $1 AND status IN ('terminated', 'archived') ORDER BY case_no LIMIT $2",
      [fingerprint, limit],
      'xf_fingerprint',
    ).map((r) => r.case_no);
  }

  listCases(q: CaseQuery): CaseSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const p = () => `$${args.length + 1}`;
    if (q.due) args.push(q.due.date);
    if (q.status) {
      where.push(`status = ${p()}`);
      args.push(q.status);
    }
    if (q.year) {
      where.push(`received_date BETWEEN ${p()} AND $${args.length + 2}`);
      args.push(`${q.year}-01-01`, `${q.year}-12-31`);
    }
    const limit = q.limit ? Math.floor(q.limit) : Infinity;
    if (q.due) {
      // the clocks' primary key is (actor, paused, act_by, …): one index range scan, earliest first;
      // a case with several due clocks is listed once, at its earliest
      const cmp = q.due.inclusive ? 'act_by <= $1' : 'act_by < $1';
      const sql = `SELECT ${DUE_SUMMARY_COLS}
        FROM clocks WHERE actor = 'organ' AND paused = 0 AND ${cmp} ${where.map((w) => 'AND ' + w).join(' ')} ORDER BY act_by, case_no`;
      const rows: Iterable<unknown> = Number.isFinite(limit) ? this.#stream(sql, args, 500, 'array') : this.#read({ text: sql, values: args, rowMode: 'array' }).rows;
      const seen = new Set<string>();
      const out: CaseSummary[] = [];
      for (const x of rows) {
        const r = x as unknown[];
        const no = r[0] as string;
        if (seen.has(no)) continue;
        seen.add(no);
        out.push(summaryOfRow(r));
        if (out.length >= limit) break;
      }
      return out;
    }
    const sql = `SELECT ${SUMMARY_COLS} FROM cases ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY received_date, case_no${Number.isFinite(limit) ? ` LIMIT ${limit}` : ''}`;
    return this.#rows(sql, args).map(toSummary);
  }

  openClocks(caseNo?: string): OpenClockRow[] {
    const rows = caseNo
      ? this.#rows(`SELECT ${CLOCK_COLS} FROM clocks WHERE case_no = $1 ORDER BY act_by`, [caseNo], 'xf_clocks_of')
      : this.#rows(`SELECT ${CLOCK_COLS} FROM clocks ORDER BY act_by, case_no`);
    return rows.map((r) => ({ ...(r as unknown as OpenClockRow), provisional: r.provisional === 1, paused: r.paused === 1 }));
  }

  *caseRecords(): Generator<string> {
    for (const r of this.#stream('SELECT record FROM cases ORDER BY case_no')) yield r.record as string;
  }

  countCases(): number {
    return this.#one<{ n: number }>('SELECT COUNT(*) AS n FROM cases')!.n;
  }

  // --- replay verification ------------------------------------------------------------------------

  storedCaseRows(): Record<string, unknown>[] {
    return this.#rows('SELECT * FROM cases ORDER BY case_no');
  }

  storedClockRows(): Record<string, unknown>[] {
    return this.#rows('SELECT * FROM clocks ORDER BY case_no, slot, anchor_date');
  }

  storedSerials(): { counters: SerialCounterRow[]; issues: StoredSerialIssue[] } {
    return {
      counters: this.#rows<SerialCounterRow>('SELECT kind, year, last FROM serials ORDER BY kind, year'),
      issues: this.#rows<StoredSerialIssue>('SELECT kind, year, seq, serial, case_no FROM serial_issues ORDER BY kind, year, seq'),
    };
  }

  // --- the event log ------------------------------------------------------------------------------

  lastEvent(): ChainHead | undefined {
    return this.#one<ChainHead>('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1', [], 'xf_last_event');
  }

  insertEvent(e: EventRow): void {
    this.#write(
      'INSERT INTO events (seq, case_no, event, event_date, details, recorded_at, actor, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [e.seq, e.case_no, e.event, e.event_date, e.details, e.recorded_at, e.actor, e.prev_hash, e.hash],
      'xf_insert_event',
    );
  }

  chainHead(): ChainHead | undefined {
    const row = this.#one<{ value: string }>("SELECT value FROM meta WHERE key = 'chain_head'");
    return row ? (JSON.parse(row.value) as ChainHead) : undefined;
  }

  setChainHead(head: ChainHead): void {
    // only the last head of a transaction's queue matters: nothing read the earlier ones
    const i = this.#queue.findIndex((q) => q.name === 'xf_set_head');
    if (i >= 0) this.#queue.splice(i, 1);
    this.#write("INSERT INTO meta (key, value) VALUES ('chain_head', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [JSON.stringify({ seq: head.seq, hash: head.hash })], 'xf_set_head');
  }

  events(caseNo?: string): EventRow[] {
    return (caseNo ? this.#rows('SELECT * FROM events WHERE case_no = $1 ORDER BY seq', [caseNo], 'xf_events_of') : this.#rows('SELECT * FROM events ORDER BY seq')) as unknown as EventRow[];
  }

  eventStream(): Iterable<EventRow> {
    return this.#stream('SELECT * FROM events ORDER BY seq') as unknown as Iterable<EventRow>;
  }

  /** Every `archive` event (details as JSON text): what fixity compares dossiers with. */
  archiveEvents(): { seq: number; case_no: string; details: string }[] {
    return this.#rows("SELECT seq, case_no, details FROM events WHERE event = 'archive' ORDER BY seq");
  }

  // --- serials ------------------------------------------------------------------------------------

  nextSerial(kind: string, year: number): number {
    return this.#one<{ last: number }>(
      'INSERT INTO serials (kind, year, last) VALUES ($1, $2, 1) ON CONFLICT (kind, year) DO UPDATE SET last = serials.last + 1 RETURNING last',
      [kind, year],
      'xf_next_serial',
    )!.last;
  }

  recordSerialIssue(serial: string, kind: string, year: number, seq: number, caseNo: string | null, issuedAt: string): void {
    this.#write('INSERT INTO serial_issues (serial, kind, year, seq, case_no, issued_at) VALUES ($1, $2, $3, $4, $5, $6)', [serial, kind, year, seq, caseNo, issuedAt], 'xf_issue');
  }

  voidSerial(serial: string, reason: string): { case_no: string | null } | undefined {
    return this.#one<{ case_no: string | null }>('UPDATE serial_issues SET voided = 1, void_reason = $1 WHERE serial = $2 AND voided = 0 RETURNING case_no', [reason, serial]);
  }

  serialIssues(kind?: string): SerialIssueRow[] {
    const rows = kind ? this.#rows('SELECT * FROM serial_issues WHERE kind = $1 ORDER BY year, seq', [kind]) : this.#rows('SELECT * FROM serial_issues ORDER BY kind, year, seq');
    return rows.map((r) => ({
      serial: String(r.serial),
      kind: String(r.kind),
      year: Number(r.year),
      case_no: (r.case_no as string | null) ?? null,
      voided: r.voided === 1,
      void_reason: (r.void_reason as string | null) ?? null,
    }));
  }

  // --- whole tables (xf registry export / import) ------------------------------------------------

  hasTable(name: string): boolean {
    return !!this.#one<{ t: boolean }>('SELECT to_regclass($1) IS NOT NULL AS t', [name])?.t;
  }

  tableRows(table: RegisterTable): Iterable<Record<string, unknown>> {
    return this.#stream(`SELECT * FROM ${table} ORDER BY ${TABLE_ORDER[table]}`);
  }

  insertRows(table: RegisterTable, rows: readonly Record<string, unknown>[]): void {
    if (!rows.length) return;
    const cols = Object.keys(rows[0]!);
    const values: unknown[] = [];
    const tuples = rows.map(
      (r) =>
        `(${cols
          .map((c) => {
            values.push(r[c] ?? null);
            return `$${values.length}`;
          })
          .join(', ')})`,
    );
    this.#write(`INSERT INTO ${table} (${cols.map(quoteIdent).join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }

  // --- what other modules keep in the register ---------------------------------------------------

  #ledgerQueries(): LedgerQueries {
    const rows = function* (it: Iterable<Record<string, unknown>>): Generator<LedgerCaseRow> {
      for (const r of it) yield { record: r.record as string, repeat: r.rep === true, case_no: r.case_no as string };
    };
    return {
      countReceived: (p: Period) => this.#one<{ n: number }>('SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN $1 AND $2', [p.from, p.to])!.n,
      sheetCases: (p: Period, f: LedgerSheetFilter) => {
        const channels = f.channels?.map((c) => {
          if (!CHANNEL.test(c)) throw new Error(`not a channel: ${c}`);
          return `'${c}'`;
        });
        const where = `c.received_date BETWEEN $1 AND $2 AND c.via_agent = ${f.via_agent ? 1 : 0}${channels ? ` AND c.channel IN (${channels.join(', ')})` : ''}`;
        return rows(this.#stream(`SELECT c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where} ORDER BY c.received_date, c.case_no`, [p.from, p.to]));
      },
      quarterlyCases: (cohorts: readonly Period[], events: Period, lookback: string) => {
        const values: unknown[] = [events.from, events.to, lookback];
        const ev = (path: string) => `(c.record::jsonb #>> '{progress,${path}}') BETWEEN $1 AND $2`;
        const cohort = cohorts.map((p) => {
          values.push(p.from, p.to);
          return `c.received_date BETWEEN $${values.length - 1} AND $${values.length}`;
        });
        const where = `${cohort.join(' OR ')}${cohort.length ? ' OR ' : ''}(c.received_date BETWEEN $3 AND $2 AND (${ev('extension,notice_date')} OR ${ev('review,application_received_date')} OR ${ev('rereview,application_received_date')}))`;
        return rows(this.#stream(`SELECT c.case_no AS case_no, c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where}`, values));
      },
      casesWithEventsAfter: (date: string) =>
        this.#rows<{ case_no: string }>("SELECT DISTINCT case_no FROM events WHERE event_date > $1 AND case_no <> '-' ORDER BY case_no", [date]).map((r) => r.case_no),
      monthlyCounts: (p: Period, registeredBy = '9999-12-31') =>
        this.#rows<{ m: string; n: number }>(
          'SELECT substr(received_date, 1, 7) AS m, COUNT(*) AS n FROM cases WHERE received_date BETWEEN $1 AND $2 AND registered_date <= $3 GROUP BY m ORDER BY m',
          [p.from, p.to, registeredBy],
        ).map((r) => ({
          month: r.m,
          n: r.n,
        })),
      yearlyCounts: () =>
        this.#rows<{ y: number; n: number }>('SELECT CAST(substr(received_date, 1, 4) AS INTEGER) AS y, COUNT(*) AS n FROM cases GROUP BY y ORDER BY y').map((r) => ({ year: r.y, n: r.n })),
      recordExport: (r: ExportRecord, requestedAt: string) => {
        // the caller holds the write transaction (and so the register's lock): read and append are one step
        const last = this.#one<{ id: number; hash: string | null }>('SELECT id, hash FROM ledger_exports ORDER BY id DESC LIMIT 1');
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
        const full = { ...row, hash: exportHash(row) };
        const cols = Object.keys(full);
        this.#write(
          `INSERT INTO ledger_exports (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
          cols.map((c) => full[c as keyof typeof full]),
        );
        return row.id;
      },
      exportLog: () => this.#rows('SELECT * FROM ledger_exports ORDER BY id').map((r) => ({ ...(r as unknown as ExportLogRow), include_confidential: r.include_confidential === 1 })),
      exportRows: () => this.#rows('SELECT * FROM ledger_exports ORDER BY id'),
    };
  }

  #archiveQueries(): ArchiveQueries {
    return {
      countToArchive: (p) => this.#one<{ n: number }>("SELECT COUNT(*) AS n FROM cases WHERE status = 'terminated' AND closed_date BETWEEN $1 AND $2", [p.from, p.to])!.n,
      closedCasePage: (status, p, after, limit) =>
        this.#rows<{ case_no: string }>('SELECT case_no FROM cases WHERE status = $1 AND closed_date BETWEEN $2 AND $3 AND case_no > $4 ORDER BY case_no LIMIT $5', [
          status,
          p.from,
          p.to,
          after,
          limit,
        ]).map((r) => r.case_no),
      closedYears: () =>
        this.#rows<{ y: number }>("SELECT DISTINCT CAST(substr(closed_date, 1, 4) AS INTEGER) AS y FROM cases WHERE status IN ('terminated', 'archived') AND closed_date IS NOT NULL ORDER BY y").map(
          (r) => r.y,
        ),
      reservations: (caseNo, year) =>
        this.#rows<{ seq: number; kind: string }>('SELECT seq, kind FROM serial_issues WHERE case_no = $1 AND year = $2 AND voided = 0 ORDER BY issued_at, seq', [caseNo, year]),
      serialNumber: (serial) => this.#one<{ seq: number }>('SELECT seq FROM serial_issues WHERE serial = $1', [serial])?.seq,
      reservedNumber: (caseNo, year, kind) =>
        this.#one<{ seq: number }>('SELECT seq FROM serial_issues WHERE case_no = $1 AND year = $2 AND kind = $3 AND voided = 0 ORDER BY seq LIMIT 1', [caseNo, year, kind])?.seq,
      filedBefore: (caseNo, p) =>
        this.#one<{ n: number }>(
          "SELECT COUNT(*) AS n FROM events e JOIN cases c ON c.case_no = e.case_no WHERE e.event = 'archive' AND c.closed_date BETWEEN $1 AND $2 AND e.seq < COALESCE((SELECT MIN(seq) FROM events WHERE case_no = $3 AND event = 'archive'), 9223372036854775807)",
          [p.from, p.to, caseNo],
        )!.n,
      lastEvent: () => this.lastEvent(),
    };
  }

  #auditQueries(): AuditQueries {
    return {
      records: () => this.#rows<{ record: string }>('SELECT record FROM fixity_audit ORDER BY seq').map((r) => r.record),
      last: () => this.#one<{ record: string }>('SELECT record FROM fixity_audit ORDER BY seq DESC LIMIT 1')?.record,
      insert: (row: AuditRow) => {
        this.#write('INSERT INTO fixity_audit (seq, run, kind, ts, record, prev, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)', [row.seq, row.run, row.kind, row.ts, row.record, row.prev, row.hash]);
      },
    };
  }
}
