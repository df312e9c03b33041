// The case register: cases, their open clocks and the hash-chained event log in one SQLite file.
// Every command's change is one IMMEDIATE transaction, so two xf processes can write at once
// (WAL; the second waits for the first) and a failure leaves nothing half-written.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { defaultCalendar, type Calendar } from '../domain/calendar.js';
import type { CaseFile } from '../domain/case-schema.js';
import type { CaseRecord } from '../domain/case.js';
import { petitionerDisplayName } from '../domain/case.js';
import { caseClocks, type Clock } from '../domain/clocks.js';
import type { OfficeConfig } from '../domain/config.js';
import { addCalendarDays, type IsoDate, todayInShanghai, yearOf } from '../domain/dates.js';
import { XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { applyEvent, registerCase, type CaseEvent, type LifecycleContext } from '../domain/lifecycle.js';
import { resolveRulePack, type ResolvedRulePack } from '../domain/rulepacks.js';
import { osUser } from '../io/os-user.js';
import { canonicalJson, eventHash, GENESIS, verifyChain, type ChainReport, type EventRow } from './chain.js';
import { allMigrations, type Migration } from './migrations.js';

export interface RegistryOptions {
  /** Extra migrations (tests), applied after every module's own. */
  migrations?: Migration[];
  /** Override "today" (tests, the demo's fixed date). */
  today?: IsoDate;
  calendar?: Calendar;
  actor?: string;
}

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

export interface ListFilter {
  status?: string;
  overdue?: boolean;
  dueWithin?: number;
  year?: number;
  limit?: number;
}

function fingerprint(c: Pick<CaseFile, 'request_text' | 'facts_text' | 'reasons_text'>): string {
  const norm = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');
  return createHash('sha256').update(norm(c.request_text) + '|' + norm(c.facts_text) + '|' + norm(c.reasons_text)).digest('hex').slice(0, 32);
}

const SUMMARY_COLS = 'case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, closed_date, petitioner_name, slip_no';

function toSummary(r: Record<string, unknown>): CaseSummary {
  return { ...(r as unknown as CaseSummary), via_agent: r.via_agent === 1, confidential: r.confidential === 1 };
}

export class Registry {
  readonly db: Database.Database;
  readonly pack: ResolvedRulePack;
  readonly calendar: Calendar;
  readonly today: IsoDate;
  private readonly actor: string;
  /** The chain head while inside one write transaction (nobody else can append meanwhile). */
  private head: { seq: number; hash: string } | undefined;
  private readonly stmts: ReturnType<Registry['prepare']>;

  constructor(readonly path: string, readonly config: OfficeConfig, opts: RegistryOptions = {}) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 15000');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('cache_size = -65536'); // 64 MiB: bulk imports touch many index pages
    this.db.pragma('foreign_keys = ON');
    this.migrate([...allMigrations(), ...(opts.migrations ?? [])]);
    this.pack = resolveRulePack(config.rule_packs);
    this.calendar = opts.calendar ?? defaultCalendar();
    this.today = opts.today ?? todayInShanghai();
    this.actor = opts.actor ?? osUser();
    this.stmts = this.prepare();
  }

  private migrate(list: Migration[]): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
    const done = new Set((this.db.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id));
    const run = this.db.transaction(() => {
      for (const m of list) {
        if (done.has(m.id)) continue;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(m.id, new Date().toISOString());
      }
    });
    run.immediate();
  }

  private prepare() {
    const db = this.db;
    return {
      getCase: db.prepare('SELECT record FROM cases WHERE case_no = ?'),
      exists: db.prepare('SELECT 1 FROM cases WHERE case_no = ?'),
      insertCase: db.prepare(`INSERT INTO cases (case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, registered_date, accepted_date, closed_date, petitioner_name, handling_org, fingerprint, slip_no, record, last_seq)
        VALUES (@case_no, @status, @proxy_status, @category, @channel, @via_agent, @confidential, @received_date, @registered_date, @accepted_date, @closed_date, @petitioner_name, @handling_org, @fingerprint, @slip_no, @record, @last_seq)`),
      updateCase: db.prepare(`UPDATE cases SET status=@status, proxy_status=@proxy_status, accepted_date=@accepted_date, closed_date=@closed_date, handling_org=@handling_org, slip_no=@slip_no, record=@record, last_seq=@last_seq WHERE case_no=@case_no`),
      deleteClocks: db.prepare('DELETE FROM clocks WHERE case_no = ?'),
      insertClock: db.prepare(`INSERT OR REPLACE INTO clocks (actor, paused, act_by, case_no, slot, anchor_date, dl_id, due, provisional, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, petitioner_name, slip_no)
        VALUES (@actor, @paused, @act_by, @case_no, @slot, @anchor_date, @dl_id, @due, @provisional, @status, @proxy_status, @category, @channel, @via_agent, @confidential, @received_date, @accepted_date, @petitioner_name, @slip_no)`),
      head: db.prepare("SELECT value FROM meta WHERE key = 'chain_head'"),
      setHead: db.prepare("INSERT INTO meta (key, value) VALUES ('chain_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
      lastEvent: db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1'),
      insertEvent: db.prepare('INSERT INTO events (seq, case_no, event, event_date, details, recorded_at, actor, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      serial: db.prepare('INSERT INTO serials (kind, year, last) VALUES (?, ?, 1) ON CONFLICT(kind, year) DO UPDATE SET last = last + 1 RETURNING last'),
      issue: db.prepare('INSERT INTO serial_issues (serial, kind, year, seq, case_no, issued_at) VALUES (?, ?, ?, ?, ?, ?)'),
      fingerprintMatch: db.prepare("SELECT case_no FROM cases WHERE fingerprint = ? AND status IN ('terminated', 'archived') LIMIT 3"),
    };
  }

  close(): void { this.db.close(); }

  lifecycleContext(): LifecycleContext {
    return {
      pack: this.pack, calendar: this.calendar, isXfBureau: this.config.is_xf_bureau, today: this.today,
      reviewOrgName: this.config.review_org_name, rereviewOrgName: this.config.rereview_org_name,
    };
  }

  clocksOf(rec: CaseRecord, asOf: IsoDate = this.today): Clock[] {
    return caseClocks(rec, { pack: this.pack, calendar: this.calendar, isXfBureau: this.config.is_xf_bureau, asOf });
  }

  /** Run `fn` as one IMMEDIATE transaction: all of it is written, or none of it. */
  transaction<T>(fn: () => T): T {
    this.head = undefined;
    try { return this.db.transaction(fn).immediate(); } finally { this.head = undefined; }
  }

  /** After a rollback (to a savepoint or in full) the cached head may name an event that is gone. */
  forgetHead(): void { this.head = undefined; }

  // --- events -------------------------------------------------------------------------------

  private appendEvent(caseNo: string, event: string, date: IsoDate, details: unknown): number {
    const last = this.head ?? (this.stmts.lastEvent.get() as { seq: number; hash: string } | undefined);
    const seq = (last?.seq ?? 0) + 1;
    const row = {
      seq, case_no: caseNo, event, event_date: date, details: canonicalJson(details ?? {}),
      recorded_at: new Date().toISOString(), actor: this.actor,
    };
    const prev = last?.hash ?? GENESIS;
    const hash = eventHash(prev, row);
    this.stmts.insertEvent.run(seq, caseNo, event, date, row.details, row.recorded_at, row.actor, prev, hash);
    this.stmts.setHead.run(JSON.stringify({ seq, hash }));
    if (this.db.inTransaction) this.head = { seq, hash };
    return seq;
  }

  // --- serials ------------------------------------------------------------------------------

  /** Next serial of a kind for a year, recorded so it is never issued twice. Call inside a transaction. */
  allocateSerial(kind: string, year: number, caseNo?: string): string {
    const { last } = this.stmts.serial.get(kind, year) as { last: number };
    const serial = kind === 'CASE' ? `${year}-${String(last).padStart(4, '0')}` : `${this.config.org_short}-${kind}-${year}-${String(last).padStart(6, '0')}`;
    this.stmts.issue.run(serial, kind, year, last, caseNo ?? null, new Date().toISOString());
    return serial;
  }

  /** Void a serial: it stays on record, marked voided, and is never reused (V-SLIP-1). */
  voidSerial(serial: string, reason: string): void {
    this.transaction(() => {
      const r = this.db.prepare('UPDATE serial_issues SET voided = 1, void_reason = ? WHERE serial = ? AND voided = 0').run(reason, serial);
      if (r.changes === 0) throw new XfError('NOT_FOUND', t(`未找到可作废的编号 ${serial}`, `no serial ${serial} to void`));
      const row = this.db.prepare('SELECT case_no FROM serial_issues WHERE serial = ?').get(serial) as { case_no: string | null };
      this.appendEvent(row.case_no ?? '-', 'void_serial', this.today, { serial, reason });
    });
  }

  serialIssues(kind?: string): { serial: string; kind: string; year: number; case_no: string | null; voided: boolean; void_reason: string | null }[] {
    const rows = (kind ? this.db.prepare('SELECT * FROM serial_issues WHERE kind = ? ORDER BY year, seq').all(kind) : this.db.prepare('SELECT * FROM serial_issues ORDER BY kind, year, seq').all()) as Record<string, unknown>[];
    return rows.map((r) => ({ serial: String(r.serial), kind: String(r.kind), year: Number(r.year), case_no: (r.case_no as string | null) ?? null, voided: r.voided === 1, void_reason: (r.void_reason as string | null) ?? null }));
  }

  // --- cases --------------------------------------------------------------------------------

  private writeCase(rec: CaseRecord, seq: number, insert: boolean, fp?: string): void {
    const p = rec.progress;
    const row = {
      case_no: rec.case_no, status: rec.status, proxy_status: rec.proxy_status ?? null,
      category: rec.category, channel: rec.channel, via_agent: rec.via_agent ? 1 : 0, confidential: rec.confidential ? 1 : 0,
      received_date: rec.received_date, registered_date: rec.registered_date,
      accepted_date: p.acceptance?.accepted_date ?? null, closed_date: p.termination?.terminated_date ?? null,
      petitioner_name: petitionerDisplayName(rec), handling_org: rec.handler?.handling_org_name ?? null,
      fingerprint: fp ?? '', slip_no: rec.slip_no ?? null, record: JSON.stringify(rec), last_seq: seq,
    };
    if (insert) this.stmts.insertCase.run(row); else this.stmts.updateCase.run(row);
    this.stmts.deleteClocks.run(rec.case_no);
    for (const c of this.clocksOf(rec)) {
      if (!c.open) continue;
      this.stmts.insertClock.run({
        actor: c.rule.actor, paused: c.paused ? 1 : 0, act_by: c.deadline.act_by, case_no: rec.case_no, slot: c.slot, anchor_date: c.anchor_date,
        dl_id: c.rule.id, due: c.deadline.due, provisional: c.deadline.provisional ? 1 : 0,
        status: row.status, proxy_status: row.proxy_status, category: row.category, channel: row.channel, via_agent: row.via_agent,
        confidential: row.confidential, received_date: row.received_date, accepted_date: row.accepted_date, petitioner_name: row.petitioner_name, slip_no: row.slip_no,
      });
    }
  }

  /**
   * Register a checked case file (T1) and replay its history. Call inside `transaction` (or use
   * `createCase`). Returns the record and warnings (duplicates V-CASE-7, provisional clocks).
   */
  registerInTransaction(file: CaseFile, name: string): { record: CaseRecord; warnings: Violation[] } {
    const warnings: Violation[] = [];
    let caseNo = file.case_no;
    if (caseNo) {
      if (this.stmts.exists.get(caseNo)) throw new XfError('CONFLICT', t(`${name}：信访件编号 ${caseNo} 已登记`, `${name}: case number ${caseNo} is already registered`), [], { case_no: caseNo });
    } else {
      caseNo = this.allocateSerial('CASE', yearOf(file.registered_date));
      while (this.stmts.exists.get(caseNo)) caseNo = this.allocateSerial('CASE', yearOf(file.registered_date));
    }
    const fp = fingerprint(file);
    const dups = (this.stmts.fingerprintMatch.all(fp) as { case_no: string }[]).map((r) => r.case_no);
    if (dups.length) {
      warnings.push({ rule: 'V-CASE-7', field: 'facts_text', label: '事实', severity: 'warning', found: dups.join(', '),
        message: t(`与已终结案件 ${dups.join('、')} 的请求、事实和理由相同：可能适用 NA07（须人工确认）`, `same request, facts and reasons as closed case(s) ${dups.join(', ')}: NA07 may apply (a person decides)`) });
    }
    let rec = registerCase(file, caseNo);
    let seq = this.appendEvent(caseNo, 'register', file.registered_date, { ...file, case_no: caseNo });
    const ctx = this.lifecycleContext();
    for (const [i, h] of (file.history ?? []).entries()) {
      try {
        const applied = applyEvent(rec, { event: h.event, date: h.date, details: h.details }, ctx, { inPlace: true });
        rec = applied.record;
        if (applied.effects.allocateSlip) rec.slip_no = this.allocateSerial('LXD', yearOf(h.date), caseNo);
        warnings.push(...applied.warnings.map((w) => ({ ...w, field: `history[${i}].${w.field}` })));
        seq = this.appendEvent(caseNo, h.event, h.date, h.details ?? {});
      } catch (e) {
        if (e instanceof XfError) {
          throw new XfError(e.code, t(`${name}：办理经过第 ${i + 1} 项（${h.event} ${h.date}）：${e.message}`, `${name}: history entry ${i + 1} (${h.event} ${h.date}): ${e.message}`),
            e.violations.map((v) => ({ ...v, field: `history[${i}].${v.field}` })), e.details);
        }
        throw e;
      }
    }
    this.writeCase(rec, seq, true, fp);
    return { record: rec, warnings };
  }

  createCase(file: CaseFile, name: string): { record: CaseRecord; warnings: Violation[] } {
    return this.transaction(() => this.registerInTransaction(file, name));
  }

  getCase(caseNo: string): CaseRecord {
    const row = this.stmts.getCase.get(caseNo) as { record: string } | undefined;
    if (!row) throw new XfError('NOT_FOUND', t(`未找到信访件 ${caseNo}`, `no case ${caseNo}`), [], { case_no: caseNo });
    return JSON.parse(row.record) as CaseRecord;
  }

  hasCase(caseNo: string): boolean { return !!this.stmts.exists.get(caseNo); }

  /** Record one lifecycle event on a case, atomically. */
  recordEvent(caseNo: string, ev: CaseEvent): { record: CaseRecord; warnings: Violation[]; seq: number } {
    return this.transaction(() => {
      const rec = this.getCase(caseNo);
      const applied = applyEvent(rec, ev, this.lifecycleContext());
      if (applied.effects.allocateSlip) applied.record.slip_no = this.allocateSerial('LXD', yearOf(ev.date), caseNo);
      const seq = this.appendEvent(caseNo, ev.event, ev.date, ev.details ?? {});
      this.writeCase(applied.record, seq, false);
      return { record: applied.record, warnings: applied.warnings, seq };
    });
  }

  listCases(f: ListFilter = {}): CaseSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.status) { where.push('status = ?'); args.push(f.status); }
    if (f.year) { where.push('received_date BETWEEN ? AND ?'); args.push(`${f.year}-01-01`, `${f.year}-12-31`); }
    const limit = f.limit ? Math.floor(f.limit) : Infinity;
    if (f.overdue || f.dueWithin !== undefined) {
      // One range scan of the clustered clocks, earliest act-by first; a case with several due
      // clocks is listed once, at its earliest.
      const cmp = f.overdue ? 'act_by < ?' : 'act_by <= ?';
      const sql = `SELECT case_no, status, proxy_status, category, channel, via_agent, confidential, received_date, accepted_date, NULL AS closed_date, petitioner_name, slip_no
        FROM clocks WHERE actor = 'organ' AND paused = 0 AND ${cmp} ${where.map((w) => 'AND ' + w).join(' ')} ORDER BY act_by, case_no`;
      const seen = new Set<string>();
      const out: CaseSummary[] = [];
      const stmt = this.db.prepare(sql).raw(true); // arrays: objects only for the cases kept
      const bound = f.overdue ? this.today : addCalendarDays(this.today, f.dueWithin!);
      // all() fetches in one native call; iterate() pays a crossing per row but can stop early.
      const rows = (Number.isFinite(limit) ? stmt.iterate(bound, ...args) : stmt.all(bound, ...args)) as Iterable<unknown[]>;
      for (const r of rows) {
        const no = r[0] as string;
        if (seen.has(no)) continue;
        seen.add(no);
        out.push({
          case_no: no, status: r[1] as string, proxy_status: r[2] as string | null, category: r[3] as string, channel: r[4] as string,
          via_agent: r[5] === 1, confidential: r[6] === 1, received_date: r[7] as string, accepted_date: r[8] as string | null,
          closed_date: null, petitioner_name: r[10] as string, slip_no: r[11] as string | null,
        });
        if (out.length >= limit) break;
      }
      return out;
    }
    const sql = `SELECT ${SUMMARY_COLS} FROM cases ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY received_date, case_no${Number.isFinite(limit) ? ` LIMIT ${limit}` : ''}`;
    return (this.db.prepare(sql).all(...args) as Record<string, unknown>[]).map(toSummary);
  }

  /** Every open clock, optionally for one case. */
  openClocks(caseNo?: string): OpenClockRow[] {
    const cols = 'case_no, slot, dl_id, actor, anchor_date, due, act_by, provisional, paused';
    const rows = (caseNo ? this.db.prepare(`SELECT ${cols} FROM clocks WHERE case_no = ? ORDER BY act_by`).all(caseNo)
      : this.db.prepare(`SELECT ${cols} FROM clocks ORDER BY act_by, case_no`).all()) as Record<string, unknown>[];
    return rows.map((r) => ({ ...(r as unknown as OpenClockRow), provisional: r.provisional === 1, paused: r.paused === 1 }));
  }

  /** Stream every case record (ledger, archive) without holding them all. */
  *iterateCases(where = '1=1', ...args: unknown[]): Generator<CaseRecord> {
    for (const r of this.db.prepare(`SELECT record FROM cases WHERE ${where} ORDER BY case_no`).iterate(...args) as Iterable<{ record: string }>) {
      yield JSON.parse(r.record) as CaseRecord;
    }
  }

  events(caseNo?: string): EventRow[] {
    return (caseNo ? this.db.prepare('SELECT * FROM events WHERE case_no = ? ORDER BY seq').all(caseNo)
      : this.db.prepare('SELECT * FROM events ORDER BY seq').all()) as EventRow[];
  }

  verifyChain(): ChainReport {
    const headRow = this.stmts.head.get() as { value: string } | undefined;
    const head = headRow ? (JSON.parse(headRow.value) as { seq: number; hash: string }) : undefined;
    return verifyChain(this.db.prepare('SELECT * FROM events ORDER BY seq').iterate() as Iterable<EventRow>, head);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  }

  // --- replay verification (src/registry/replay.ts) ---------------------------------------------

  /** Every stored column of the case rows, as stored (record still JSON text), for comparison with a replay. */
  storedCaseRows(): Record<string, unknown>[] {
    return this.db.prepare('SELECT * FROM cases ORDER BY case_no').all() as Record<string, unknown>[];
  }

  /** Every stored clock row, as stored. */
  storedClockRows(): Record<string, unknown>[] {
    return this.db.prepare('SELECT * FROM clocks ORDER BY case_no, slot, anchor_date').all() as Record<string, unknown>[];
  }

  /** The serial counters (kind, year, last) and every issue's sequence number. */
  storedSerials(): { counters: { kind: string; year: number; last: number }[]; issues: { kind: string; year: number; seq: number; serial: string; case_no: string | null }[] } {
    return {
      counters: this.db.prepare('SELECT kind, year, last FROM serials ORDER BY kind, year').all() as { kind: string; year: number; last: number }[],
      issues: this.db.prepare('SELECT kind, year, seq, serial, case_no FROM serial_issues ORDER BY kind, year, seq').all() as { kind: string; year: number; seq: number; serial: string; case_no: string | null }[],
    };
  }
}

