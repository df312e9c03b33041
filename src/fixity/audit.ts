// The audit history: append-only records of every verification run, hash-chained so that an edit,
// a deletion or a reordering is detectable. Each record holds the SHA-256 of the previous record
// (`prev`) and its own (`hash` = SHA-256 of the canonical JSON of every other field).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.js';

export type AuditKind = 'run-start' | 'run-resume' | 'run-end';

export interface AuditBody {
  kind: AuditKind;
  run: string;
  /** ISO 8601 UTC. */
  ts: string;
  /** OS user and host that ran the check. */
  user: string;
  host: string;
  [field: string]: unknown;
}

export interface AuditRecord extends AuditBody {
  seq: number;
  prev: string | null;
  hash: string;
}

export function recordHash(rec: Omit<AuditRecord, 'hash'> | Record<string, unknown>): string {
  const { hash: _omit, ...rest } = rec as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

/** The next link of the chain after `last` (undefined for the first record). */
export function chain(body: AuditBody, last: AuditRecord | undefined): AuditRecord {
  const rec = { ...body, seq: (last?.seq ?? 0) + 1, prev: last?.hash ?? null };
  return { ...rec, hash: recordHash(rec) };
}

export type ChainCheck = { ok: true; count: number; head: string | null } | { ok: false; count: number; index: number; seq?: number; run?: string; reason: string };

/** Walk the chain; name the first record that does not hold (0-based index = line or row order). */
export function verifyChain(records: readonly unknown[]): ChainCheck {
  let prev: AuditRecord | undefined;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Partial<AuditRecord> | null;
    const bad = (reason: string): ChainCheck => ({
      ok: false,
      count: records.length,
      index: i,
      seq: typeof r?.seq === 'number' ? r.seq : undefined,
      run: typeof r?.run === 'string' ? r.run : undefined,
      reason,
    });
    if (!r || typeof r !== 'object' || typeof r.hash !== 'string') return bad('not a record');
    if (r.seq !== (prev?.seq ?? 0) + 1) return bad(`sequence number ${String(r.seq)} where ${(prev?.seq ?? 0) + 1} was expected (a record was removed or inserted)`);
    if (r.prev !== (prev?.hash ?? null)) return bad('prev does not match the hash of the record before it (a record was removed, inserted or reordered)');
    if (recordHash(r as Record<string, unknown>) !== r.hash) return bad('hash does not match the record content (the record was edited)');
    prev = r as AuditRecord;
  }
  return { ok: true, count: records.length, head: prev?.hash ?? null };
}

/** Where audit records are kept. */
export interface AuditStore {
  readonly location: string;
  /** Append a record, chained to the current last one, atomically with respect to other writers. */
  append(body: AuditBody): AuditRecord;
  /** Every record in order, as stored (unparseable entries come back as null so verify can name them). */
  records(): unknown[];
  /** Folder for the per-run resume checkpoints. */
  readonly checkpointDir: string;
  close(): void;
}

export function newRunId(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${createHash('sha256')
    .update(String(Math.random()) + process.pid + now.getTime())
    .digest('hex')
    .slice(0, 6)}`;
}
