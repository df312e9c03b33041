// Importing many case files at once: a folder of YAML/JSON files or one JSON Lines file, streamed.
// One transaction for the whole import, registered a batch of files at a time; every bad file is
// reported, and if any is bad nothing at all is written.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { checkCaseFile, parseCaseFile, parseStructuredText, type InputOptions } from '../domain/case-file.js';
import { XfError, validationError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Registry } from './registry.js';
import { firstInvalidUtf8, iconv, notUtf8Error, type InputEncoding } from '../io/text-input.js';

export interface ImportFailure {
  name: string;
  message: string;
  violations: Violation[];
}
export interface ImportResult {
  imported: number;
  case_nos: string[];
  warnings: { name: string; violations: Violation[] }[];
  failures: ImportFailure[];
}

interface Source {
  name: string;
  parse(): ReturnType<typeof parseCaseFile>;
}

/**
 * Lines of a file, read in 1 MiB chunks so a million-line import keeps memory flat. UTF-8 is split
 * into lines as bytes (a newline byte is never part of a longer character, so none is ever cut)
 * and each line decoded on its own: no chunk-sized string is made, joined and split again, which
 * was a tenth of an import's CPU in page faults and copies. The bytes are checked before any line of
 * them is given out, so bytes that are not UTF-8 stop the import with their offset instead of
 * entering the register. A named encoding goes through its streaming decoder.
 */
