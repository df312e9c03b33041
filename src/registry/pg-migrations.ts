// The register's schema on PostgreSQL: the same migrations, by the same ids, in PostgreSQL's SQL.
// Append new ones; never edit one that has shipped. A migration handed in by a module (its SQLite
// text in Migration.sql) carries its PostgreSQL text in Migration.pg, or is listed here by id (the
// ledger's and the fixity history's tables, whose queries also live in src/registry/queries/).
//
// Types follow the SQLite schema so that both backends give the same values: TEXT for dates and
// JSON (the stored bytes are hashed and compared), INTEGER 0/1 for flags, BIGINT for sequence
// numbers. Every text column sorts by code point (COLLATE "C", as SQLite's BINARY), whatever the
// database's locale, so that "in case-number order" is one order on both.
import type { Migration } from './migrations.js';

/** Refuses UPDATE, DELETE and TRUNCATE on an append-only table, even for its owner. */
const APPEND_ONLY_FN = `
CREATE OR REPLACE FUNCTION xf_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;`;

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION xf_append_only();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION xf_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM PUBLIC;`;

const T = 'TEXT COLLATE "C"';

export const PG_MIGRATIONS: Record<string, string> = {
  '0001-register': `
${APPEND_ONLY_FN}
CREATE TABLE meta (key ${T} PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cases (
  case_no ${T} PRIMARY KEY,
  status ${T} NOT NULL,
  proxy_status ${T},
  category ${T} NOT NULL,
  channel ${T} NOT NULL,
  via_agent INTEGER NOT NULL,
  confidential INTEGER NOT NULL,
  received_date ${T} NOT NULL,
  registered_date ${T} NOT NULL,
  accepted_date ${T},
  closed_date ${T},
  petitioner_name ${T} NOT NULL,
  handling_org ${T},
  fingerprint ${T} NOT NULL,
  slip_no ${T},
  record TEXT NOT NULL,
  last_seq BIGINT NOT NULL
);
CREATE INDEX cases_status ON cases(status, received_date);
CREATE INDEX cases_received ON cases(received_date, case_no);
CREATE INDEX cases_fingerprint ON cases(fingerprint);
CREATE INDEX cases_closed ON cases(status, closed_date, case_no);

-- Open clocks only, carrying what a case list shows: "overdue" is one index range scan, no join.
CREATE TABLE clocks (
  actor ${T} NOT NULL,
  paused INTEGER NOT NULL,
  act_by ${T} NOT NULL,
  case_no ${T} NOT NULL,
  slot ${T} NOT NULL,
  anchor_date ${T} NOT NULL,
  dl_id ${T} NOT NULL,
  due ${T} NOT NULL,
  provisional INTEGER NOT NULL,
  status ${T} NOT NULL,
  proxy_status ${T},
  category ${T} NOT NULL,
  channel ${T} NOT NULL,
  via_agent INTEGER NOT NULL,
  confidential INTEGER NOT NULL,
  received_date ${T} NOT NULL,
  accepted_date ${T},
  petitioner_name ${T} NOT NULL,
  slip_no ${T},
  PRIMARY KEY (actor, paused, act_by, case_no, slot, anchor_date)
);
CREATE INDEX clocks_case ON clocks(case_no);

-- The append-only, hash-chained log of every change.
CREATE TABLE events (
  seq BIGINT PRIMARY KEY,
  case_no ${T} NOT NULL,
  event ${T} NOT NULL,
  event_date ${T} NOT NULL,
  details TEXT NOT NULL,
  recorded_at ${T} NOT NULL,
  actor ${T} NOT NULL,
  prev_hash ${T} NOT NULL,
  hash ${T} NOT NULL
);
CREATE INDEX events_case ON events(case_no, seq);
${appendOnly('events')}

-- Serial numbers: unique per office, kind and year, never reused.
CREATE TABLE serials (kind ${T} NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (kind, year));
CREATE TABLE serial_issues (
  serial ${T} PRIMARY KEY,
  kind ${T} NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  case_no ${T},
  issued_at ${T} NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0,
  void_reason TEXT
);
CREATE UNIQUE INDEX serial_issues_number ON serial_issues(kind, year, seq);
CREATE INDEX serial_issues_case ON serial_issues(case_no, year);
`,

  // the fixity module's audit history (src/fixity/audit-schema.ts)
  'fixity-001-audit': `
${APPEND_ONLY_FN}
CREATE TABLE IF NOT EXISTS fixity_audit (
  seq    BIGINT PRIMARY KEY,
  run    ${T} NOT NULL,
  kind   ${T} NOT NULL CHECK (kind IN ('run-start', 'run-resume', 'run-end')),
  ts     ${T} NOT NULL,
  record TEXT NOT NULL,
  prev   ${T},
  hash   ${T} NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS fixity_audit_run ON fixity_audit (run);
CREATE INDEX IF NOT EXISTS fixity_audit_ts ON fixity_audit (ts);
${appendOnly('fixity_audit')}
`,

  // the ledger's export log (src/ledger/schema.ts)
  'ledger-0001-exports': `
${APPEND_ONLY_FN}
CREATE TABLE ledger_exports (
  id BIGINT PRIMARY KEY,
  kind ${T} NOT NULL,
  scope ${T} NOT NULL,
  as_of ${T} NOT NULL,
  requested_at ${T} NOT NULL,
  actor ${T} NOT NULL,
  requested_by ${T},
  include_confidential INTEGER NOT NULL,
  rows BIGINT NOT NULL,
  confidential_rows BIGINT NOT NULL,
  output TEXT NOT NULL,
  sha256 ${T} NOT NULL
);
${appendOnly('ledger_exports')}
`,
  'ledger-0002-export-chain': `
ALTER TABLE ledger_exports ADD COLUMN prev ${T};
ALTER TABLE ledger_exports ADD COLUMN hash ${T};
`,
};

/** The PostgreSQL text of a migration, or an error naming it (a module that gave SQLite's only). */
export function pgSql(m: Migration): string {
  const sql = m.pg ?? PG_MIGRATIONS[m.id];
  if (sql === undefined) throw new Error(`migration ${m.id} has no PostgreSQL text (Migration.pg, or PG_MIGRATIONS in src/registry/pg-migrations.ts)`);
  return sql;
}

/** The tables the register keeps, in the order an export writes and an import reads them. */
export const REGISTER_TABLES = ['meta', 'cases', 'clocks', 'events', 'serials', 'serial_issues', 'ledger_exports', 'fixity_audit'] as const;
export type RegisterTable = (typeof REGISTER_TABLES)[number];

/** Key columns per table: the order rows are exported in. */
export const TABLE_ORDER: Record<RegisterTable, string> = {
  meta: 'key',
  cases: 'case_no',
  clocks: 'case_no, slot, anchor_date, actor, paused, act_by',
  events: 'seq',
  serials: 'kind, year',
  serial_issues: 'serial',
  ledger_exports: 'id',
  fixity_audit: 'seq',
};

/** The SQL that creates the two roles of an office on PostgreSQL (docs/postgres.md). `owner` owns
 *  the tables (it runs xf init and the migrations); the clerk may read and write the register but
 *  never alter or remove a logged event, an export or an audit record; the auditor reads and
 *  verifies (and may append to the fixity history, which a verification run writes). */
export function rolesSql(schema = 'public', clerk = 'xf_clerk', auditor = 'xf_auditor'): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const S = q(schema);
  return `-- Roles for an xf register in schema ${schema} (run as the owner of the tables, after xf init).
-- Give each a password or another login method (ALTER ROLE … PASSWORD …, or pg_hba.conf).
CREATE ROLE ${q(clerk)} LOGIN;
CREATE ROLE ${q(auditor)} LOGIN;
REVOKE ALL ON ALL TABLES IN SCHEMA ${S} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${S} TO ${q(clerk)}, ${q(auditor)};

-- The clerk: every command that registers and handles cases.
GRANT SELECT ON ALL TABLES IN SCHEMA ${S} TO ${q(clerk)};
GRANT INSERT, UPDATE, DELETE ON ${S}.cases, ${S}.clocks TO ${q(clerk)};
GRANT INSERT, UPDATE ON ${S}.serials, ${S}.serial_issues, ${S}.meta TO ${q(clerk)};
-- the logs: append only (the triggers refuse UPDATE and DELETE to everyone; no grant allows them)
GRANT INSERT ON ${S}.events, ${S}.ledger_exports, ${S}.fixity_audit TO ${q(clerk)};
REVOKE UPDATE, DELETE, TRUNCATE ON ${S}.events, ${S}.ledger_exports, ${S}.fixity_audit FROM ${q(clerk)};

-- The auditor: read and verify (xf registry verify, xf verify); a verification run appends its
-- own record to the fixity history, nothing else.
GRANT SELECT ON ALL TABLES IN SCHEMA ${S} TO ${q(auditor)};
GRANT INSERT ON ${S}.fixity_audit TO ${q(auditor)};
`;
}
