// The ledger's own table in the register: who exported what, when, and whether confidential
// petitioners' identities were included. Append-only, like the event log.
import type { Migration } from '../registry/migrations.js';
import type { Registry } from '../registry/registry.js';

export const LEDGER_MIGRATIONS: Migration[] = [
  {
    id: 'ledger-0001-exports',
    sql: `
      CREATE TABLE ledger_exports (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        as_of TEXT NOT NULL,
        requested_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        requested_by TEXT,
        include_confidential INTEGER NOT NULL,
        rows INTEGER NOT NULL,
        confidential_rows INTEGER NOT NULL,
        output TEXT NOT NULL,
        sha256 TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER ledger_exports_no_update BEFORE UPDATE ON ledger_exports BEGIN SELECT RAISE(ABORT, 'ledger_exports is append-only'); END;
      CREATE TRIGGER ledger_exports_no_delete BEFORE DELETE ON ledger_exports BEGIN SELECT RAISE(ABORT, 'ledger_exports is append-only'); END;
    `,
  },
];

export interface ExportRecord {
  kind: 'ledger' | 'quarterly';
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

export function recordExport(reg: Registry, r: ExportRecord): number {
  const res = reg.db.prepare(`INSERT INTO ledger_exports (kind, scope, as_of, requested_at, actor, requested_by, include_confidential, rows, confidential_rows, output, sha256)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(r.kind, r.scope, r.as_of, new Date().toISOString(), r.actor, r.requested_by ?? null,
    r.include_confidential ? 1 : 0, r.rows, r.confidential_rows, r.output, r.sha256);
  return Number(res.lastInsertRowid);
}

export interface ExportLogRow extends Omit<ExportRecord, 'include_confidential'> { id: number; requested_at: string; include_confidential: boolean }

export function exportLog(reg: Registry): ExportLogRow[] {
  return (reg.db.prepare('SELECT * FROM ledger_exports ORDER BY id').all() as Record<string, unknown>[])
    .map((r) => ({ ...(r as unknown as ExportLogRow), include_confidential: r.include_confidential === 1 }));
}