export function* readLines(path: string, encoding: InputEncoding = 'utf-8'): Generator<string> {
  if (encoding !== 'utf-8') {
    yield* decodedLines(path, encoding);
    return;
  }
  const fd = openSync(path, 'r');
  let buf = Buffer.allocUnsafe(1 << 20);
  let len = 0; // bytes held in buf
  let pos = 0; // the first not given out yet
  let base = 0; // the file offset of buf[0]
  const checked = (from: number, to: number) => {
    const bytes = buf.subarray(from, to);
    if (!isUtf8(bytes)) {
      const at = firstInvalidUtf8(bytes);
      throw notUtf8Error(path, base + from + (at >= 0 ? at : bytes.length));
    }
  };
  try {
    for (;;) {
      if (pos > 0) {
        buf.copyWithin(0, pos, len);
        base += pos;
        len -= pos;
        pos = 0;
      }
      if (len === buf.length) {
        // one line longer than the buffer
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      const scanned = len; // no newline before it: the lines up to there are given out
      len += n;
      // the BOM, as TextDecoder drops it
      if (base === 0 && scanned < 3 && len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      const last = buf.lastIndexOf(0x0a, len - 1);
      if (last < Math.max(pos, scanned)) continue;
      checked(pos, last + 1);
      while (pos <= last) {
        const nl = buf.indexOf(0x0a, pos);
        const line = buf.toString('utf8', pos, nl);
        pos = nl + 1;
        yield line;
      }
    }
    if (pos < len) {
      checked(pos, len);
      yield buf.toString('utf8', pos, len);
    }
  } finally {
    closeSync(fd);
  }
}

/** Lines of a file in a named encoding (gb18030, big5 …), through one streaming decoder. */
function* decodedLines(path: string, encoding: Exclude<InputEncoding, 'utf-8'>): Generator<string> {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  const named = iconv().getDecoder(encoding, { stripBOM: true });
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const lines = (rest + named.write(Buffer.from(buf.subarray(0, n)))).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    rest += named.end() ?? '';
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

const CASE_EXT = new Set(['.yaml', '.yml', '.json']);

function* sources(path: string, reg: Registry, read: (p: string) => string, check: InputOptions & { encoding?: InputEncoding }): Generator<Source> {
  const limits = reg.pack.limits;
  const st = statSync(path);
  if (st.isDirectory()) {
    const names = readdirSync(path)
      .filter((n) => CASE_EXT.has(extname(n).toLowerCase()) && !n.startsWith('.'))
      .sort();
    for (const n of names) {
      const p = join(path, n);
      yield { name: n, parse: () => parseCaseFile(read(p), n, limits, check) };
    }
  } else if (extname(path).toLowerCase() === '.jsonl' || extname(path).toLowerCase() === '.ndjson') {
    let i = 0;
    for (const line of readLines(path, check.encoding)) {
      i++;
      if (!line.trim()) continue;
      const name = `${path}:${i}`;
      yield {
        name,
        parse: () => {
          // A JSON object goes straight to checkCaseFile, whose structure check is the one
          // parseStructuredText would run first (same function, same value, same error): once per
          // case instead of twice. Anything else takes the general path and its messages.
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch {
            value = undefined;
          }
          if (!value || typeof value !== 'object' || Array.isArray(value)) {
            const parsed = parseStructuredText(line, name + '.json');
            if (parsed.violations.length) throw validationError(name, parsed.violations);
            value = parsed.value;
          }
          return checkCaseFile(value, name, limits, check);
        },
      };
    }
  } else {
    yield { name: path, parse: () => parseCaseFile(read(path), path, limits, check) };
  }
}

/** Thrown inside the import's transaction to roll it all back once every file has been tried. */
class RollBack extends Error {}

/**
 * Case files registered per batch: one read of the register and one INSERT per table for each.
 * Small, because a batch is what outlives V8's young-generation collections (its parsed files and
 * rows are copied, then promoted, at each one): at 500 those copies were a quarter of a SQLite
 * import's CPU, and a PostgreSQL import peaked above 300 MB at a million cases. On PostgreSQL each
 * batch then waits for one more round trip: more wall time on a busy machine, less CPU.
 */
const BATCH = 50;

export function importCases(reg: Registry, path: string, read: (p: string) => string, onProgress?: (n: number) => void, check: InputOptions & { encoding?: InputEncoding } = {}): ImportResult {
  const res: ImportResult = { imported: 0, case_nos: [], warnings: [], failures: [] };
  // One transaction for the whole import: every file is tried (so all errors are reported), and the
  // register changes only when none has one. A file that fails writes nothing of itself
  // (registerBatch), so the files after it are checked against the same register as before.
  type Parsed = ReturnType<typeof parseCaseFile>;
  let batch: { name: string; parsed?: Parsed; error?: XfError }[] = [];
  let done = 0;
  const fail = (name: string, e: XfError) => res.failures.push({ name, message: e.message, violations: e.violations });
  const flush = () => {
    const ok = batch.filter((b) => b.parsed);
    const outcomes = reg.registerBatch(ok.map((b) => ({ file: b.parsed!.file, name: b.name })));
    let k = 0;
    for (const b of batch) {
      if (b.error) fail(b.name, b.error);
      else {
        const o = outcomes[k++]!;
        if ('error' in o) fail(b.name, o.error);
        else {
          res.imported++;
          if (res.case_nos.length < 10_000) res.case_nos.push(o.record.case_no);
          const w = [...b.parsed!.warnings, ...o.warnings];
          if (w.length && res.warnings.length < 1000) res.warnings.push({ name: b.name, violations: w });
        }
      }
      if (onProgress && ++done % 1000 === 0) onProgress(done);
    }
    batch = [];
  };
  try {
    reg.transaction(() => {
      for (const src of sources(path, reg, read, check)) {
        try {
          batch.push({ name: src.name, parsed: src.parse() });
        } catch (e) {
          if (!(e instanceof XfError)) throw e;
          batch.push({ name: src.name, error: e });
        }
        if (batch.length >= BATCH) flush();
      }
      flush();
      if (res.failures.length) throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
    res.imported = 0;
    res.case_nos = [];
  }
  if (res.failures.length) {
    throw new XfError('VALIDATION', t(`${res.failures.length} 个案件文件有错误，未导入任何案件`, `${res.failures.length} case file(s) have errors; nothing was imported`), [], {
      failures: res.failures,
    });
  }
  return res;
}
