// The ledger export log's hash chain (issue 12): each row of ledger_exports holds the hash of the
// one before (prev) and its own (hash), so a deleted, inserted or edited export shows, and its head
// is signed into the anchors. Pure: the store's recordExport (queries/ledger.ts) computes the link
// when it appends; verification walks the rows as stored.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.js';

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
