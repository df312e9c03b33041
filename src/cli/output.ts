// The only place that prints and picks exit codes. Commands return data; this turns it into text.
import { isUtf8 } from 'node:buffer';
import { describeErrno, isErrno } from '../io/errno.js';
import { XfError, type Violation } from '../domain/errors.js';
import { codePoint } from '../domain/format.js';
import { CONTROL_CHARS } from '../domain/input-guard.js';
import { t } from '../domain/i18n.js';
import { confidentialIdentities, MASK } from '../domain/disclosure.js';

export const EXIT = { OK: 0, FAIL: 1, IO: 4, USAGE: 64, INTERRUPTED: 130 } as const;

/**
 * JSON on stdout. JSON.stringify escapes C0 controls already; C1 controls, DEL, bidi overrides and
 * line/paragraph separators are escaped too (\uXXXX: the same value to a JSON reader, nothing that
 * acts on a terminal).
 */
export function printJson(value: unknown): void {
  process.stdout.write(jsonText(value) + '\n');
}

export function jsonText(value: unknown): string {
  return terminalSafeJson(JSON.stringify(value, null, 2));
}

/** JSON text (JSON.stringify's, or the same made elsewhere) with the characters above escaped. */
export function terminalSafeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
/** Print JSON text made as UTF-8 bytes elsewhere (SQLite), as printJson would print the same text:
 *  the bytes themselves when they are valid UTF-8 holding none of the characters above (their
 *  lead bytes are rare in Chinese text: memchr finds them), else through terminalSafeJson. */
export function printJsonBytes(bytes: Buffer): void {
  if (isUtf8(bytes) && !mayHoldJsonUnsafe(bytes)) {
    process.stdout.write(Buffer.concat([bytes, NEWLINE]));
    return;
  }
  process.stdout.write(terminalSafeJson(bytes.toString('utf8')) + '\n');
}
const NEWLINE = Buffer.from('\n');

/** Whether UTF-8 bytes may encode one of JSON_UNSAFE's characters: U+007F, U+0080–009F (C2 80–9F),
 *  U+061C (D8 9C), U+200E/F, U+2028–202E (E2 80 8E/8F/A8–AE), U+2066–2069 (E2 81 A6–A9). */
function mayHoldJsonUnsafe(b: Buffer): boolean {
  if (b.includes(0x7f)) return true;
  for (let i = b.indexOf(0xc2); i >= 0; i = b.indexOf(0xc2, i + 1)) if (b[i + 1]! >= 0x80 && b[i + 1]! <= 0x9f) return true;
  for (let i = b.indexOf(0xd8); i >= 0; i = b.indexOf(0xd8, i + 1)) if (b[i + 1] === 0x9c) return true;
  for (let i = b.indexOf(0xe2); i >= 0; i = b.indexOf(0xe2, i + 1)) {
    const c = b[i + 1]!;
    const d = b[i + 2]!;
    if (c === 0x80 && (d === 0x8e || d === 0x8f || (d >= 0xa8 && d <= 0xae))) return true;
    if (c === 0x81 && d >= 0xa6 && d <= 0xa9) return true;
  }
  return false;
}
const JSON_UNSAFE = /[\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

// --- the disclosure policy on errors and warnings (SPEC §7.8) ---------------------------------

const guarded = new Set<string>();

/**
 * A command that handles a case registers it here before it can fail: while the case is
 * confidential and its identities were not asked for (a logged --include-confidential), every
 * error and warning printed — message, field value, JSON details — shows （保密） in their place.
 * `raw` may be a parsed case file that is not valid yet.
 */
export function guardIdentities(raw: unknown): void {
  for (const s of confidentialIdentities(raw)) guarded.add(s);
}

/** Text of an error or warning with the guarded identities masked. */
export function policyText(s: string): string {
  if (!guarded.size) return s;
  let out = s;
  for (const x of [...guarded].sort((a, b) => b.length - a.length)) out = out.split(x).join(MASK);
  return out;
}

function policyValue<T>(x: T): T {
  if (!guarded.size) return x;
  if (typeof x === 'string') return policyText(x) as T;
  if (Array.isArray(x)) return x.map(policyValue) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, policyValue(v)])) as T;
  return x;
}

