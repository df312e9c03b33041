// The only place that prints and picks exit codes. Commands return data; this turns it into text.
import { describeErrno, isErrno } from '../io/errno.js';
import { XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';

export const EXIT = { OK: 0, FAIL: 1, IO: 4, USAGE: 64, INTERRUPTED: 130 } as const;

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function formatViolation(v: Violation): string {
  const sev = v.severity === 'error' ? t('错误', 'error') : t('警告', 'warning');
  const found = v.found === undefined ? '' : t(`（实际：${show(v.found)}）`, ` (found: ${show(v.found)})`);
  return terminalSafe(`  ${sev} ${v.rule} ${v.field}「${v.label}」：${v.message}${found}`);
}

/**
 * Text for a terminal: C0/C1 controls (escape sequences), DEL and bidi overrides/isolates shown as
 * visible ⟨U+XXXX⟩ instead of acting on the terminal; tabs and line breaks kept. Every message and
 * every value from input that the CLI prints goes through here.
 */
export function terminalSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

function show(x: unknown): string {
  if (typeof x === 'string') return x;
  const s = JSON.stringify(x);
  return s === undefined ? String(x) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

export function exitCodeFor(e: XfError): number {
  switch (e.code) {
    case 'USAGE':
      return EXIT.USAGE;
    case 'IO':
      return EXIT.IO;
    // a damaged dossier carries the verify exit of its faults (1 changed, 2 missing…)
    case 'INTEGRITY':
      return typeof e.details.exit === 'number' && e.details.exit > 0 ? e.details.exit : EXIT.FAIL;
    default:
      return EXIT.FAIL;
  }
}

/** Report an error on stderr (or as JSON on stdout when asked) and return the exit code. */
export function reportError(e: unknown, json = false): number {
  if (e instanceof XfError) {
    if (json) {
      printJson({ ok: false, error: { code: e.code, message: e.message, violations: e.violations, ...e.details } });
    } else {
      process.stderr.write(`xf: ${terminalSafe(e.message)}\n`);
      for (const v of e.violations) process.stderr.write(formatViolation(v) + '\n');
    }
    return exitCodeFor(e);
  }
  if (isErrno(e)) {
    const err = e;
    const message = t(`读写失败：${describeErrno(err)}${err.path ? `：${err.path}` : ''}`, `I/O error: ${describeErrno(err)}${err.path ? `: ${err.path}` : ''}`);
    if (json) printJson({ ok: false, error: { code: 'IO', message, errno: err.code, ...(err.path ? { path: err.path } : {}) } });
    else process.stderr.write(`xf: ${terminalSafe(message)}\n`);
    return EXIT.IO;
  }
  const sqlite = (e as { code?: unknown })?.code;
  if (typeof sqlite === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|READONLY|FULL)/.test(sqlite)) {
    // the register's storage failed under a command: an I/O error, not a fault of xf
    const message = t(`登记簿读写失败（${sqlite}）：${(e as Error).message}`, `the register failed (${sqlite}): ${(e as Error).message}`);
    if (json) printJson({ ok: false, error: { code: 'IO', message, sqlite } });
    else process.stderr.write(`xf: ${terminalSafe(message)}\n`);
    return EXIT.IO;
  }
  process.stderr.write(`xf: ${t('内部错误', 'internal error')}: ${(e instanceof Error && e.stack) || String(e)}\n`);
  return 70;
}
