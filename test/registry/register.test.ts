// The register through the real CLI, on each backend: SQLite (xf.db) and PostgreSQL (XF_TEST_PG;
// skipped visibly without it, a failure in CI). backends.ts makes the homes.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { ROOT, XF } from '../helpers/xf.js';
import { BACKENDS, backendHome, type BackendHome, type BackendName, needsBackend } from './backends.js';

const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');
let home: BackendHome | undefined;
afterEach(async () => {
  await home?.cleanup();
  home = undefined;
});

/** The sample without its history: a freshly registered case. */
function bareSample(caseNo: string): string {
  const text = readFileSync(SAMPLE, 'utf8');
  return text.replace(/^case_no: .*$/m, `case_no: ${caseNo}`).replace(/^history:[\s\S]*$/m, '');
}

async function count(h: BackendHome): Promise<number> {
  const n = async (table: string) => Number((await h.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
  return (await n('cases')) + (await n('events'));
}

const open = (ctx: TestContext, b: BackendName): BackendHome => {
  needsBackend(ctx, b);
  home = backendHome(b);
  return home;
};

describe.each(BACKENDS)('register on %s: init, new, show, event', (backend) => {
  it('xf init makes the register and xf.config.json, and refuses to overwrite without --force', (ctx) => {
    home = open(ctx, backend);
    expect(existsSync(join(home.dir, backend === 'sqlite' ? 'xf.db' : 'xf.database.json'))).toBe(true);
    if (backend === 'postgres') {
      expect(existsSync(join(home.dir, 'xf.db'))).toBe(false);
      // the home records where, never the password
      const pointer = readFileSync(join(home.dir, 'xf.database.json'), 'utf8');
      expect(pointer).toContain(home.schema!);
      expect(pointer).not.toContain(new URL(home.url!).password || '\u0000');
    }
    const cfg = JSON.parse(readFileSync(join(home.dir, 'xf.config.json'), 'utf8'));
    expect(cfg.rule_packs).toContain('shandong_2015');
    const again = home.run(['init']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
  });

  it('walks a case through the lifecycle and refuses an illegal step with the allowed ones', (ctx) => {
    home = open(ctx, backend);
    writeFileSync(join(home.dir, 'c.yaml'), bareSample('2026-0100'));
    expect(home.run(['case', 'new', '--file', 'c.yaml']).code).toBe(0);
    const bad = home.run(['case', 'event', '2026-0100', 'serve', '--date', '2026-01-10']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/已登记（registered）/);
    expect(bad.stderr).toMatch(/accept/);
    const ok = home.run(['case', 'event', '2026-0100', 'accept', '--date', '2026-01-06', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    const j = JSON.parse(ok.stdout);
    expect(j.status).toBe('accepted');
    const handling = j.clocks.find((c: { id: string }) => c.id === 'DL-05');
    expect([handling.due, handling.act_by]).toEqual(['2026-03-07', '2026-03-06']);
    // Extension beyond 30 days is refused, naming the rule; 30 is accepted.
    const tooLong = home.run(['case', 'event', '2026-0100', 'extend', '--date', '2026-02-20', '--set', 'extension_days=45', '--set', 'extension_reason=需实地调查', '--set', 'approved_by=张局长']);
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toMatch(/V-DOC-9/);
    const ext = home.run([
      'case',
      'event',
      '2026-0100',
      'extend',
      '--date',
      '2026-02-20',
      '--set',
      'extension_days=30',
      '--set',
      'extension_reason=需实地调查',
      '--set',
      'approved_by=张局长',
      '--json',
    ]);
    expect(ext.code, ext.stderr).toBe(0);
    expect(JSON.parse(ext.stdout).clocks.find((c: { id: string }) => c.id === 'DL-05').due).toBe('2026-04-06');
  });

  it('a bad case file gets every error, exit 1, and nothing is written', async (ctx) => {
    home = open(ctx, backend);
    const before = await count(home);
    const text = bareSample('2026-0101')
      .replace('370102196203150025', '370102196203150024')
      .replace('registered_date: 2026-01-04', 'registered_date: 2026-01-01')
      .replace('channel: letter', 'channel: pigeon');
    writeFileSync(join(home.dir, 'bad.yaml'), text);
    const r = home.run(['case', 'new', '--file', 'bad.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SCHEMA channel「信访形式」/);
    expect(await count(home)).toBe(before);
    // Importing a folder with one bad file among good ones imports nothing.
    const dir = join(home.dir, 'batch');
    require('node:fs').mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), bareSample('2026-0201'));
    writeFileSync(join(dir, 'b.yaml'), text.replace('channel: pigeon', 'channel: letter'));
    writeFileSync(join(dir, 'c.yaml'), bareSample('2026-0203'));
    const imp = home.run(['case', 'import', dir]);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toMatch(/b\.yaml/);
    expect(imp.stderr).toMatch(/V-ID-1/);
    expect(imp.stderr).toMatch(/V-CASE-2/);
    expect(await count(home)).toBe(before);
  });

  it('registry verify names the event that was altered, removed or inserted', async (ctx) => {
    home = open(ctx, backend);
    writeFileSync(join(home.dir, 'c.yaml'), readFileSync(SAMPLE, 'utf8'));
    expect(home.run(['case', 'new', '--file', 'c.yaml']).code).toBe(0);
    expect(home.run(['registry', 'verify']).code).toBe(0);
    const restore = await home.snapshot();
    const verify = () => {
      const r = home!.run(['registry', 'verify', '--json']);
      return { code: r.code, j: JSON.parse(r.stdout) };
    };

    await home.tamper(`UPDATE events SET event_date = '2026-02-28' WHERE seq = 4`);
    let v = verify();
    expect(v.code).toBe(1);
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'altered', seq: 4 })]);

    await restore();
    expect(verify().code).toBe(0);
    await home.tamper('DELETE FROM events WHERE seq = 3');
    v = verify();
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'removed', seq: 3, count: 1 })]);

    await restore();
    await home.tamper('DELETE FROM events WHERE seq = 6');
    v = verify();
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'removed', seq: 6 })]);

    await restore();
    // Insert a well-formed event between 2 and 3: renumber the tail, then re-chain only the new one.
    const rows = ((await home.query('SELECT * FROM events ORDER BY seq')) as any[]).map((r) => ({ ...r, seq: Number(r.seq) })); // pg gives BIGINT as text
    const { eventHash } = await import('../../src/registry/chain.js');
    const fake = { seq: 3, case_no: '2026-0001', event: 'extend', event_date: '2026-01-07', details: '{}', recorded_at: rows[1].recorded_at, actor: 'x', prev_hash: rows[1].hash };
    const all = [...rows.filter((r) => r.seq <= 2), { ...fake, hash: eventHash(fake.prev_hash, fake) }, ...rows.filter((r) => r.seq > 2).map((r) => ({ ...r, seq: r.seq + 1 }))];
    const lit = (x: unknown) => (typeof x === 'number' ? String(x) : `'${String(x).replace(/'/g, "''")}'`);
    const values = all.map((r) => `(${[r.seq, r.case_no, r.event, r.event_date, r.details, r.recorded_at, r.actor, r.prev_hash, r.hash].map(lit).join(', ')})`).join(', ');
    await home.tamper(`DELETE FROM events; INSERT INTO events (seq, case_no, event, event_date, details, recorded_at, actor, prev_hash, hash) VALUES ${values}`);
    v = verify();
    expect(v.j.faults.map((f: { kind: string }) => f.kind)).toContain('inserted');
    expect(v.j.faults.find((f: { kind: string }) => f.kind === 'inserted').seq).toBe(3);
  });

  it('events are append-only inside the database too', async (ctx) => {
    home = open(ctx, backend);
    writeFileSync(join(home.dir, 'c.yaml'), readFileSync(SAMPLE, 'utf8'));
    expect(home.run(['case', 'new', '--file', 'c.yaml']).code).toBe(0);
    await expect(home.query("UPDATE events SET actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(home.query('DELETE FROM events')).rejects.toThrow(/append-only/);
    if (backend === 'postgres') await expect(home.query('TRUNCATE events')).rejects.toThrow(/append-only/);
    expect(home.run(['registry', 'verify']).code).toBe(0);
  });

  it('two xf processes writing at once both succeed and the chain holds', async (ctx) => {
    home = open(ctx, backend);
    const dirs = ['p', 'q'].map((d) => {
      const dir = join(home!.dir, d);
      require('node:fs').mkdirSync(dir);
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `${i}.yaml`), bareSample(`2026-${d === 'p' ? 3 : 4}${String(i).padStart(3, '0')}`));
      return dir;
    });
    const runOne = (args: string[]) =>
      new Promise<number>((res) => {
        const p = spawn(process.execPath, [XF, ...args], { env: { ...process.env, ...home!.env }, stdio: 'ignore' });
        p.on('exit', (c) => res(c ?? -1));
      });
    // Two bulk imports plus a stream of single events, all at once.
    const codes = await Promise.all([
      runOne(['case', 'import', dirs[0]!]),
      runOne(['case', 'import', dirs[1]!]),
      ...Array.from({ length: 6 }, (_, i) => runOne(['case', 'new', '--file', writeTmp(home!.dir, `s${i}.yaml`, bareSample(`2026-5${String(i).padStart(3, '0')}`))])),
    ]);
    expect(codes.every((c) => c === 0)).toBe(true);
    const list = JSON.parse(home.run(['case', 'list', '--json']).stdout);
    expect(list.length).toBe(86);
    expect(home.run(['registry', 'verify']).code).toBe(0);
  }, 120_000);
});

function writeTmp(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('event hash', () => {
  it('is the SHA-256 of the RFC 8785 canonical form of the event', async () => {
    const { eventHash } = await import('../../src/registry/chain.js');
    const canonicalize = (await import('canonicalize')).default as unknown as (v: unknown) => string;
    const { createHash } = await import('node:crypto');
    const e = {
      seq: 7,
      case_no: '2026-0001',
      event: 'accept',
      event_date: '2026-01-06',
      details: canonicalize({ z: 1, a: ['中', { b: null }], s: 'quote " and \\ back' }),
      recorded_at: '2026-11-21T00:00:00.000Z',
      actor: '李"明',
    };
    const expected = createHash('sha256')
      .update('0'.repeat(64))
      .update('\n')
      .update(canonicalize({ ...e, details: JSON.parse(e.details) }))
      .digest('hex');
    expect(eventHash('0'.repeat(64), e)).toBe(expected);
  });
});
