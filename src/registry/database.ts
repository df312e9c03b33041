// Which database holds a home's register. SQLite (xf.db in the home) is the default; an office that
// outgrows one machine keeps its register on PostgreSQL, named by the home's xf.database.json
// (written by `xf init --database URL`, or with XF_DATABASE set). That file holds the URL without
// its password: the password comes from XF_DATABASE (the same URL, with it), PGPASSWORD or
// ~/.pgpass, as for any PostgreSQL client, and is never printed.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { Migration } from './migrations.js';
import { isPostgresUrl, parsePgUrl, PgRegisterStore } from './pg-store.js';

export const PG_POINTER = 'xf.database.json';

export interface PgPointer {
  backend: 'postgres';
  /** postgres://user@host:port/db?schema=NAME, without a password. */
  url: string;
}

export const pointerPath = (home: string): string => join(home, PG_POINTER);

/** Is this path a home's pointer to a PostgreSQL register (rather than an SQLite file)? */
export const isPgPointer = (path: string): boolean => basename(path) === PG_POINTER;

export function readPointer(file: string): PgPointer {
  let v: unknown;
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new XfError('IO', t(`无法读取 ${file}：${(e as Error).message}`, `cannot read ${file}: ${(e as Error).message}`));
  }
  const p = v as Partial<PgPointer>;
  if (p?.backend !== 'postgres' || typeof p.url !== 'string' || !isPostgresUrl(p.url)) {
    throw new XfError('VALIDATION', t(`${file} 应为 {"backend":"postgres","url":"postgres://…"}`, `${file} must be {"backend":"postgres","url":"postgres://…"}`));
  }
  return p as PgPointer;
}

/** The database named for `xf init`: --database, else XF_DATABASE; undefined for SQLite. */
export function requestedDatabase(option?: string): string | undefined {
  const url = option ?? (process.env.XF_DATABASE || undefined);
  if (url === undefined) return undefined;
  if (!isPostgresUrl(url)) throw new XfError('USAGE', t('--database（或 XF_DATABASE）应为 postgres:// 地址', '--database (or XF_DATABASE) must be a postgres:// URL'));
  parsePgUrl(url);
  return url;
}

/** Record a home's PostgreSQL register (its URL, password removed). */
export function writePointer(home: string, url: string): string {
  const file = pointerPath(home);
  writeFileAtomic(file, JSON.stringify({ backend: 'postgres', url: parsePgUrl(url).redacted }, null, 2) + '\n');
  return file;
}

/** Host, port, database and schema: which register, whoever connects (the clerk or the auditor role). */
function registerIdentity(url: string): string {
  const u = new URL(parsePgUrl(url).redacted);
  u.username = '';
  return u.toString();
}

/** The URL to connect with: the pointer's, or XF_DATABASE when it names the same register (it may
 *  carry another role and the password). XF_DATABASE naming another database is refused: a clerk's
 *  shell variable must never send one office's commands into another's register. */
export function connectUrl(pointer: PgPointer, file: string): string {
  const env = process.env.XF_DATABASE;
  if (!env) return pointer.url;
  const a = parsePgUrl(env).redacted;
  const b = parsePgUrl(pointer.url).redacted;
  if (registerIdentity(env) !== registerIdentity(pointer.url))
    throw new XfError('USAGE', t(`XF_DATABASE（${a}）与 ${file} 记载的登记簿（${b}）不是同一个数据库`, `XF_DATABASE (${a}) names another database than the register ${file} records (${b})`));
  return env;
}

/** The register's database of a home: its pointer when on PostgreSQL, else xf.db. */
export function registerFileOf(home: string, sqliteFile = join(home, 'xf.db')): string {
  const p = pointerPath(home);
  return existsSync(p) ? p : sqliteFile;
}

/** Open the PostgreSQL register a pointer names. */
export function openPgPointer(file: string, migrations: readonly Migration[], create = false, url?: string): PgRegisterStore {
  const pointer = url ? { backend: 'postgres' as const, url: parsePgUrl(url).redacted } : readPointer(file);
  return new PgRegisterStore({ url: url ?? connectUrl(pointer, file), migrations, create, location: file });
}
