// Strings that become file names or paths (case numbers, attachment paths) are checked here, once,
// before any path is built: a case_no of "../../evil" or one holding a NUL must never reach `join`.
// Pure: the resolving against the disk (realpath, lstat) is src/io/safe-path.ts.
import { t } from './i18n.js';

/**
 * Without an office pattern: letters, digits and hyphens, at most 32 — the register's own YYYY-NNNN
 * and the numbers older systems bring in an import (L0000001); an office that wants YYYY-NNNN only
 * sets case_no_pattern "^[0-9]{4}-[0-9]{4,6}$" in xf.config.json.
 */
export const DEFAULT_CASE_NO_PATTERN = '^[0-9A-Za-z][0-9A-Za-z-]{0,31}$';

/** Characters no path segment may hold: separators, NUL and every other C0/C1 control. */
// eslint-disable-next-line no-control-regex
const UNSAFE_SEGMENT = /[/\\\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `value` cannot be a case number (V-PATH-1), or undefined when it can. The office's pattern
 * may replace the default, but whatever it allows must still be one safe path segment.
 */
export function caseNoProblem(value: unknown, pattern = DEFAULT_CASE_NO_PATTERN): string | undefined {
  if (typeof value !== 'string') return t('信访件编号应为文本', 'a case number must be text');
  const seg = segmentProblem(value);
  if (seg) return seg;
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    re = new RegExp(DEFAULT_CASE_NO_PATTERN);
  }
  if (!re.test(value)) return t(`信访件编号应符合格式 ${pattern}（如 2026-0001）`, `a case number must match ${pattern} (e.g. 2026-0001)`);
  return undefined;
}

/** Why `name` cannot be one file or folder name, or undefined. */
export function segmentProblem(name: string): string | undefined {
  if (!name) return t('名称为空', 'the name is empty');
  if (name === '.' || name === '..') return t('名称不能为 . 或 ..', 'a name cannot be . or ..');
  if (UNSAFE_SEGMENT.test(name)) return t('名称含路径分隔符或控制字符', 'the name holds a path separator or a control character');
  if (Buffer.byteLength(name, 'utf8') > 200) return t('名称过长（超过 200 字节）', 'the name is too long (over 200 bytes)');
  return undefined;
}

/**
 * Why `path` cannot be an attachment path relative to the attachments root (V-ATT-1): absolute
 * paths (POSIX, Windows drive or UNC), `..` segments, NUL and control characters are refused.
 */
export function relativePathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || !path) return t('路径为空', 'the path is empty');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return t('路径含控制字符', 'the path holds a control character');
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) {
    return t('不允许绝对路径：附件路径应相对于附件目录（--attachments）', 'absolute paths are not allowed: attachment paths are relative to the attachments folder (--attachments)');
  }
  if (path.split(/[/\\]/).some((s) => s === '..')) return t('路径不能含 ..（不得指向附件目录之外）', 'a path cannot contain .. (it must stay inside the attachments folder)');
  return undefined;
}
