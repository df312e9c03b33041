// What only the PostgreSQL register has: a connection that can fail, roles, many writers at once,
// and a register moved to and from SQLite. Needs XF_TEST_PG (skipped visibly without it; in CI a
// failure): each test keeps its register in a schema of its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, xf } from '../helpers/xf.js';
import { REGISTER_MODULES } from '../../src/cli/modules.js';
import { defaultConfig } from '../../src/domain/config.js';
import { Registry } from '../../src/registry/registry.js';
import { type BackendHome, backendHome, needsBackend, PG_URL, pgQuery, schemaUrl } from './backends.js';

const homes: BackendHome[] = [];
afterEach(async () => {
  for (const h of homes.splice(0)) await h.cleanup();
});
const make = (b: 'sqlite' | 'postgres') => {
  const h = backendHome(b);
  homes.push(h);
  return h;
};

describe('PostgreSQL register', () => {
  it('in-process: a nested transaction is a savepoint, streams see the transaction, serials stay gapless', async (ctx) => {
    needsBackend(ctx, 'postgres');
    const { schema, url } = schemaUrl();
    const dir = mkdtempSync(join(tmpdir(), 'xf-pgnested-'));
    const reg = new Registry(join(dir, 'xf.database.json'), defaultConfig('某区信访局'), { modules: REGISTER_MODULES, create: true, databaseUrl: url, today: '2026-03-02' });
    try {
      const kept = reg.transaction(() => {
        const first = reg.allocateSerial('LXD', 2026);
        expect(() =>
          reg.transaction(() => {
            reg.allocateSerial('LXD', 2026);
            throw new Error('inner');
          }),
        ).toThrow('inner');
        expect(() =>
          reg.savepoint(() => {
            reg.store.recordSerialIssue('queued-only', 'X', 2026, 1, null, 'now'); // never reached the server
            throw new Error('again');
          }),
        ).toThrow('again');
        const second = reg.allocateSerial('LXD', 2026);
        // a stream inside the transaction sees its writes
        expect([...reg.store.tableRows('serial_issues')].map((r) => r.serial)).toEqual([first, second]);
        return [first, second];
      });
      expect(reg.serialIssues('LXD').map((x) => x.serial)).toEqual(kept);
      expect(kept.map((x) => x.slice(-2))).toEqual(['01', '02']);
      expect(() =>
        reg.transaction(() => {
          reg.allocateSerial('LXD', 2026);
          throw new Error('outer');
        }),
      ).toThrow('outer');
      expect(reg.serialIssues('LXD')).toHaveLength(2);
      expect(reg.storedSerials().counters).toEqual([{ kind: 'LXD', year: 2026, last: 2 }]);
      // a stream outside a transaction (its own snapshot) while the writer connection is used
      const seen: unknown[] = [];
      for (const r of reg.store.tableRows('serial_issues')) {
        seen.push(r.serial);
        reg.serialIssues();
      }
      expect(seen).toEqual(kept);
      // a database error inside a savepoint is undone there, and the transaction goes on
      reg.transaction(() => {
        expect(() => reg.savepoint(() => reg.store.recordSerialIssue(kept[0]!, 'LXD', 2026, 9, null, 'now'))).toThrow(/duplicate key/);
        reg.allocateSerial('LXD', 2026);
      });
      expect(reg.serialIssues('LXD')).toHaveLength(3);
    } finally {
      reg.close();
      rmSync(dir, { recursive: true, force: true });
      await pgQuery(undefined, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });

  it('a connection that fails is a clear error, exit 4, without a stack trace or the password', (ctx) => {
    needsBackend(ctx, 'postgres');
    const dir = mkdtempSync(join(tmpdir(), 'xf-pgfail-'));
    try {
      const u = new URL(PG_URL!);
      u.password = 'not-the-password-7f3a';
      const env = { XF_HOME: dir, XF_DATABASE: '' };
      const wrong = xf(['init', '--database', u.toString()], { cwd: dir, env });
      expect(wrong.code).toBe(4);
      expect(wrong.stderr).toMatch(/无法连接登记簿数据库 postgres:\/\//);
      expect(wrong.stderr).toMatch(/password authentication failed/);
      expect(wrong.stderr).not.toContain('not-the-password-7f3a');
      expect(wrong.stderr).not.toMatch(/\n\s+at /);
      // nothing was written: no settings pointing at a register that does not exist
      expect(() => readFileSync(join(dir, 'xf.config.json'))).toThrow();
      u.port = '1'; // nothing listens there
      const refused = xf(['init', '--database', u.toString(), '--json'], { cwd: dir, env });
      expect(refused.code).toBe(4);
      expect(JSON.parse(refused.stdout).error).toMatchObject({ code: 'IO' });
      expect(refused.stdout).not.toContain('not-the-password-7f3a');
      const notUrl = xf(['init', '--database', 'mysql://x@y/z'], { cwd: dir, env });
      expect(notUrl.code).toBe(64);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a home keeps the URL without its password; XF_DATABASE naming another database is refused', (ctx) => {
    needsBackend(ctx, 'postgres');
    const h = make('postgres');
    const pointer = JSON.parse(readFileSync(join(h.dir, 'xf.database.json'), 'utf8'));
    expect(pointer.url).toBe(pointer.url.replace(/:[^:@/]*@/, '@'));
    expect(h.run(['case', 'list', '--json']).code).toBe(0);
    const other = new URL(h.url!);
    other.searchParams.set('schema', 'some_other_office');
    const r = xf(['case', 'list'], { cwd: h.dir, env: { ...h.env, XF_DATABASE: other.toString() } });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/XF_DATABASE/);
  });

  it('moves a register SQLite → PostgreSQL → SQLite with the chain intact and byte-identical exports', (ctx) => {
    needsBackend(ctx, 'postgres');
    const a = make('sqlite');
    expect(a.run(['case', 'import', join(ROOT, 'samples')]).code).toBe(0);
    const files = ['a', 'b', 'c'].map((x) => join(a.dir, `${x}.jsonl`));
    expect(a.run(['registry', 'export', files[0]!]).code).toBe(0);
    const b = make('postgres');
    const imp = b.run(['registry', 'import', files[0]!, '--json']);
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout).chain.ok).toBe(true);
    const vb = b.run(['registry', 'verify', '--json']);
    expect(vb.code, vb.stdout).toBe(0);
    expect(JSON.parse(vb.stdout).replay.ok).toBe(true);
    expect(b.run(['registry', 'export', files[1]!]).code).toBe(0);
    // an import into a register that holds anything is refused
    expect(b.run(['registry', 'import', files[0]!]).code).toBe(1);
    const c = make('sqlite');
    expect(c.run(['registry', 'import', files[1]!]).code).toBe(0);
    expect(c.run(['registry', 'export', files[2]!]).code).toBe(0);
    const [x, y, z] = files.map((f) => readFileSync(f));
    expect(y!.equals(x!)).toBe(true);
    expect(z!.equals(x!)).toBe(true);
    const heads = [a, b, c].map((h) => JSON.parse(h.run(['registry', 'verify', '--json']).stdout)).map((j) => [j.ok, j.head_seq, j.head_hash]);
    expect(heads[1]).toEqual(heads[0]);
    expect(heads[2]).toEqual(heads[0]);
    expect(heads[0]![0]).toBe(true);
    // the commands read the moved register as their own
    const list = (h: BackendHome) => JSON.parse(h.run(['case', 'list', '--json']).stdout);
    expect(list(b)).toEqual(list(a));
    const overdue = (h: BackendHome) => JSON.parse(h.run(['case', 'list', '--overdue', '--json']).stdout);
    expect(overdue(b)).toEqual(overdue(a));
  }, 300_000);

  it('a cut or tampered export is refused, and nothing is imported', (ctx) => {
    needsBackend(ctx, 'postgres');
    const a = make('sqlite');
    expect(a.run(['case', 'import', join(ROOT, 'samples')]).code).toBe(0);
    const file = join(a.dir, 'x.jsonl');
    expect(a.run(['registry', 'export', file]).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const b = make('postgres');
    const cut = join(a.dir, 'cut.jsonl');
    writeFileSync(cut, lines.slice(0, -5).join('\n') + '\n');
    expect(b.run(['registry', 'import', cut]).code).toBe(1);
    const edited = join(a.dir, 'edited.jsonl');
    writeFileSync(edited, lines.map((l) => (l.includes('"t":"events"') && l.includes('"seq":5,') ? l.replace(/"event_date":"[^"]+"/, '"event_date":"2026-12-31"') : l)).join('\n') + '\n');
    const r = b.run(['registry', 'import', edited]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/哈希链/);
    expect(JSON.parse(b.run(['case', 'list', '--json']).stdout)).toEqual([]);
  }, 300_000);

  it('roles: the clerk cannot alter the event log; the auditor reads and verifies only', async (ctx) => {
    needsBackend(ctx, 'postgres');
    const h = make('postgres');
    expect(h.run(['case', 'new', '--file', join(ROOT, 'samples', '01-letter-answered.yaml')]).code).toBe(0);
    const clerk = `${h.schema}_clerk`;
    const auditor = `${h.schema}_auditor`;
    const sql = h.run(['registry', 'roles', '--print-sql', '--schema', h.schema!, '--clerk', clerk, '--auditor', auditor]);
    expect(sql.code).toBe(0);
    await pgQuery(undefined, sql.stdout);
    await pgQuery(undefined, `ALTER ROLE "${clerk}" PASSWORD 'clerk-pw'; ALTER ROLE "${auditor}" PASSWORD 'auditor-pw'`);
    const as = (role: string, pw: string) => {
      const u = new URL(h.url!);
      u.username = role;
      u.password = pw;
      return u.toString();
    };
    const run = (role: string, pw: string, args: string[]) => xf(args, { cwd: h.dir, env: { ...h.env, XF_DATABASE: as(role, pw) } });
    try {
      // the clerk works cases; the log refuses every change, by grant and by trigger
      const ok = run(clerk, 'clerk-pw', ['case', 'list', '--json']);
      expect(ok.code, ok.stderr).toBe(0);
      const sample = readFileSync(join(ROOT, 'samples', '02-letter-declined.yaml'), 'utf8');
      writeFileSync(join(h.dir, 'd.yaml'), sample);
      const made = run(clerk, 'clerk-pw', ['case', 'new', '--file', 'd.yaml']);
      expect(made.code, made.stderr).toBe(0);
      const clerkUrl = new URL(as(clerk, 'clerk-pw'));
      clerkUrl.searchParams.delete('schema');
      await expect(pgQuery(h.schema, "UPDATE events SET actor = 'x'", [], clerkUrl.toString())).rejects.toThrow(/permission denied/);
      await expect(pgQuery(h.schema, 'DELETE FROM events', [], clerkUrl.toString())).rejects.toThrow(/permission denied/);
      await expect(pgQuery(h.schema, 'TRUNCATE events', [], clerkUrl.toString())).rejects.toThrow(/permission denied/);
      // the auditor verifies, and cannot register
      const v = run(auditor, 'auditor-pw', ['registry', 'verify', '--json']);
      expect(v.code, v.stderr).toBe(0);
      expect(JSON.parse(v.stdout).replay.ok).toBe(true);
      writeFileSync(join(h.dir, 'e.yaml'), sample.replace(/^case_no: .*$/m, 'case_no: 2026-0777'));
      const refused = run(auditor, 'auditor-pw', ['case', 'new', '--file', 'e.yaml']);
      expect(refused.code).toBe(4);
      expect(refused.stderr).toMatch(/permission denied/);
      expect(refused.stderr).not.toContain('auditor-pw');
    } finally {
      await pgQuery(undefined, `DROP OWNED BY "${clerk}", "${auditor}"; DROP ROLE "${clerk}"; DROP ROLE "${auditor}"`);
    }
  }, 300_000);

  it('8 processes × 200 operations at once: no lost update, serials unique and gapless per year, one chain', async (ctx) => {
    needsBackend(ctx, 'postgres');
    const h = make('postgres');
    const N = Number(process.env.XF_TEST_PG_OPS ?? 200);
    const writer = join(ROOT, 'test', 'registry', 'fixtures', 'writer.mjs');
    const outs = await Promise.all(
      Array.from(
        { length: 8 },
        (_, i) =>
          new Promise<{ code: number; out: string; err: string }>((res) => {
            const p = spawn(process.execPath, [writer, ROOT, String(N), `w${i}`], { env: { ...process.env, ...h.env } });
            let out = '';
            let err = '';
            p.stdout.on('data', (d) => (out += d));
            p.stderr.on('data', (d) => (err += d));
            p.on('exit', (c) => res({ code: c ?? -1, out, err }));
          }),
      ),
    );
    for (const o of outs) expect(o.code, o.err).toBe(0);
    const did = outs.map((o) => JSON.parse(o.out) as { cases: string[]; events: number; serials: string[] });
    const cases = did.flatMap((d) => d.cases);
    const serials = did.flatMap((d) => d.serials);
    // every operation's effect is there (no lost update)
    expect(cases.length + serials.length + did.reduce((a, d) => a + d.events, 0)).toBe(8 * N);
    expect(new Set(cases).size).toBe(cases.length);
    expect(new Set(serials).size).toBe(serials.length);
    const n = async (sql: string) => Number((await h.query(sql))[0]!.n);
    expect(await n('SELECT COUNT(*) AS n FROM cases')).toBe(cases.length);
    expect(await n('SELECT COUNT(*) AS n FROM events')).toBe(cases.length + did.reduce((a, d) => a + d.events, 0));
    // gapless per kind and year: the numbers issued are exactly 1..count, and the counter says count
    const byYear = await h.query('SELECT kind, year, COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi, COUNT(DISTINCT seq) AS d FROM serial_issues GROUP BY kind, year ORDER BY kind, year');
    expect(byYear.map((r) => r.kind + String(r.year))).toEqual(['CASE2026', 'LXD2025', 'LXD2026']);
    for (const r of byYear) expect([Number(r.lo), Number(r.hi), Number(r.d)]).toEqual([1, Number(r.n), Number(r.n)]);
    const counters = await h.query('SELECT s.kind, s.year, s.last, (SELECT COUNT(*) FROM serial_issues i WHERE i.kind = s.kind AND i.year = s.year) AS n FROM serials s');
    for (const c of counters) expect(Number(c.last)).toBe(Number(c.n));
    expect(Number(byYear.find((r) => r.kind === 'LXD' && r.year === 2025)!.n) + Number(byYear.find((r) => r.kind === 'LXD' && r.year === 2026)!.n)).toBe(serials.length);
    // one linear chain, the head recorded, every case replays
    const v = h.run(['registry', 'verify', '--json']);
    expect(v.code, v.stdout.slice(0, 2000)).toBe(0);
    const j = JSON.parse(v.stdout);
    expect([j.chain_ok, j.replay.ok, j.events]).toEqual([true, true, await n('SELECT COUNT(*) AS n FROM events')]);
  }, 900_000);
});
