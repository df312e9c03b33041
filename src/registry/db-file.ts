// Is this file a register at all? Only `xf init` creates one: opening a 0-byte, truncated or garbage
// xf.db with SQLite would silently make a new empty register (0 bytes) or fail deep inside a command
// (garbage). The file's own header says what it should be; anything else is named here (exit 4).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { verifyChain, type ChainReport, type EventRow } from './chain.js';

const MAGIC = 'SQLite format 3\0';

function damaged(path: string, zh: string, en: string): XfError {
  return new XfError(
    'IO',
    t(
      `登记簿 ${path} 已损坏：${zh}。xf 不会自动重建登记簿；请从备份恢复（只有 xf init 会新建登记簿）`,
      `the register ${path} is damaged: ${en}. xf never re-creates a register by itself; restore it from a backup (only xf init creates one)`,
    ),
    [],
    { path, damage: en },
  );
}

/** Throws IO naming the damage when `path` is not a whole SQLite database. */
export function checkRegisterFile(path: string): void {
  const size = statSync(path).size;
  if (size === 0) throw damaged(path, '文件为空（0 字节）', 'the file is empty (0 bytes)');
  const head = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 100 || head.toString('latin1', 0, 16) !== MAGIC) throw damaged(path, '不是 SQLite 数据库（文件头不符）', 'not an SQLite database (wrong file header)');
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged(path, '文件头的页大小无效', 'the header holds an invalid page size');
  // whole pages only: SQLite writes the file page by page, so a size between pages is a cut file.
  // (The header's page count is not compared: a checkpoint in another process writes page 1 with
  // the new count before the pages after it, and a reader must not call that damage.)
  if (size % pageSize !== 0) {
    throw damaged(path, `文件被截断（${size} 字节，不是页大小 ${pageSize} 的整数倍）`, `the file is truncated (${size} bytes, not a multiple of the page size ${pageSize})`);
  }
}

/** SQLite's own verdict on a damaged file, as the same IO error (never a stack trace). */
export function sqliteDamage(path: string, e: unknown): XfError | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR_SHORT_READ)/.test(code)) return damaged(path, `SQLite 报告 ${code}`, `SQLite reports ${code}`);
  return undefined;
}

/**
 * Verify the hash chain of a register without writing anything, for registers on read-only media:
 * opened read-only (no migrations); where SQLite cannot open it so, read from a copy in memory.
 */
export function verifyReadOnly(path: string): ChainReport {
  checkRegisterFile(path);
  try {
    return chainOf(new Database(path, { readonly: true, fileMustExist: true }));
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw sqliteDamage(path, e) ?? e;
  }
  // SQLite cannot open a WAL register where it may not create the -shm file beside it: read the
  // file into memory, marked as a rollback-journal database (header bytes 18-19); nothing on disk
  // changes. A register closed cleanly has every event in the main file.
  const bytes = readFileSync(path);
  if (bytes[18] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  try {
    return chainOf(new Database(bytes, { readonly: true }));
  } catch (e) {
    throw sqliteDamage(path, e) ?? e;
  }
}

function chainOf(db: Database.Database): ChainReport {
  try {
    const headRow = db.prepare("SELECT value FROM meta WHERE key = 'chain_head'").get() as { value: string } | undefined;
    const head = headRow ? (JSON.parse(headRow.value) as { seq: number; hash: string }) : undefined;
    return verifyChain(db.prepare('SELECT * FROM events ORDER BY seq').iterate() as Iterable<EventRow>, head);
  } finally {
    db.close();
  }
}