export function formatViolation(v: Violation): string {
  const sev = v.severity === 'error' ? t('错误', 'error') : t('警告', 'warning');
  const found = v.found === undefined ? '' : t(`（实际：${show(v.found)}）`, ` (found: ${show(v.found)})`);
  return terminalSafe(policyText(`  ${sev} ${v.rule} ${v.field}「${v.label}」：${v.message}${found}`));
}

/** Warnings (or any value quoting input) for JSON output, through the policy. */
export function policyViolations<T>(vs: T): T {
  return policyValue(vs);
}

/**
 * Text for a terminal: C0/C1 controls (escape sequences), DEL and bidi overrides/isolates shown as
 * visible ⟨U+XXXX⟩ instead of acting on the terminal; tabs and line breaks kept. Every message and
 * every value from input that the CLI prints goes through here.
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROL_CHARS, (c) => `⟨${codePoint(c)}⟩`);
}

const RAW = Symbol('xf.rawWrite');
type Write = ((...a: unknown[]) => boolean) & { [RAW]?: (s: string) => boolean };

/**
 * Every string the process writes to stdout and stderr passes terminalSafe: a control character or
 * bidi override from input (a name, a file name, a message quoting either) never acts on the
 * terminal, whichever command printed it. Only the progress bar draws with escapes (writeRaw).
 * Called at the start of each command (main): it also forgets the identities a previous
 * in-process command guarded.
 */
export function installTerminalGuard(): void {
  guarded.clear();
  for (const stream of [process.stdout, process.stderr]) {
    if ((stream.write as Write)[RAW]) continue;
    const raw = stream.write.bind(stream) as (...a: unknown[]) => boolean;
    const guard: Write = (chunk: unknown, ...rest: unknown[]) => raw(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest);
    guard[RAW] = (s) => raw(s);
    stream.write = guard as typeof stream.write;
  }
}

/** Write what xf itself composed with terminal controls (the progress bar), past the guard. */
export function writeRaw(stream: NodeJS.WriteStream, s: string): void {
  const raw = (stream.write as Write)[RAW];
  if (raw) raw(s);
  else stream.write(s);
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
      printJson(policyValue({ ok: false, error: { code: e.code, message: e.message, violations: e.violations, ...e.details } }));
    } else {
      process.stderr.write(`xf: ${terminalSafe(policyText(e.message))}\n`);
      for (const v of e.violations) process.stderr.write(formatViolation(v) + '\n');
    }
    return exitCodeFor(e);
  }
  if (isErrno(e)) {
    const err = e;
    const message = t(`读写失败：${describeErrno(err)}${err.path ? `：${err.path}` : ''}`, `I/O error: ${describeErrno(err)}${err.path ? `: ${err.path}` : ''}`);
    if (json) printJson(policyValue({ ok: false, error: { code: 'IO', message, errno: err.code, ...(err.path ? { path: err.path } : {}) } }));
    else process.stderr.write(`xf: ${terminalSafe(policyText(message))}\n`);
    return EXIT.IO;
  }
  const sqlite = (e as { code?: unknown })?.code;
  if (typeof sqlite === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|READONLY|FULL)/.test(sqlite)) {
    // the register's storage failed under a command: an I/O error, not a fault of xf
    const message = t(`登记簿读写失败（${sqlite}）：${(e as Error).message}`, `the register failed (${sqlite}): ${(e as Error).message}`);
    if (json) printJson(policyValue({ ok: false, error: { code: 'IO', message, sqlite } }));
    else process.stderr.write(`xf: ${terminalSafe(policyText(message))}\n`);
    return EXIT.IO;
  }
  process.stderr.write(`xf: ${t('内部错误', 'internal error')}: ${terminalSafe(policyText((e instanceof Error && e.stack) || String(e)))}\n`);
  return 70;
}
