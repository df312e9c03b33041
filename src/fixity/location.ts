// Where the audit history lives when not given with --audit:
//   1. the register's database when one exists: $XF_HOME/xf.db, or ./xf.db without XF_HOME
//      (the register's own rule, src/registry/home.ts);
//   2. otherwise <archive>/.xf-audit.jsonl, <archive> being the first PATH (or the folder holding it
//      when the PATH is itself a bag, so that a dossier is never written into);
//   3. if that folder is not writable (read-only media), $XF_HOME/audit.jsonl (~/.xf/audit.jsonl
//      without XF_HOME).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { looksLikeBag } from '../bagit/index.js';
import type { AuditStore } from './audit.js';
import { orderMigrations } from '../registry/migrations.js';
import { isRegisterFile, SqliteRegisterStore } from '../registry/sqlite-store.js';
import { isPgPointer, openPgPointer, registerFileOf } from '../registry/database.js';
import { AUDIT_MIGRATIONS } from './audit-schema.js';
import { JsonlAuditStore, RegisterAuditStore, SqliteAuditStore } from './audit-store.js';

export const JSONL_NAME = '.xf-audit.jsonl';

/** Writable home for a fallback audit log. */
export function xfHome(): string {
  return process.env.XF_HOME || join(homedir(), '.xf');
}

export interface StoreLocation {
  kind: 'sqlite' | 'jsonl';
  file: string;
  fallback?: boolean;
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function resolveStore(explicit: string | undefined, archivePath: string | undefined): StoreLocation {
  if (explicit) {
    const p = resolve(explicit);
    if (/\.(db|sqlite3?)$/i.test(p)) return { kind: 'sqlite', file: p };
    if (existsSync(p) && statSync(p).isDirectory()) return { kind: 'jsonl', file: join(p, JSONL_NAME) };
    return { kind: 'jsonl', file: p };
  }
  // The register's own rule (src/registry/home.ts), restated so that verifying needs none of its code.
  const db = registerFileOf(resolve(process.env.XF_HOME ?? process.cwd())); // xf.db, or the pointer to a PostgreSQL register
  if (existsSync(db)) return { kind: 'sqlite', file: db };
  if (archivePath) {
    let dir = resolve(archivePath);
    if (looksLikeBag(dir)) dir = dirname(dir);
    if (writable(dir)) return { kind: 'jsonl', file: join(dir, JSONL_NAME) };
    return { kind: 'jsonl', file: join(xfHome(), 'audit.jsonl'), fallback: true };
  }
  return { kind: 'jsonl', file: join(xfHome(), 'audit.jsonl') };
}

export function openStore(loc: StoreLocation): AuditStore {
  if (loc.kind === 'jsonl') return new JsonlAuditStore(loc.file);
  // in a register, through the register's own operations (its handle stays private to it)
  if (isPgPointer(loc.file)) return new RegisterAuditStore(openPgPointer(loc.file, orderMigrations([{ module: 'fixity', migrations: AUDIT_MIGRATIONS }])));
  if (isRegisterFile(loc.file)) return new RegisterAuditStore(new SqliteRegisterStore(loc.file, { migrations: orderMigrations([{ module: 'fixity', migrations: AUDIT_MIGRATIONS }]) }));
  return SqliteAuditStore.openFile(loc.file);
}
