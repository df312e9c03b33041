// What a system error means for the person at the terminal: one table, used by the CLI's error
// report and by the archiver when the disk it writes to fails under it.
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';

const MEANING: Record<string, [zh: string, en: string]> = {
  ENOSPC: ['磁盘空间不足', 'no space left on the disk'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  EROFS: ['目标为只读文件系统', 'the file system is read-only'],
  EACCES: ['没有访问权限', 'permission denied'],
  EPERM: ['操作不被允许', 'operation not permitted'],
  ENOENT: ['文件或目录不存在', 'no such file or folder'],
  EISDIR: ['应为文件，实为目录', 'a folder where a file was expected'],
  ENOTDIR: ['路径中的某一级不是目录', 'a part of the path is not a folder'],
  EMFILE: ['同时打开的文件过多', 'too many open files'],
  EIO: ['设备读写错误', 'device I/O error'],
};

export function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code!);
}

/** "磁盘空间不足（ENOSPC）" for a known code, the system's own words otherwise. */
export function describeErrno(e: NodeJS.ErrnoException): string {
  const m = MEANING[e.code!];
  return m ? t(`${m[0]}（${e.code}）`, `${m[1]} (${e.code})`) : e.message;
}

/** The storage being written failed (full, read-only, broken), as opposed to a file being read. */
const STORAGE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);
export function isStorageFailure(e: unknown, dir: string): e is NodeJS.ErrnoException {
  return isErrno(e) && (STORAGE.has(e.code!) || (typeof e.path === 'string' && (e.path === dir || e.path.startsWith(dir + '/'))));
}

/** A system error met while writing `where`, as an IO error that says what happened and what to do next. */
export function storageError(e: NodeJS.ErrnoException, where: string, next: { zh: string; en: string }, details: Record<string, unknown> = {}): XfError {
  const path = e.path ?? where;
  return new XfError('IO', t(`${describeErrno(e)}：${path}。${next.zh}`, `${describeErrno(e)}: ${path}. ${next.en}`), [], {
    errno: e.code,
    path,
    ...(e.syscall ? { syscall: e.syscall } : {}),
    ...details,
  });
}
