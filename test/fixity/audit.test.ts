// The audit history: every run recorded, hash-chained; an edited or removed record is named by
// `xf audit verify`; both stores (JSONL beside the archive, the register's SQLite database).
import { describe, it, expect, beforeAll } from 'vitest';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { XF, xf } from '../helpers/xf.js';
import { buildYear, tmp } from './fixture.js';
import { AUDIT_MIGRATIONS } from '../../src/fixity/audit-schema.js';
import { chain, verifyChain, type AuditRecord } from '../../src/fixity/audit.js';
import { canonicalJson } from '../../src/domain/canonical-json.js';
import { todayInShanghai } from '../../src/domain/dates.js';
import { JsonlAuditStore } from '../../src/fixity/audit-store.js';

let archive: string;
let home: string;
beforeAll(async () => {
  archive = join(tmp('xf-audit-'), '2026');
  await buildYear(archive, 4);
  home = tmp('xf-audit-home-');
});

const body = (i: number) => ({ kind: 'run-start' as const, run: `r${i}`, ts: `2026-01-0${i}T00:00:00.000Z`, user: 'u', host: 'h' });

describe('hash chain (pure)', () => {
  it('links each record to the one before and names the first broken link', () => {
    const recs: AuditRecord[] = [];
    for (let i = 1; i <= 4; i++) recs.push(chain(body(i), recs.at(-1)));
    expect(verifyChain(recs)).toMatchObject({ ok: true, count: 4, head: recs[3]!.hash });
    const edited = recs.map((r) => ({ ...r }));
    edited[2]!.user = 'mallory';
    expect(verifyChain(edited)).toMatchObject({ ok: false, index: 2, seq: 3 });
    expect(verifyChain([recs[0], recs[2], recs[3]])).toMatchObject({ ok: false, index: 1 });
    expect(verifyChain([recs[1], recs[0]])).toMatchObject({ ok: false, index: 0 });
    // Re-hashing the edited record does not help: the next record's prev no longer matches.
    const rehashed = recs.map((r) => ({ ...r }));
    rehashed[1]!.user = 'mallory';
    const { hash: _h, ...rest } = rehashed[1]!;
    rehashed[1] = chain({ ...rest } as never, recs[0]);
    expect(verifyChain(rehashed)).toMatchObject({ ok: false, index: 2 });
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });
});

describe('JSONL store', () => {
  it('chains appends by reading only the tail, however large the records', () => {
    const store = new JsonlAuditStore(join(tmp('xf-tail-'), 'a.jsonl'));
    const big = 'x'.repeat(200_000);
    for (let i = 1; i <= 3; i++) store.append({ ...body(i), note: big + i });
    const recs = store.records();
    expect(recs).toHaveLength(3);
    expect(verifyChain(recs)).toMatchObject({ ok: true, count: 3 });
  });
});

describe('xf audit with the JSONL store', () => {
  it('records every run beside the archive; log lists them; verify passes; an edit is named', () => {
    const store = join(tmp('xf-jsonl-'), 'audit.jsonl');
    expect(xf(['verify', '--quiet', '--audit', store, archive], { env: { XF_HOME: home } }).code).toBe(0);
    expect(xf(['verify', '--quiet', '--audit', store, archive], { env: { XF_HOME: home } }).code).toBe(0);
    const lines = readFileSync(store, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    const rec = JSON.parse(lines[1]!) as Record<string, unknown>;
    expect(rec).toMatchObject({ kind: 'run-end', status: 'passed', exit: 0, seq: 2 });
    expect(typeof rec.user).toBe('string');
    expect((rec.bags as unknown[]).length).toBe(4);

    const log = xf(['audit', 'log', '--audit', store, '--json'], { env: { XF_HOME: home } });
    const runs = (JSON.parse(log.stdout) as { runs: { status: string; dossiers: number }[] }).runs;
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.status === 'passed' && r.dossiers === 4)).toBe(true);
    expect(xf(['audit', 'log', '--audit', store], { env: { XF_HOME: home } }).stdout).toContain('通过');
    const since = xf(['audit', 'log', '--audit', store, '--json', '--since', '2999-01-01'], { env: { XF_HOME: home } });
    expect((JSON.parse(since.stdout) as { runs: unknown[] }).runs).toHaveLength(0);
    // --since is a civil day in Shanghai: today's runs are listed whatever the machine's time zone
    for (const TZ of ['Pacific/Kiritimati', 'America/Adak']) {
      const today = xf(['audit', 'log', '--audit', store, '--json', '--since', todayInShanghai()], { env: { XF_HOME: home, TZ } });
      expect((JSON.parse(today.stdout) as { runs: unknown[] }).runs).toHaveLength(2);
    }
    const notADay = xf(['audit', 'log', '--audit', store, '--since', '2026-02-30'], { env: { XF_HOME: home } });
    expect([notADay.code, notADay.stderr]).toEqual([64, expect.stringContaining('--since')]);

    const ok = xf(['audit', 'verify', '--audit', store], { env: { XF_HOME: home } });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('完好');

    // Edit one record: claim a failed run passed.
    const edited = lines.map((l, i) => (i === 2 ? l.replace('"user":"', '"user":"x') : l));
    writeFileSync(store, edited.join('\n') + '\n');
    const bad = xf(['audit', 'verify', '--audit', store, '--json'], { env: { XF_HOME: home } });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, index: 2, seq: 3 });
    const badText = xf(['audit', 'verify', '--audit', store], { env: { XF_HOME: home } });
    expect(badText.stdout).toMatch(/第 3 条记录（seq 3/);

    // Remove a record instead.
    writeFileSync(store, [lines[0], lines[2], lines[3]].join('\n') + '\n');
    expect(JSON.parse(xf(['audit', 'verify', '--audit', store, '--json'], { env: { XF_HOME: home } }).stdout)).toMatchObject({ ok: false, index: 1 });
  });

  it('by default writes .xf-audit.jsonl in the archive folder (beside a dossier, never inside it)', () => {
    const dossier = join(archive, readFileSync(join(archive, 'year-manifest.json'), 'utf8').match(/"path": "([^"]+)"/)![1]!);
    expect(xf(['verify', '--quiet', dossier], { env: { XF_HOME: home } }).code).toBe(0);
    expect(existsSync(join(archive, '.xf-audit.jsonl'))).toBe(true);
    expect(existsSync(join(dossier, '.xf-audit.jsonl'))).toBe(false);
    expect(xf(['audit', 'verify', archive], { env: { XF_HOME: home } }).code).toBe(0);
  });
});

