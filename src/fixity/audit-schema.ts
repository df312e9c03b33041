// Tables of the audit history in the register's SQLite database. The register's migration list
// (src/registry/migrations.ts) includes these; the SQL is idempotent so the audit store may also
// apply it to a database whose register predates it.
export const AUDIT_MIGRATIONS: { id: string; sql: string }[] = [
  {
    id: 'fixity-001-audit',
    sql: `
CREATE TABLE IF NOT EXISTS fixity_audit (
  seq    INTEGER PRIMARY KEY,
  run    TEXT NOT NULL,
  kind   TEXT NOT NULL CHECK (kind IN ('run-start', 'run-resume', 'run-end')),
  ts     TEXT NOT NULL,
  record TEXT NOT NULL,
  prev   TEXT,
  hash   TEXT NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS fixity_audit_run ON fixity_audit (run);
CREATE INDEX IF NOT EXISTS fixity_audit_ts ON fixity_audit (ts);
CREATE TRIGGER IF NOT EXISTS fixity_audit_no_update BEFORE UPDATE ON fixity_audit
  BEGIN SELECT RAISE(ABORT, 'fixity_audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS fixity_audit_no_delete BEFORE DELETE ON fixity_audit
  BEGIN SELECT RAISE(ABORT, 'fixity_audit is append-only'); END;
`,
  },
];
