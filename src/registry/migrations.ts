// Versioned schema of the register. Append new migrations; never edit one that has shipped.
// The register's own tables are here; every other module that keeps tables in the register file
// (the ledger's export log, the fixity audit history) hands its list in when the register is
// opened (src/cli/modules.ts), so this folder depends on none of them.

export interface Migration {
  id: string;
  /** SQLite's text. */
  sql: string;
  /** PostgreSQL's text (else PG_MIGRATIONS in pg-migrations.ts names it by id). */
  pg?: string;
}

/** One module's migrations, applied in list order after the register's own. */
export interface ModuleMigrations {
  module: string;
  migrations: readonly Migration[];
}

export const CORE_MIGRATIONS: Migration[] = [
  {
    id: '0001-register',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE cases (
        case_no TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        proxy_status TEXT,
        category TEXT NOT NULL,
        channel TEXT NOT NULL,
        via_agent INTEGER NOT NULL,
        confidential INTEGER NOT NULL,
        received_date TEXT NOT NULL,
        registered_date TEXT NOT NULL,
        accepted_date TEXT,
        closed_date TEXT,
        petitioner_name TEXT NOT NULL,
        handling_org TEXT,
        fingerprint TEXT NOT NULL,
        slip_no TEXT,
        record TEXT NOT NULL,
        last_seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX cases_status ON cases(status, received_date);
      CREATE INDEX cases_received ON cases(received_date);
      CREATE INDEX cases_fingerprint ON cases(fingerprint);

      -- Open clocks only: an index for "what is due", rebuilt from the record on every change.
      -- Clustered by (actor, paused, act_by) and carrying what a case list shows, so "overdue" and
      -- "due within N days" are one contiguous range scan with no join, however large the register.
      CREATE TABLE clocks (
        actor TEXT NOT NULL,
        paused INTEGER NOT NULL,
        act_by TEXT NOT NULL,
        case_no TEXT NOT NULL,
        slot TEXT NOT NULL,
        anchor_date TEXT NOT NULL,
        dl_id TEXT NOT NULL,
        due TEXT NOT NULL,
        provisional INTEGER NOT NULL,
        status TEXT NOT NULL,
        proxy_status TEXT,
        category TEXT NOT NULL,
        channel TEXT NOT NULL,
        via_agent INTEGER NOT NULL,
        confidential INTEGER NOT NULL,
        received_date TEXT NOT NULL,
        accepted_date TEXT,
        petitioner_name TEXT NOT NULL,
        slip_no TEXT,
        PRIMARY KEY (actor, paused, act_by, case_no, slot, anchor_date)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX clocks_case ON clocks(case_no);

      -- The append-only, hash-chained log of every change.
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        case_no TEXT NOT NULL,
        event TEXT NOT NULL,
        event_date TEXT NOT NULL,
        details TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_case ON events(case_no, seq);
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

      -- Serial numbers (case numbers, 四联单 …): unique per office, kind and year, never reused.
      CREATE TABLE serials (kind TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (kind, year)) STRICT;
      CREATE TABLE serial_issues (
        serial TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        case_no TEXT,
        issued_at TEXT NOT NULL,
        voided INTEGER NOT NULL DEFAULT 0,
        void_reason TEXT
      ) STRICT;
    `,
  },
];

/** Everything the register file holds, in order: its own tables, then each module's (they share
 *  one file). A migration id handed in twice, or by two modules, is a programming error. */
export function orderMigrations(modules: readonly ModuleMigrations[] = [], extra: readonly Migration[] = []): Migration[] {
  const out: Migration[] = [...CORE_MIGRATIONS];
  const owner = new Map(out.map((m) => [m.id, 'registry']));
  for (const { module, migrations } of [...modules, { module: 'extra', migrations: extra }]) {
    for (const m of migrations) {
      const prior = owner.get(m.id);
      if (prior) throw new Error(`migration ${m.id} of ${module} is already handed in by ${prior}`);
      owner.set(m.id, module);
      out.push(m);
    }
  }
  return out;
}
