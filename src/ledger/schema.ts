// The ledger's own table in the register: who exported what, when, and whether confidential
// petitioners' identities were included. Append-only, like the event log.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.js';
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

const EXPORT_FIELDS = ['id', 'kind', 'scope', 'as_of', 'requested_at', 'actor', 'requested_by', 'include_confidential', 'rows', 'confidential_rows', 'output', 'sha256', 'prev'] as const;

/** SHA-256 of the canonical JSON of an export row's fields (prev included, hash left out). */
export function exportHash(row: Record<string, unknown>): string {
  const o: Record<string, unknown> = {};
  for (const k of EXPORT_FIELDS) o[k] = row[k] ?? null;
  return createHash('sha256').update(canonicalJson(o), 'utf8').digest('hex');
}

export type ExportChainCheck = { ok: true; count: number; head: string | null } | { ok: false; count: number; id: number; reason: string };

/** Walk the export log; rows written before the chain existed (hash NULL) may only come first. */
export function verifyExportChain(rows: readonly Record<string, unknown>[]): ExportChainCheck {
  let prev: string | null = null;
  let chained = false;
  for (const r of rows) {
    const id = Number(r.id);
    if (r.hash == null) {
      if (chained) return { ok: false, count: rows.length, id, reason: 'unchained row after chained ones (inserted)' };
      continue;
    }
    if (chained && r.prev !== prev) return { ok: false, count: rows.length, id, reason: 'prev does not match the row before (a row was removed or inserted)' };
    if (exportHash(r) !== r.hash) return { ok: false, count: rows.length, id, reason: 'hash does not match the row (edited)' };
    chained = true;
    prev = String(r.hash);
  }
  return { ok: true, count: rows.length, head: prev };
}

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

/** Append an export to the chained log. Call inside the register's transaction (reading the last link and appending are one step). */
export function recordExport(reg: Registry, r: ExportRecord): number {
  const last = reg.db.prepare('SELECT id, hash FROM ledger_exports ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
  const row = {
    id: (last?.id ?? 0) + 1, kind: r.kind, scope: r.scope, as_of: r.as_of, requested_at: new Date().toISOString(), actor: r.actor, requested_by: r.requested_by ?? null,
    include_confidential: r.include_confidential ? 1 : 0, rows: r.rows, confidential_rows: r.confidential_rows, output: r.output, sha256: r.sha256, prev: last?.hash ?? null,
  };
  reg.db.prepare(`INSERT INTO ledger_exports (id, kind, scope, as_of, requested_at, actor, requested_by, include_confidential, rows, confidential_rows, output, sha256, prev, hash)
    VALUES (@id, @kind, @scope, @as_of, @requested_at, @actor, @requested_by, @include_confidential, @rows, @confidential_rows, @output, @sha256, @prev, @hash)`).run({ ...row, hash: exportHash(row) });
  return row.id;
}

export interface ExportLogRow extends Omit<ExportRecord, 'include_confidential'> { id: number; requested_at: string; include_confidential: boolean }

export function exportLog(reg: Registry): ExportLogRow[] {
  return (reg.db.prepare('SELECT * FROM ledger_exports ORDER BY id').all() as Record<string, unknown>[])
    .map((r) => ({ ...(r as unknown as ExportLogRow), include_confidential: r.include_confidential === 1 }));
}
