// The case register: cases, their open clocks and the hash-chained event log. Every command's
// change is one transaction, so two xf processes can write at once (SQLite WAL: the second waits
// for the first) and a failure leaves nothing half-written. The SQL lives behind RegisterStore
// (store.ts); this class holds the rules that do not depend on the backend.
import { defaultCalendar, type Calendar } from '../domain/calendar.js';
import type { CaseFile } from '../domain/case-schema.js';
import type { CaseRecord } from '../domain/case.js';
import { petitionerDisplayName } from '../domain/case.js';
import { caseClocks, type Clock } from '../domain/clocks.js';
import type { OfficeConfig } from '../domain/config.js';
import { addCalendarDays, type IsoDate, todayInShanghai, yearOf } from '../domain/dates.js';
import { validationError, XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { applyEvent, isCorrectable, registerCase, replayLog, type CaseEvent, type CorrectionDetails, type LifecycleContext, type LoggedEvent } from '../domain/lifecycle.js';
import { resolveRulePack, type ResolvedRulePack } from '../domain/rulepacks.js';
import { osUser } from '../io/os-user.js';
import { canonicalJson, eventHash, GENESIS, sha256Hex, verifyChain, type ChainReport, type EventRow } from './chain.js';
import { orderMigrations, type Migration, type ModuleMigrations } from './migrations.js';
import { SqliteRegisterStore } from './sqlite-store.js';
import { isPgPointer, openPgPointer } from './database.js';
import type { ArchiveQueries, AuditQueries, CaseRow, CaseSummary, ClockRow, LedgerQueries, OpenClockRow, RegisterStore, SerialCounterRow, SerialIssueRow, StoredSerialIssue } from './store.js';

export type { CaseSummary, OpenClockRow } from './store.js';
import { check } from '../domain/rules/index.js';

export interface RegistryOptions {
  /** The migrations of every module that keeps tables in the register (the composition root,
   *  src/cli/modules.ts, hands them in), applied after the register's own. */
  modules?: readonly ModuleMigrations[];
  /** Extra migrations (tests), applied after every module's own. */
  migrations?: Migration[];
  /** Another backend; by default the SQLite file at `path`, or the PostgreSQL register a home's
   *  xf.database.json at `path` names. */
  store?: RegisterStore;
  /** Make the register if the database holds none (xf init; SQLite always does). */
  create?: boolean;
  /** Connect with this URL (xf init, tests) rather than the one `path` records. */
  databaseUrl?: string;
  /** Override "today" (tests, the demo's fixed date). */
  today?: IsoDate;
  calendar?: Calendar;
  actor?: string;
}

export interface ListFilter {
  status?: string;
  overdue?: boolean;
  dueWithin?: number;
  year?: number;
  limit?: number;
}

const SPACE_PUNCT = /[\s\p{P}\p{S}]/gu;

function fingerprint(c: Pick<CaseFile, 'request_text' | 'facts_text' | 'reasons_text'>): string {
  const norm = (s: string) => s.replace(SPACE_PUNCT, '');
  return sha256Hex(norm(c.request_text) + '|' + norm(c.facts_text) + '|' + norm(c.reasons_text)).slice(0, 32);
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

interface Bulk {
  events: EventRow[];
  cases: CaseRow[];
  clocks: ClockRow[];
}

/** The clocks a list filter asks for as of `today`: act-by before today (overdue), or on or before today + N days. */
export function dueOf(f: ListFilter, today: IsoDate): { date: IsoDate; inclusive: boolean } | undefined {
  return f.overdue ? { date: today, inclusive: false } : f.dueWithin !== undefined ? { date: addCalendarDays(today, f.dueWithin), inclusive: true } : undefined;
}

export class Registry {
  /** Where the register's data lives; its operations, by name. */
  readonly store: RegisterStore;
  readonly ledger: LedgerQueries;
  readonly archive: ArchiveQueries;
  readonly audit: AuditQueries;
  readonly pack: ResolvedRulePack;
  readonly calendar: Calendar;
  readonly today: IsoDate;
  private readonly actor: string;
  /** The chain head while inside one write transaction (nobody else can append meanwhile). */
  private head: { seq: number; hash: string } | undefined;
  /** Inside registerBatch: the rows it writes at the end of the batch. */
  private bulk: Bulk | undefined;

  constructor(
    readonly path: string,
    readonly config: OfficeConfig,
    opts: RegistryOptions = {},
  ) {
    this.pack = resolveRulePack(config.rule_packs);
    this.calendar = opts.calendar ?? defaultCalendar();
    this.today = opts.today ?? todayInShanghai();
    this.actor = opts.actor ?? osUser();
    const migrations = orderMigrations(opts.modules, opts.migrations);
    this.store = opts.store ?? (isPgPointer(path) ? openPgPointer(path, migrations, opts.create, opts.databaseUrl) : new SqliteRegisterStore(path, { migrations }));
    this.ledger = this.store.ledger;
    this.archive = this.store.archive;
    this.audit = this.store.audit;
  }

  close(): void {
    this.store.close();
  }

  lifecycleContext(): LifecycleContext {
    return {
      pack: this.pack,
      calendar: this.calendar,
      isXfBureau: this.config.is_xf_bureau,
      today: this.today,
      reviewOrgName: this.config.review_org_name,
      rereviewOrgName: this.config.rereview_org_name,
      ...(this.config.discipline_bodies ? { disciplineBodies: this.config.discipline_bodies } : {}),
    };
  }

  clocksOf(rec: CaseRecord, asOf: IsoDate = this.today): Clock[] {
    return caseClocks(rec, { pack: this.pack, calendar: this.calendar, isXfBureau: this.config.is_xf_bureau, asOf });
  }

  /** Run `fn` as one IMMEDIATE transaction: all of it is written, or none of it. */
  transaction<T>(fn: () => T): T {
    if (this.store.inTransaction) return this.savepoint(fn);
    this.head = undefined;
    try {
      return this.store.transaction(fn);
    } finally {
      this.head = undefined;
    }
  }

  /** Inside a transaction: run `fn` so that a throw undoes only what `fn` wrote (a savepoint). */
  savepoint<T>(fn: () => T): T {
    try {
      return this.store.transaction(fn);
    } catch (e) {
      this.head = undefined;
      throw e;
    }
  }

  /** Shrink the page cache for one sequential pass over the register; returns the restore. */
  limitPageCache(kib: number): () => void {
    return this.store.limitPageCache(kib);
  }

  /** After a rollback (to a savepoint or in full) the cached head may name an event that is gone. */
  forgetHead(): void {
    this.head = undefined;
  }

  // --- events -------------------------------------------------------------------------------

  private appendEvent(caseNo: string, event: string, date: IsoDate, details: unknown): number {
    const last = this.head ?? this.store.lastEvent();
    const seq = (last?.seq ?? 0) + 1;
    const row = {
      seq,
      case_no: caseNo,
      event,
      event_date: date,
      details: canonicalJson(details ?? {}),
      recorded_at: new Date().toISOString(),
      actor: this.actor,
    };
    const prev = last?.hash ?? GENESIS;
    const hash = eventHash(prev, row);
    if (this.bulk) {
      // registerBatch writes them, and the head once, at the end of the batch
      this.bulk.events.push({ ...row, prev_hash: prev, hash });
      this.head = { seq, hash };
      return seq;
    }
    this.store.insertEvent({ ...row, prev_hash: prev, hash });
    this.store.setChainHead({ seq, hash });
    if (this.store.inTransaction) this.head = { seq, hash };
    return seq;
  }

  // --- serials ------------------------------------------------------------------------------

  /** Next serial of a kind for a year, recorded so it is never issued twice. Call inside a transaction. */
  allocateSerial(kind: string, year: number, caseNo?: string): string {
    const last = this.store.nextSerial(kind, year);
    const serial = kind === 'CASE' ? `${year}-${String(last).padStart(4, '0')}` : `${this.config.org_short}-${kind}-${year}-${String(last).padStart(6, '0')}`;
    this.store.recordSerialIssue(serial, kind, year, last, caseNo ?? null, new Date().toISOString());
    return serial;
  }

  /** Void a serial: it stays on record, marked voided, and is never reused (V-SLIP-1). */
  voidSerial(serial: string, reason: string): void {
    this.transaction(() => {
      const row = this.store.voidSerial(serial, reason);
      if (!row) throw new XfError('NOT_FOUND', t(`未找到可作废的编号 ${serial}`, `no serial ${serial} to void`));
      this.appendEvent(row.case_no ?? '-', 'void_serial', this.today, { serial, reason });
    });
  }

  serialIssues(kind?: string): SerialIssueRow[] {
    return this.store.serialIssues(kind);
  }

  /**
   * A new 四联单 serial for a case whose slip was voided: the voided serial stays on record as voided,
   * the case carries the new one. Refused while the case's slip is live.
   */
  reissueSlip(caseNo: string): CaseRecord {
    return this.transaction(() => {
      const rec = this.getCase(caseNo);
      const old = rec.slip_no;
      const issue = old ? this.store.serialIssues('LXD').find((x) => x.serial === old) : undefined;
      if (!old || !issue?.voided) {
        throw new XfError(
          'CONFLICT',
          old
            ? t(`四联单 ${old} 未作废：请先用 --void --void-reason 作废，再补发新编号`, `contact slip ${old} is not voided: void it (--void --void-reason) before issuing a new serial`)
            : t(`信访件 ${caseNo} 没有四联单编号`, `case ${caseNo} has no contact slip serial`),
          [],
          { case_no: caseNo, ...(old ? { slip_no: old } : {}) },
        );
      }
      rec.slip_no = this.allocateSerial('LXD', yearOf(this.today), caseNo);
      if (rec.contact_slip?.voided) rec.contact_slip = { ...rec.contact_slip, voided: false };
      const seq = this.appendEvent(caseNo, 'reissue_serial', this.today, { voided: old, serial: rec.slip_no });
      this.writeCase(rec, seq, false);
      return rec;
    });
  }

  /**
   * Confidential identities shown on request (SPEC §7.8): one row in the export log and one event in
   * the hash-chained history, in one transaction, before anything is printed. Returns the log id.
   */
  logDisclosure(d: { command: string; scope: string; requestedBy: string; caseNos: readonly string[] }): number {
    return this.transaction(() => {
      const id = this.store.ledger.recordExport(
        {
          kind: 'disclosure',
          scope: d.scope,
          as_of: this.today,
          actor: this.actor,
          requested_by: d.requestedBy,
          include_confidential: true,
          rows: d.caseNos.length,
          confidential_rows: d.caseNos.length,
          output: d.command,
          sha256: '',
        },
        new Date().toISOString(),
      );
      this.appendEvent('-', 'disclose', this.today, { log_id: id, command: d.command, requested_by: d.requestedBy, case_nos: [...d.caseNos] });
      return id;
    });
  }

  // --- cases --------------------------------------------------------------------------------

  private writeCase(rec: CaseRecord, seq: number, insert: boolean, fp?: string): void {
    const p = rec.progress;
    const row: CaseRow = {
      case_no: rec.case_no,
      status: rec.status,
      proxy_status: rec.proxy_status ?? null,
      category: rec.category,
      channel: rec.channel,
      via_agent: rec.via_agent ? 1 : 0,
      confidential: rec.confidential ? 1 : 0,
      received_date: rec.received_date,
      registered_date: rec.registered_date,
      accepted_date: p.acceptance?.accepted_date ?? null,
      closed_date: p.termination?.terminated_date ?? null,
      petitioner_name: petitionerDisplayName(rec),
      handling_org: rec.handler?.handling_org_name ?? null,
      fingerprint: fp ?? '',
      slip_no: rec.slip_no ?? null,
      record: JSON.stringify(rec),
      last_seq: seq,
    };
    const bulk = insert ? this.bulk : undefined;
    if (bulk) bulk.cases.push(row);
    else if (insert) this.store.insertCase(row);
    else this.store.updateCase(row);
    const clocks: ClockRow[] = bulk ? bulk.clocks : [];
    for (const c of this.clocksOf(rec)) {
      if (!c.open) continue;
      clocks.push({
        actor: c.rule.actor,
        paused: c.paused ? 1 : 0,
        act_by: c.deadline.act_by,
        case_no: rec.case_no,
        slot: c.slot,
        anchor_date: c.anchor_date,
        dl_id: c.rule.id,
        due: c.deadline.due,
        provisional: c.deadline.provisional ? 1 : 0,
        status: row.status,
        proxy_status: row.proxy_status,
        category: row.category,
        channel: row.channel,
        via_agent: row.via_agent,
        confidential: row.confidential,
        received_date: row.received_date,
        accepted_date: row.accepted_date,
        petitioner_name: row.petitioner_name,
        slip_no: row.slip_no,
      });
    }
    if (!bulk) this.store.replaceClocks(rec.case_no, clocks);
  }

  /**
   * Register a checked case file (T1) and replay its history. Call inside `transaction` (or use
   * `createCase`). Returns the record and warnings (duplicates V-CASE-7, provisional clocks).
   */
  registerInTransaction(file: CaseFile, name: string): { record: CaseRecord; warnings: Violation[] } {
    return this.registerOne(file, name, fingerprint(file), {
      taken: (no) => this.store.hasCase(no),
      dups: (fp) => this.store.closedWithFingerprint(fp, 3),
    });
  }

  /**
   * Register many checked case files, in order, inside `transaction` (an import): what
   * registerInTransaction does for each, with the register read once per batch (which case numbers
   * are taken, which fingerprints closed cases have) and the rows written in one statement per table.
   * A file that fails is returned as its error and leaves nothing of itself (it consumed serial
   * numbers only: the caller rolls back the whole transaction when any file fails).
   */
  registerBatch(items: readonly { file: CaseFile; name: string }[]): ({ record: CaseRecord; warnings: Violation[] } | { error: XfError })[] {
    const fps = items.map((i) => fingerprint(i.file));
    const taken = this.store.existingCases(items.flatMap((i) => (i.file.case_no ? [i.file.case_no] : [])));
    const closed = this.store.closedWithFingerprints([...new Set(fps)], 3);
    // what this batch adds (the register answers for the batches before it: they are written)
    const mine = new Set<string>();
    const closedHere = new Map<string, string[]>();
    const bulk: Bulk = { events: [], cases: [], clocks: [] };
    this.bulk = bulk;
    const out: ({ record: CaseRecord; warnings: Violation[] } | { error: XfError })[] = [];
    try {
      for (const [k, { file, name }] of items.entries()) {
        const fp = fps[k]!;
        const mark = { events: bulk.events.length, cases: bulk.cases.length, clocks: bulk.clocks.length, head: this.head };
        try {
          const r = this.registerOne(file, name, fp, {
            taken: (no) => mine.has(no) || (no === file.case_no ? taken.has(no) : this.store.hasCase(no)),
            // the first three in case-number order (bytes, as both backends compare them) of the register's and the batch's
            dups: (f) => (closedHere.has(f) ? [...(closed.get(f) ?? []), ...closedHere.get(f)!].sort(byBytes) : (closed.get(f) ?? [])).slice(0, 3),
          });
          mine.add(r.record.case_no);
          if (r.record.status === 'terminated' || r.record.status === 'archived') (closedHere.get(fp) ?? closedHere.set(fp, []).get(fp)!).push(r.record.case_no);
          out.push(r);
        } catch (e) {
          if (!(e instanceof XfError)) throw e;
          // undo what the file queued: its events never join the chain
          bulk.events.length = mark.events;
          bulk.cases.length = mark.cases;
          bulk.clocks.length = mark.clocks;
          this.head = mark.head;
          out.push({ error: e });
        }
      }
    } finally {
      this.bulk = undefined;
    }
    this.store.insertEvents(bulk.events);
    this.store.insertCases(bulk.cases, bulk.clocks);
    if (bulk.events.length) this.store.setChainHead(this.head!);
    return out;
  }

  private registerOne(file: CaseFile, name: string, fp: string, reg: { taken(caseNo: string): boolean; dups(fp: string): string[] }): { record: CaseRecord; warnings: Violation[] } {
    const warnings: Violation[] = [];
    let caseNo = file.case_no;
    if (caseNo) {
      if (reg.taken(caseNo)) throw new XfError('CONFLICT', t(`${name}：信访件编号 ${caseNo} 已登记`, `${name}: case number ${caseNo} is already registered`), [], { case_no: caseNo });
    } else {
      caseNo = this.allocateSerial('CASE', yearOf(file.registered_date));
      while (reg.taken(caseNo)) caseNo = this.allocateSerial('CASE', yearOf(file.registered_date));
    }
    const dups = reg.dups(fp);
    if (dups.length) {
      warnings.push(...check('V-CASE-7', 'duplicates', { dups }));
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
          throw new XfError(
            e.code,
            t(`${name}：办理经过第 ${i + 1} 项（${h.event} ${h.date}）：${e.message}`, `${name}: history entry ${i + 1} (${h.event} ${h.date}): ${e.message}`),
            e.violations.map((v) => ({ ...v, field: `history[${i}].${v.field}` })),
            e.details,
          );
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
    const record = this.store.caseRecord(caseNo);
    if (record === undefined) throw new XfError('NOT_FOUND', t(`未找到信访件 ${caseNo}`, `no case ${caseNo}`), [], { case_no: caseNo });
    return JSON.parse(record) as CaseRecord;
  }

  hasCase(caseNo: string): boolean {
    return this.store.hasCase(caseNo);
  }

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

  /**
   * Replay a case's log through the lifecycle from its registration, corrections applied: the
   * record the log implies. The slip serial is the register's, not the lifecycle's, so it is kept.
   */
  replayCase(caseNo: string): { record: CaseRecord; warnings: Violation[] } {
    const rows = this.store.events(caseNo);
    const reg = rows.find((r) => r.event === 'register');
    if (!reg) throw new XfError('NOT_FOUND', t(`信访件 ${caseNo} 的办理事件日志中没有登记事件`, `the log of case ${caseNo} has no register event`), [], { case_no: caseNo });
    const start = registerCase(JSON.parse(reg.details) as CaseFile, caseNo);
    const slip = this.store.caseRecord(caseNo) !== undefined ? this.getCase(caseNo).slip_no : undefined;
    if (slip) start.slip_no = slip;
    const log: LoggedEvent[] = rows.filter((r) => r.seq > reg.seq).map((r) => ({ seq: r.seq, event: r.event, date: r.event_date, details: JSON.parse(r.details) as Record<string, unknown> }));
    return replayLog(start, log, this.lifecycleContext());
  }

  /**
   * Correct an earlier event's details (更正): append a `correct` event naming it, what it sets,
   * why and who approved, then replay the case so state and clocks follow. An archived case is
   * locked (V-COR-1). All or nothing.
   */
  correctEvent(
    caseNo: string,
    c: { target_seq: number; set: Record<string, unknown>; event_date?: IsoDate; reason: string; approved_by: string; date: IsoDate },
  ): { record: CaseRecord; warnings: Violation[]; seq: number } {
    return this.transaction(() => {
      const rec = this.getCase(caseNo);
      const target = this.store.events(caseNo).find((r) => r.seq === c.target_seq);
      const problems = [
        ...check('DATE', 'date', { date: c.date, today: this.today }),
        ...check('V-COR-1', 'correct', {
          case_no: caseNo,
          status: rec.status,
          correctable: !!target && isCorrectable(target.event),
          event: target?.event ?? '—',
          seq: c.target_seq,
          changes: Object.keys(c.set).length + (c.event_date ? 1 : 0),
          reason: c.reason,
          approved_by: c.approved_by,
        }),
      ];
      if (problems.length) throw validationError(t(`更正 ${caseNo} 第 #${c.target_seq} 项`, `correction of ${caseNo} #${c.target_seq}`), problems);
      const details: CorrectionDetails = {
        target_seq: c.target_seq,
        target_event: target!.event,
        set: c.set,
        ...(c.event_date ? { event_date: c.event_date } : {}),
        reason: c.reason,
        approved_by: c.approved_by,
      };
      const seq = this.appendEvent(caseNo, 'correct', c.date, details);
      const replayed = this.replayCase(caseNo);
      this.writeCase(replayed.record, seq, false);
      const seen = new Set<string>();
      const warnings = replayed.warnings.filter((w) => !seen.has(w.rule + w.field + w.message) && !!seen.add(w.rule + w.field + w.message));
      return { record: replayed.record, warnings, seq };
    });
  }

  /** Replay every case's log and compare it with the stored record: the cases that differ. */
  verifyReplay(): { case_no: string; message: string }[] {
    const out: { case_no: string; message: string }[] = [];
    const nos: string[] = [];
    for (const r of this.iterateCases()) nos.push(r.case_no); // no query while the cursor is open
    for (const no of nos) {
      const stored = this.getCase(no);
      try {
        const { record } = this.replayCase(stored.case_no);
        if (canonicalJson(record) !== canonicalJson(stored))
          out.push({ case_no: stored.case_no, message: t('重放办理事件日志得到的记录与登记簿中的记录不同', 'replaying the log gives a record other than the one stored') });
      } catch (e) {
        out.push({ case_no: stored.case_no, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return out;
  }

  listCases(f: ListFilter = {}): CaseSummary[] {
    const due = dueOf(f, this.today);
    return this.store.listCases({
      ...(f.status ? { status: f.status } : {}),
      ...(f.year ? { year: f.year } : {}),
      ...(f.limit ? { limit: f.limit } : {}),
      ...(due ? { due } : {}),
    });
  }

  /** Every open clock, optionally for one case. */
  openClocks(caseNo?: string): OpenClockRow[] {
    return this.store.openClocks(caseNo);
  }

  /** Stream every case record (ledger, archive) without holding them all. */
  *iterateCases(): Generator<CaseRecord> {
    for (const record of this.store.caseRecords()) yield JSON.parse(record) as CaseRecord;
  }

  events(caseNo?: string): EventRow[] {
    return this.store.events(caseNo);
  }

  verifyChain(): ChainReport {
    return verifyChain(this.store.eventStream(), this.store.chainHead());
  }

  count(): number {
    return this.store.countCases();
  }

  // --- replay verification (src/registry/replay.ts) ---------------------------------------------

  /** Every stored column of the case rows, as stored (record still JSON text), for comparison with a replay. */
  storedCaseRows(): Record<string, unknown>[] {
    return this.store.storedCaseRows();
  }

  /** Every stored clock row, as stored. */
  storedClockRows(): Record<string, unknown>[] {
    return this.store.storedClockRows();
  }

  /** The serial counters (kind, year, last) and every issue's sequence number. */
  storedSerials(): { counters: SerialCounterRow[]; issues: StoredSerialIssue[] } {
    return this.store.storedSerials();
  }
}
