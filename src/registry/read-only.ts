// A register file read without opening the register: no migration, no write, no lock held beyond
// the read (verify and audit read a register that may belong to another office, or be a copy).
// Named queries like the store's; the handle never leaves this file.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { isPgPointer, openPgPointer } from './database.js';
import type { PgRegisterStore } from './pg-store.js';

/** A PostgreSQL register named by a home's pointer, opened without migrating (a reader's role suffices). */
function withPgReadOnly<T>(file: string, fn: (s: PgRegisterStore) => T): T | undefined {
  if (!existsSync(file)) return undefined;
  const store = openPgPointer(file, []);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function withReadOnly<T>(file: string, fn: (db: Database.Database) => T): T | undefined {
  if (!existsSync(file)) return undefined;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const hasTable = (db: Database.Database, name: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

export interface ArchiveEventRow {
  seq: number;
  case_no: string;
  details: string;
}

/** The event log as fixity sees it: every `archive` event (details still JSON text) and every
 *  event's hash by seq. Undefined when the file is missing or holds no event log. */
export function readEventLog(file: string): { archiveEvents: ArchiveEventRow[]; hashes: Map<number, string>; last: number } | undefined {
  if (isPgPointer(file))
    return withPgReadOnly(file, (s) => {
      const hashes = new Map<number, string>();
      let last = 0;
      for (const r of s.eventStream()) {
        hashes.set(r.seq, r.hash);
        last = r.seq;
      }
      return { archiveEvents: s.archiveEvents(), hashes, last };
    });
  return withReadOnly(file, (db) => {
    if (!hasTable(db, 'events')) return undefined;
    const archiveEvents = db.prepare("SELECT seq, case_no, details FROM events WHERE event = 'archive' ORDER BY seq").all() as ArchiveEventRow[];
    const hashes = new Map<number, string>();
    let last = 0;
    for (const r of db.prepare('SELECT seq, hash FROM events ORDER BY seq').iterate() as Iterable<{ seq: number; hash: string }>) {
      hashes.set(r.seq, r.hash);
      last = r.seq;
    }
    return { archiveEvents, hashes, last };
  });
}

/** The ledger's export log rows as stored (chained: export-chain.ts), when the file has one. */
export function readExportLog(file: string): Record<string, unknown>[] | undefined {
  if (isPgPointer(file)) return withPgReadOnly(file, (s) => (s.hasTable('ledger_exports') ? s.ledger.exportRows() : undefined));
  return withReadOnly(file, (db) => (hasTable(db, 'ledger_exports') ? (db.prepare('SELECT * FROM ledger_exports ORDER BY id').all() as Record<string, unknown>[]) : undefined));
}

/** What a line of `xf deadlines` says besides its case number: an open clock's deadline, dates and
 *  state as of a date. Lines alike (tens of thousands of clocks fall on a few hundred) share one. */
export interface ClockKind {
  dl_id: string;
  slot: string;
  due: string;
  act_by: string;
  provisional: number;
  left: number;
  state: 'overdue' | 'lapsed' | 'running' | 'paused';
}

/** One line of `xf deadlines`: an open clock's case number and its kind. */
export type ClockLine = readonly [case_no: string, kind: ClockKind];

/** The order of `xf deadlines`' states: CLOCK_LINES' `rank` numbers index this list, and the JSON path sorts by it. */
export const CLOCK_STATES: readonly ClockKind['state'][] = ['overdue', 'lapsed', 'running', 'paused'];

// Days left count to the due date for the petitioner, to the act-by date for the organ; julianday()
// of two dates differs by a whole number. Ranked overdue, lapsed, running, paused, then by days left
// and case number (BINARY: code-unit order, as `<` on strings), then in the clocks' key order.
// Each row is its case number and its kind as one JSON array: two strings per row rather than eight
// values (better-sqlite3 makes a JS value of every column of every row, the largest part of the
// command's time over 100,000 cases), each kind parsed once.
const CLOCK_LINES = `
  WITH c AS (
    SELECT case_no, dl_id, slot, due, act_by, provisional, actor, paused, anchor_date,
           CAST(julianday(CASE WHEN actor = 'petitioner' THEN due ELSE act_by END) - julianday(?) AS INTEGER) AS left
    FROM clocks),
  r AS (
    SELECT *, CASE WHEN paused THEN 3 WHEN left < 0 THEN CASE WHEN actor = 'petitioner' THEN 1 ELSE 0 END ELSE 2 END AS rank
    FROM c)
  SELECT case_no, json_array(dl_id, slot, due, act_by, provisional, left, rank)
  FROM r
  ORDER BY rank, left, case_no, act_by, actor, paused, slot, anchor_date`;

/** Every open clock of a SQLite register as `xf deadlines` lists them, computed and sorted by SQLite
 *  (one read, each kind of line made once); undefined for a PostgreSQL register. */
export function clockLines(file: string, asOf: string): ClockLine[] | undefined {
  if (isPgPointer(file)) return undefined;
  return withReadOnly(file, (db) => {
    const kinds = new Map<string, ClockKind>();
    const rows = db.prepare(CLOCK_LINES).raw().all(asOf) as [string, string | ClockKind][];
    // each row's key replaced by its kind in place: no second array per row
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = row[1] as string;
      let kind = kinds.get(key);
      if (!kind) {
        const [dl_id, slot, due, act_by, provisional, left, rank] = JSON.parse(key) as [string, string, string, string, number, number, number];
        kind = { dl_id, slot, due, act_by, provisional, left, state: CLOCK_STATES[rank]! };
        kinds.set(key, kind);
      }
      row[1] = kind;
    }
    return rows as ClockLine[];
  });
}