describe('read-only media', () => {
  // Simulated by running as "nobody" over a root-owned archive (root itself may write anywhere).
  const canDrop = process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  it.skipIf(!canDrop)('an archive folder that cannot be written: the record goes to $XF_HOME/audit.jsonl, with a note', () => {
    const ro = join(tmp('xf-ro-'), '2026');
    cpSync(archive, ro, { recursive: true });
    rmSync(join(ro, '.xf-audit.jsonl'), { force: true });
    chmodSync(join(ro, '..'), 0o755);
    const nobodyHome = tmp('xf-ro-home-');
    chmodSync(nobodyHome, 0o777);
    const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, XF, 'verify', '--quiet', ro], { encoding: 'utf8', env: { ...process.env, XF_HOME: nobodyHome, XF_LANG: 'en' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('not writable');
    expect(existsSync(join(nobodyHome, 'audit.jsonl'))).toBe(true);
    expect(existsSync(join(ro, '.xf-audit.jsonl'))).toBe(false);
  });
});

describe('xf audit with the register database', () => {
  it('records into $XF_HOME/xf.db when a register exists; tampering is named', () => {
    const reg = tmp('xf-reg-');
    const db = new Database(join(reg, 'xf.db'));
    for (const m of AUDIT_MIGRATIONS) db.exec(m.sql);
    db.close();
    expect(xf(['verify', '--quiet', archive], { env: { XF_HOME: reg } }).code).toBe(0);
    expect(xf(['verify', '--quiet', '--algorithms', 'sm3', archive], { env: { XF_HOME: reg } }).code).toBe(0);
    const log = JSON.parse(xf(['audit', 'log', '--json'], { env: { XF_HOME: reg } }).stdout) as { store: string; runs: unknown[] };
    expect(log.store).toBe(join(reg, 'xf.db'));
    expect(log.runs).toHaveLength(2);
    expect(xf(['audit', 'verify'], { env: { XF_HOME: reg } }).code).toBe(0);

    const rw = new Database(join(reg, 'xf.db'));
    expect(() => rw.prepare('DELETE FROM fixity_audit WHERE seq = 1').run()).toThrow(/append-only/);
    rw.exec('DROP TRIGGER fixity_audit_no_update');
    const row = rw.prepare('SELECT record FROM fixity_audit WHERE seq = 2').get() as { record: string };
    rw.prepare('UPDATE fixity_audit SET record = ? WHERE seq = 2').run(row.record.replace('"status":"passed"', '"status":"failed"'));
    rw.close();
    const bad = xf(['audit', 'verify', '--json'], { env: { XF_HOME: reg } });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, seq: 2 });
  });
});

describe('rolling audits', () => {
  it('--sample picks a reproducible share of the dossiers; --not-checked-since skips recent passes', () => {
    const store = join(tmp('xf-roll-'), 'a.jsonl');
    const run = (args: string[]) =>
      JSON.parse(xf(['verify', '--quiet', '--format', 'json', '--audit', store, ...args, archive], { env: { XF_HOME: home } }).stdout) as {
        dossiers: number;
        bags: { bag: string }[];
        selection?: { seed: string };
      };
    const a = run(['--sample', '50%', '--seed', 'q1']);
    const b = run(['--sample', '50%', '--seed', 'q1']);
    expect(a.dossiers).toBe(2);
    expect(b.bags.map((x) => x.bag)).toEqual(a.bags.map((x) => x.bag));
    expect(a.selection?.seed).toBe('q1');
    const rest = run(['--not-checked-since', '90d']);
    expect(rest.dossiers).toBe(2);
    expect(rest.bags.map((x) => x.bag).some((x) => a.bags.some((y) => y.bag === x))).toBe(false);
    expect(run(['--not-checked-since', '90d']).dossiers).toBe(0);
  });
});
