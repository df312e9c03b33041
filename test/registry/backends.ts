// The register tests run on both backends: SQLite (xf.db in the home) and PostgreSQL (the server of
// XF_TEST_PG, which .ci/run starts on loopback). Each PostgreSQL test gets a schema of its own in that
// database (…?schema=NAME), dropped afterwards, so tests never see each other's rows. Without
// XF_TEST_PG the PostgreSQL variants skip, visibly; in CI they fail instead (test/helpers/tools.ts).
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestContext } from 'vitest';
import { DEMO_PACKS, type Home } from '../helpers/home.js';
import { needs } from '../helpers/tools.js';
import { xf, type XfRun } from '../helpers/xf.js';

export type BackendName = 'sqlite' | 'postgres';
export const BACKENDS: BackendName[] = ['sqlite', 'postgres'];
export const PG_URL = process.env.XF_TEST_PG || undefined;

/** Skip (or in CI fail) a PostgreSQL test when no server is configured. */
export function needsBackend(ctx: TestContext, b: BackendName): void {
  if (b === 'postgres') needs(ctx, !!PG_URL, 'PostgreSQL (set XF_TEST_PG=postgres://user:pw@127.0.0.1:port/db; .ci/run starts one)');
}

let counter = 0;
/** A fresh schema name and the URL that keeps a register in it. */
export function schemaUrl(base = PG_URL!): { schema: string; url: string } {
  const schema = `xft_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  return { schema, url: u.toString() };
}

/** Run SQL on the test server (as the test's superuser), in a schema. */
export async function pgQuery(schema: string | undefined, text: string, values: unknown[] = [], url = PG_URL!): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if (schema) await c.query(`SET search_path TO "${schema}"`);
    return (await (values.length ? c.query({ text, values }) : c.query(text))).rows as Record<string, unknown>[];
  } finally {
    await c.end();
  }
}

export interface BackendHome extends Home {
  backend: BackendName;
  /** PostgreSQL: the register's schema and the URL (with its password). */
  schema?: string;
  url?: string;
  env: Record<string, string>;
  /** Rows of a query on the register's database. */
  query(sql: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Run SQL with the event log's guards off: a tamperer who owns the tables. */
  tamper(sql: string): Promise<void>;
  /** Keep the event log as it is now; the returned function puts it back. */
  snapshot(): Promise<() => Promise<void>>;
  cleanup(): Promise<void>;
}

const INIT = ['--review-org', '某市人民政府', '--review-address', '某市人民大道1号', '--rereview-org', '某省人民政府信访局', '--rereview-address', '某省某市政务大道100号'];

/** A register in a temporary home on `backend`, driven through the real CLI. */
export function backendHome(backend: BackendName, packs = DEMO_PACKS, today = '2026-11-21'): BackendHome {
  const dir = mkdtempSync(join(tmpdir(), `xf-test-${backend}-`));
  const target = backend === 'postgres' ? schemaUrl() : undefined;
  const env: Record<string, string> = { XF_HOME: dir, XF_TODAY: today, ...(target ? { XF_DATABASE: target.url } : {}) };
  const run = (args: string[], input?: string): XfRun => xf(args, { cwd: dir, env, input });
  const r = run(['init', '--rule-packs', packs, ...INIT]);
  if (r.code !== 0) throw new Error(`xf init failed: ${r.stderr}`);
  const file = join(dir, 'xf.db');
  const sqlite = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  const schema = target?.schema;
  const base = { dir, run, backend, env, ...(target ? { schema: target.schema, url: target.url } : {}) };
  if (backend === 'sqlite') {
    return {
      ...base,
      query: async (sql, values = []) =>
        sqlite((db) => {
          const st = db.prepare(sql);
          if (st.reader) return st.all(...values) as Record<string, unknown>[];
          st.run(...values);
          return [];
        }),
      tamper: async (sql) =>
        sqlite((db) => {
          db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
          db.exec(sql);
        }),
      snapshot: async () => {
        const copy = join(dir, 'snapshot.db');
        sqlite((db) => db.pragma('wal_checkpoint(TRUNCATE)'));
        copyFileSync(file, copy);
        return async () => {
          copyFileSync(copy, file);
          for (const s of ['-wal', '-shm']) rmSync(file + s, { force: true });
        };
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const q = (sql: string, values: unknown[] = []) => pgQuery(schema, sql, values);
  return {
    ...base,
    query: q,
    tamper: async (sql) => {
      await q(`ALTER TABLE events DISABLE TRIGGER USER; ${sql}; ALTER TABLE events ENABLE TRIGGER USER`);
    },
    snapshot: async () => {
      const name = `events_snap_${counter++}`;
      await q(`CREATE TABLE ${name} AS TABLE events`);
      return async () => {
        await q(`ALTER TABLE events DISABLE TRIGGER USER; DELETE FROM events; INSERT INTO events SELECT * FROM ${name}; ALTER TABLE events ENABLE TRIGGER USER`);
      };
    },
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await q(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
