// The ledger's own table in the register: who exported what, when, and whether confidential
// petitioners' identities were included. Append-only, like the event log.
import type { Migration } from '../registry/migrations.js';
import type { Registry } from '../registry/registry.js';
import type { ExportLogRow, ExportRecord } from '../registry/store.js';

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
  {
    // The export log joins the chained history (issue 12): each row holds the hash of the one before
    // and its own, so a deleted or edited export shows, and its head is signed into the anchors.
    id: 'ledger-0002-export-chain',
    sql: `
      ALTER TABLE ledger_exports ADD COLUMN prev TEXT;
      ALTER TABLE ledger_exports ADD COLUMN hash TEXT;
    `,
  },
];

export type { ExportLogRow, ExportRecord } from '../registry/store.js';
// The chain's hash and its check live with the statement that appends (src/registry/export-chain.ts).
export { exportHash, verifyExportChain, type ExportChainCheck } from '../registry/export-chain.js';

/** Append an export to the chained log. Call inside the register's transaction (reading the last link and appending are one step). */
export function recordExport(reg: Registry, r: ExportRecord): number {
  return reg.ledger.recordExport(r, new Date().toISOString());
}

export function exportLog(reg: Registry): ExportLogRow[] {
  return reg.ledger.exportLog();
}
