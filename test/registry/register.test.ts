import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT, XF } from '../helpers/xf.js';

const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');
let home: Home | undefined;
afterEach(() => {
  home?.cleanup();
  home = undefined;
});

/** The sample without its history: a freshly registered case. */
function bareSample(caseNo: string): string {
  const text = readFileSync(SAMPLE, 'utf8');
  return text.replace(/^case_no: .*$/m, `case_no: ${caseNo}`).replace(/^history:[\s\S]*$/m, '');
}

function count(h: Home): number {
  const db = new Database(join(h.dir, 'xf.db'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n + (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('register: init, new, show, event', () => {
  it('xf init makes xf.db and xf.config.json, and refuses to overwrite without --force', () => {
    home = freshHome();
    expect(existsSync(join(home.dir, 'xf.db'))).toBe(true);
    const cfg = JSON.parse(readFileSync(join(home.dir, 'xf.config.json'), 'utf8'));
    expect(cfg.rule_packs).toContain('shandong_2015');
    const again = home.run(['init']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
  });

  it('walks a case through the lifecycle and refuses an illegal step with the allowed ones', () => {
    home = freshHome();
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

  it('a bad case file gets every error, exit 1, and nothing is written', () => {
    home = freshHome();
    const before = count(home);
    const text = bareSample('2026-0101')
      .replace('370102196203150025', '370102196203150024')
      .replace('registered_date: 2026-01-04', 'registered_date: 2026-01-01')
      .replace('channel: letter', 'channel: pigeon');
    writeFileSync(join(home.dir, 'bad.yaml'), text);
    const r = home.run(['case', 'new', '--file', 'bad.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SCHEMA channel「信访形式」/);
    expect(count(home)).toBe(before);
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
    expect(count(home)).toBe(before);
  });

  it('registry verify names the event that was altered, removed or inserted', () => {
    home = freshHome();
    writeFileSync(join(home.dir, 'c.yaml'), readFileSync(SAMPLE, 'utf8'));
    expect(home.run(['case', 'new', '--file', 'c.yaml']).code).toBe(0);
    expect(home.run(['registry', 'verify']).code).toBe(0);
    const dbFile = join(home.dir, 'xf.db');
    const tamper = (sql: string) => {
      const db = new Database(dbFile);
      db.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
      db.exec(sql);
      db.close();
    };
    const snapshot = readFileSync(dbFile);
    const restore = () => {
      writeFileSync(dbFile, snapshot);
      for (const s of ['-wal', '-shm']) {
        try {
          require('node:fs').rmSync(dbFile + s);
        } catch {
          /* none */
        }
      }
    };
    const verify = () => {
      const r = home!.run(['registry', 'verify', '--json']);
      return { code: r.code, j: JSON.parse(r.stdout) };
    };

    tamper(`UPDATE events SET event_date = '2026-02-28' WHERE seq = 4`);
    let v = verify();
    expect(v.code).toBe(1);
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'altered', seq: 4 })]);

    restore();
    tamper('DELETE FROM events WHERE seq = 3');
    v = verify();
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'removed', seq: 3, count: 1 })]);

    restore();
    tamper('DELETE FROM events WHERE seq = 6');
    v = verify();
    expect(v.j.faults).toEqual([expect.objectContaining({ kind: 'removed', seq: 6 })]);

    restore();
    // Insert a well-formed event between 2 and 3: renumber the tail, then re-chain only the new one.
    const db = new Database(dbFile);
    db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;');
    const rows = db.prepare('SELECT * FROM events ORDER BY seq').all() as any[];
    db.exec('DELETE FROM events');
    const { eventHash } = require('../../dist/registry/chain.js');
    const ins = db.prepare('INSERT INTO events VALUES (@seq, @case_no, @event, @event_date, @details, @recorded_at, @actor, @prev_hash, @hash)');
    for (const r of rows) if (r.seq <= 2) ins.run(r);
    const fake = { seq: 3, case_no: '2026-0001', event: 'extend', event_date: '2026-01-07', details: '{}', recorded_at: rows[1].recorded_at, actor: 'x', prev_hash: rows[1].hash };
    ins.run({ ...fake, hash: eventHash(fake.prev_hash, fake) });
    for (const r of rows) if (r.seq > 2) ins.run({ ...r, seq: r.seq + 1 });
    db.close();
    v = verify();
    expect(v.j.faults.map((f: { kind: string }) => f.kind)).toContain('inserted');
    expect(v.j.faults.find((f: { kind: string }) => f.kind === 'inserted').seq).toBe(3);
  });

  it('events are append-only inside the database too', () => {
    home = freshHome();
    writeFileSync(join(home.dir, 'c.yaml'), readFileSync(SAMPLE, 'utf8'));
    home.run(['case', 'new', '--file', 'c.yaml']);
    const db = new Database(join(home.dir, 'xf.db'));
    expect(() => db.exec("UPDATE events SET actor = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM events')).toThrow(/append-only/);
    db.close();
  });

  it('two xf processes writing at once both succeed and the chain holds', async () => {
    home = freshHome();
    const dirs = ['p', 'q'].map((d) => {
      const dir = join(home!.dir, d);
      require('node:fs').mkdirSync(dir);
      for (let i = 0; i < 40; i++) writeFileSync(join(dir, `${i}.yaml`), bareSample(`2026-${d === 'p' ? 3 : 4}${String(i).padStart(3, '0')}`));
      return dir;
    });
    const runOne = (args: string[]) =>
      new Promise<number>((res) => {
        const p = spawn(process.execPath, [XF, ...args], { env: { ...process.env, XF_HOME: home!.dir, XF_TODAY: '2026-11-21' }, stdio: 'ignore' });
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
