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

/** One line of `xf deadlines`: an open clock with its days left and state as of a date. */
export interface ClockLine {
  case_no: string;
  dl_id: string;
  slot: string;
  due: string;
  act_by: string;
  provisional: number;
  left: number;
  state: 'overdue' | 'lapsed' | 'running' | 'paused';
}

// Days left count to the due date for the petitioner, to the act-by date for the organ; julianday()
// of two dates differs by a whole number. Ranked overdue, lapsed, running, paused, then by days left
// and case number (BINARY: code-unit order, as `<` on strings), then in the clocks' key order.
const CLOCK_LINES = `
  WITH c AS (
    SELECT case_no, dl_id, slot, due, act_by, provisional, actor, paused, anchor_date,
           CAST(julianday(CASE WHEN actor = 'petitioner' THEN due ELSE act_by END) - julianday(?) AS INTEGER) AS left
    FROM clocks)
  SELECT case_no, dl_id, slot, due, act_by, provisional, left,
         CASE WHEN paused THEN 'paused' WHEN left < 0 THEN CASE WHEN actor = 'petitioner' THEN 'lapsed' ELSE 'overdue' END ELSE 'running' END AS state
  FROM c
  ORDER BY CASE WHEN paused THEN 3 WHEN left < 0 THEN CASE WHEN actor = 'petitioner' THEN 1 ELSE 0 END ELSE 2 END,
           left, case_no, act_by, actor, paused, slot, anchor_date`;

/** Every open clock of a SQLite register as `xf deadlines` lists them, computed and sorted by SQLite
 *  (one read, no row copied into an object it does not print); undefined for a PostgreSQL register. */
export function clockLines(file: string, asOf: string): ClockLine[] | undefined {
  if (isPgPointer(file)) return undefined;
  return withReadOnly(file, (db) => db.prepare(CLOCK_LINES).all(asOf) as ClockLine[]);
}
