// The audit stores: a JSONL file (beside an archive, or anywhere writable when the archive sits on
// read-only media), the register (through its named operations), and a standalone SQLite file
// that is not a register (the only case where this module holds a database handle itself).
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type AuditBody, type AuditRecord, type AuditStore, chain } from './audit.js';
import { AUDIT_MIGRATIONS } from './audit-schema.js';
import { canonicalJson } from '../domain/canonical-json.js';
import type { RegisterStore } from '../registry/store.js';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** One record per line. A lock file serialises writers so the chain never forks. */
export class JsonlAuditStore implements AuditStore {
  readonly checkpointDir: string;
  constructor(readonly location: string) {
    this.checkpointDir = join(dirname(location), '.xf-audit-runs');
  }

  records(): unknown[] {
    if (!existsSync(this.location)) return [];
    const lines = readFileSync(this.location, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((l) => {
      try {
        return JSON.parse(l) as unknown;
      } catch {
        return null;
      }
    });
  }

  append(body: AuditBody): AuditRecord {
    mkdirSync(dirname(this.location), { recursive: true });
    const lock = this.location + '.lock';
    let lockFd: number | undefined;
    for (let i = 0; lockFd === undefined; i++) {
      try {
        lockFd = openSync(lock, 'wx');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        // A lock older than a minute belongs to a writer that died.
        try {
          if (Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { force: true });
        } catch {
          /* gone already */
        }
        if (i > 2000) throw new Error(`audit log is locked: ${lock}`);
        sleep(5);
      }
    }
    try {
      const last = lastLine(this.location);
      let prev: AuditRecord | undefined;
      if (last !== undefined) {
        try {
          prev = JSON.parse(last) as AuditRecord;
        } catch {
          throw new Error(`audit log ends with a damaged record: ${this.location} (xf audit verify names it)`);
        }
      }
      const rec = chain(body, prev);
      const fd = openSync(this.location, 'a');
      try {
        writeSync(fd, canonicalJson(rec) + '\n');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return rec;
    } finally {
      closeSync(lockFd);
      rmSync(lock, { force: true });
    }
  }

  close(): void {
    /* nothing held open */
  }
}

/** Records in the register, through its operations; one write transaction makes reading the last
 *  link and appending one step. */
export class RegisterAuditStore implements AuditStore {
  readonly location: string;
  readonly checkpointDir: string;
  constructor(
    private readonly store: RegisterStore,
    opts: { checkpointDir?: string } = {},
  ) {
    this.location = store.location;
    this.checkpointDir = opts.checkpointDir ?? join(dirname(store.location), 'fixity-runs');
  }

  records(): unknown[] {
    return this.store.audit.records().map((r) => {
      try {
        return JSON.parse(r) as unknown;
      } catch {
        return null;
      }
    });
  }

  append(body: AuditBody): AuditRecord {
    return this.store.transaction(() => {
      const last = this.store.audit.last();
      const rec = chain(body, last === undefined ? undefined : (JSON.parse(last) as AuditRecord));
      this.store.audit.insert({ seq: rec.seq, run: rec.run, kind: rec.kind, ts: rec.ts, record: canonicalJson(rec), prev: rec.prev ?? null, hash: rec.hash });
      return rec;
    });
  }

  close(): void {
    this.store.close();
  }
}

/** Records in a standalone SQLite audit file (not a register); BEGIN IMMEDIATE makes reading the last link and appending one step. */
export class SqliteAuditStore implements AuditStore {
  readonly location: string;
  readonly checkpointDir: string;
  constructor(
    private readonly db: Database.Database,
    opts: { checkpointDir?: string } = {},
  ) {
    this.location = db.name;
    this.checkpointDir = opts.checkpointDir ?? join(dirname(db.name), 'fixity-runs');
    for (const m of AUDIT_MIGRATIONS) db.exec(m.sql);
  }

  /** A standalone audit file (`--audit X.db` that is not a register), closed with the store. */
  static openFile(file: string): SqliteAuditStore {
    const db = new Database(file);
    db.pragma('busy_timeout = 5000');
    const store = new SqliteAuditStore(db);
    return Object.assign(store, { close: () => db.close() });
  }

  records(): unknown[] {
    const rows = this.db.prepare('SELECT seq, record FROM fixity_audit ORDER BY seq').all() as { seq: number; record: string }[];
    return rows.map((r) => {
      try {
        return JSON.parse(r.record) as unknown;
      } catch {
        return null;
      }
    });
  }

  append(body: AuditBody): AuditRecord {
    const tx = this.db.transaction(() => {
      const row = this.db.prepare('SELECT record FROM fixity_audit ORDER BY seq DESC LIMIT 1').get() as { record: string } | undefined;
      const last = row ? (JSON.parse(row.record) as AuditRecord) : undefined;
      const rec = chain(body, last);
      this.db.prepare('INSERT INTO fixity_audit (seq, run, kind, ts, record, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(rec.seq, rec.run, rec.kind, rec.ts, canonicalJson(rec), rec.prev, rec.hash);
      return rec;
    });
    return tx.immediate();
  }

  close(): void {
    /* the caller owns the database */
  }
}

/** The last non-empty line of a file, read backwards from the end (the log only ever grows). */
function lastLine(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    let end = size;
    let tail = Buffer.alloc(0);
    while (end > 0) {
      const n = Math.min(64 << 10, end);
      const chunk = Buffer.allocUnsafe(n);
      readSync(fd, chunk, 0, n, end - n);
      end -= n;
      tail = Buffer.concat([chunk, tail]);
      const text = tail.toString('utf8').replace(/\n+$/, '');
      const nl = text.lastIndexOf('\n');
      if (nl >= 0) return text.slice(nl + 1);
      if (end === 0) return text || undefined;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
