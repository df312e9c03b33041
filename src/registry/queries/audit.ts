// The fixity audit history when it lives in the register's file (table fixity_audit, created by the
// fixity module's migrations).
import type Database from 'better-sqlite3';
import type { AuditQueries, AuditRow } from '../store.js';
import { lazyStatements } from './prepared.js';

export function auditQueries(db: Database.Database): AuditQueries {
  const lazy = lazyStatements(db);
  const all = lazy('SELECT record FROM fixity_audit ORDER BY seq');
  const last = lazy('SELECT record FROM fixity_audit ORDER BY seq DESC LIMIT 1');
  const insert = lazy('INSERT INTO fixity_audit (seq, run, kind, ts, record, prev, hash) VALUES (@seq, @run, @kind, @ts, @record, @prev, @hash)');
  return {
    records: () => (all().all() as { record: string }[]).map((r) => r.record),
    last: () => (last().get() as { record: string } | undefined)?.record,
    insert: (row: AuditRow) => {
      insert().run(row);
    },
  };
}
