// Proof that lasts (issue 12): attacks an archivist would try on a real archive (`xf demo`) and its
// register, each detected with its code and exit; the clean archive and register pass.
import { describe, it, expect, beforeAll } from 'vitest';
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { ROOT, xf } from '../helpers/xf.js';
import { DEMO_PACKS } from '../helpers/home.js';
import { tmp } from './fixture.js';

let demo: string; // demo out folder (archive/ and register/)
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  const home = tmp('xf-proof-home-');
  demo = join(home, 'out');
  const r = xf(['demo', '--out', demo], { cwd: home, env: { XF_HOME: home } });
  if (r.code !== 0) throw new Error(`xf demo failed (${r.code}): ${r.stderr}`);
}, 300_000);

interface Copy {
  root: string;
  archive: string;
  bundle: string;
  bag: string;
  reg: string;
}
function copy(): Copy {
  const root = tmp('xf-proof-');
  cpSync(join(demo, 'archive'), join(root, 'archive'), { recursive: true });
  cpSync(join(demo, 'register'), join(root, 'reg'), { recursive: true });
  const archive = join(root, 'archive');
  const bundle = join(archive, readdirSync(archive).filter((n) => n.endsWith('·2026'))[0]!);
  const bag = join(
    bundle,
    readdirSync(bundle)
      .filter((n) => /-\d{4}$/.test(n))
      .sort()[1]!,
  );
  return { root, archive, bundle, bag, reg: join(root, 'reg') };
}
function verify(c: Copy, target = c.archive): { code: number; codes: string[]; out: string } {
  const r = xf(['verify', '--quiet', '--format', 'json', '--audit', join(c.root, 'a.jsonl'), '--register', join(c.reg, 'xf.db'), target], { env: { XF_HOME: c.reg } });
  const rep = JSON.parse(r.stdout) as { faults: { code: string }[] };
  return { code: r.code, codes: [...new Set(rep.faults.map((f) => f.code))].sort(), out: r.stdout };
}
const sha = (b: Buffer | string, alg = 'sha256') => createHash(alg).update(b).digest('hex');

/** Change a payload file (or none) and reseal the bag consistently: every manifest line, sm3-digests.txt,
 * Payload-Oxum and the tag manifests recomputed, as a forger with the bag alone can. */
function resealAfter(bag: string, rel: string | undefined, change: (b: Buffer) => Buffer = (b) => b): void {
  if (rel) {
    const f = join(bag, rel);
    const before = readFileSync(f).length;
    writeFileSync(f, change(readFileSync(f)));
    const grew = readFileSync(f).length - before;
    const info = join(bag, 'bag-info.txt');
    writeFileSync(
      info,
      readFileSync(info, 'utf8').replace(/Payload-Oxum: (\d+)\.(\d+)/, (_m, b: string, n: string) => `Payload-Oxum: ${Number(b) + grew}.${n}`),
    );
  }
  const redo = (name: string, alg: string) => {
    const m = join(bag, name);
    if (!existsSync(m)) return;
    const lines = readFileSync(m, 'utf8').split('\n').filter(Boolean);
    writeFileSync(m, lines.map((l) => `${sha(readFileSync(join(bag, l.slice(l.indexOf('  ') + 2))), alg)}  ${l.slice(l.indexOf('  ') + 2)}`).join('\n') + '\n');
  };
  for (const alg of ['sha256', 'sha512', 'sm3']) redo(`manifest-${alg}.txt`, alg);
  redo('sm3-digests.txt', 'sm3');
  for (const alg of ['sha256', 'sha512', 'sm3']) redo(`tagmanifest-${alg}.txt`, alg);
}
const firstPdf = (bag: string) => `data/pdf/${readdirSync(join(bag, 'data', 'pdf')).sort()[0]!}`;

/** A consistent rewrite of the event log: the triggers dropped, one event's actor changed, every hash and the head recomputed. */
function rewriteChain(dbFile: string, seqSql: string): void {
  const db = new Database(dbFile);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_no_update');
    db.exec(`UPDATE events SET actor = 'forger' WHERE seq = ${seqSql}`);
    const rows = db.prepare('SELECT * FROM events ORDER BY seq').all() as Record<string, string | number>[];
    let prev = '0'.repeat(64);
    for (const e of rows) {
      const body = `{"actor":${JSON.stringify(e.actor)},"case_no":${JSON.stringify(e.case_no)},"details":${String(e.details)},"event":${JSON.stringify(e.event)},"event_date":${JSON.stringify(e.event_date)},"recorded_at":${JSON.stringify(e.recorded_at)},"seq":${e.seq}}`;
      const h = createHash('sha256').update(prev).update('\n').update(body).digest('hex');
      db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, h, e.seq);
      prev = h;
    }
    db.prepare("UPDATE meta SET value = ? WHERE key = 'chain_head'").run(JSON.stringify({ seq: rows.at(-1)!.seq, hash: prev }));
  } finally {
    db.close();
  }
}

describe('xf verify: a dossier checked as a whole, the year against its manifest and the register', () => {
  it('the clean archive passes against its register', () => {
    expect(verify(copy())).toMatchObject({ code: 0, codes: [] });
  });
  const cases: [string, (c: Copy) => void, string[], number][] = [
    [
      'a dossier deleted with the year manifest',
      (c) => {
        rmSync(c.bag, { recursive: true });
        rmSync(join(c.bundle, 'year-manifest.json'));
      },
      ['E-MISSING', 'E-YEAR'],
      2,
    ],
    ['only year-manifest.json deleted (sidecars left)', (c) => rmSync(join(c.bundle, 'year-manifest.json')), ['E-YEAR'], 2],
    ['bag-info.txt deleted', (c) => rmSync(join(c.bag, 'bag-info.txt')), ['E-MISSING'], 2],
    ['the tag manifest deleted', (c) => rmSync(join(c.bag, 'tagmanifest-sha256.txt')), ['E-MISSING', 'E-YEAR'], 1],
    [
      'a forged 档号 in bag-info',
      (c) => {
        const f = join(c.bag, 'bag-info.txt');
        writeFileSync(f, readFileSync(f, 'utf8').replace(/(External-Identifier: .*-)(\d{4})/, '$19999'));
      },
      ['E-CODE', 'E-TAGDIGEST', 'E-YEAR'],
      1,
    ],
    ['a PDF replaced and the bag resealed', (c) => resealAfter(c.bag, firstPdf(c.bag), (b) => Buffer.concat([b, Buffer.from('%forged\n')])), ['E-DOSSIER', 'E-REGISTER', 'E-YEAR'], 1],
    [
      'dossier.json listing a file that does not exist, the bag resealed',
      (c) =>
        resealAfter(c.bag, 'data/dossier.json', (b) => {
          const d = JSON.parse(b.toString('utf8')) as { items: { files: { path: string }[] }[] };
          d.items[0]!.files.push({ ...d.items[0]!.files[0]!, path: 'pdf/forged.pdf' });
          return Buffer.from(JSON.stringify(d, null, 2) + '\n');
        }),
      ['E-DOSSIER', 'E-REGISTER', 'E-YEAR'],
      1,
    ],
    [
      'an item dropped from dossier.json, the bag resealed',
      (c) =>
        resealAfter(c.bag, 'data/dossier.json', (b) => {
          const d = JSON.parse(b.toString('utf8')) as { items: { seq: number }[]; archive: { item_count: number } };
          d.items.pop();
          d.archive.item_count = d.items.length;
          return Buffer.from(JSON.stringify(d, null, 2) + '\n');
        }),
      ['E-DOSSIER', 'E-REGISTER', 'E-YEAR'],
      1,
    ],
    ['a hidden partial dossier left by kill -9', (c) => cpSync(c.bag, join(c.bundle, '.xf-tmp-X-99999999'), { recursive: true }), ['E-PARTIAL'], 2],
    [
      "a dossier copied into another bag's root",
      (c) => {
        const other = readdirSync(c.bundle)
          .filter((n) => /-\d{4}$/.test(n))
          .sort()[0]!;
        cpSync(join(c.bundle, other), join(c.bag, other), { recursive: true });
      },
      ['E-BAGIT'],
      3,
    ],
  ];
  for (const [name, attack, codes, exit] of cases) {
    it(`${name}: ${codes.join(' + ')}, exit ${exit}`, () => {
      const c = copy();
      attack(c);
      expect(verify(c)).toMatchObject({ code: exit, codes });
    });
  }
  it.skipIf(isRoot)('an unreadable dossier folder is E-UNREADABLE (exit 4), never E-MISSING (skipped as root: permissions do not bind)', () => {
    const c = copy();
    chmodSync(c.bag, 0o000);
    try {
      expect(verify(c)).toMatchObject({ code: 4, codes: ['E-UNREADABLE'] });
    } finally {
      chmodSync(c.bag, 0o755);
    }
  });
  it('xf archive case on a damaged dossier reports the damage (exit 1), never 卷宗完好', () => {
    const c = copy();
    const caseNo = /Internal-Sender-Identifier: (.*)/.exec(readFileSync(join(c.bag, 'bag-info.txt'), 'utf8'))![1]!;
    const ok = xf(['archive', 'case', caseNo, '--out', c.archive, '--json'], { env: { XF_HOME: c.reg } });
    expect(ok.code).toBe(0);
    const f = join(c.bag, firstPdf(c.bag));
    writeFileSync(f, Buffer.concat([readFileSync(f), Buffer.from('x')]));
    const r = xf(['archive', 'case', caseNo, '--out', c.archive], { env: { XF_HOME: c.reg } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E-DIGEST');
    expect(r.stdout).not.toContain('完好');
  });
});

describe('xf registry verify: derived state by replay, and signed anchors', () => {
  const sql = (c: Copy, ...stmts: string[]) => {
    const db = new Database(join(c.reg, 'xf.db'));
    try {
      for (const s of stmts) db.exec(s);
    } finally {
      db.close();
    }
  };
  const rverify = (c: Copy, extra: string[] = []) => xf(['registry', 'verify', '--json', ...extra], { env: { XF_HOME: c.reg } });
  it('the clean register replays', () => {
    const r = rverify(copy());
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, replay: { ok: true } });
    expect(r.code).toBe(0);
  });
  const edits: [string, string, string][] = [
    [
      'petitioner renamed',
      "UPDATE cases SET petitioner_name = '李某', record = json_set(record, '$.petitioners[0].name', '李某') WHERE case_no = (SELECT MIN(case_no) FROM cases)",
      'cases.petitioner_name',
    ],
    [
      'confidential flag cleared',
      "UPDATE cases SET confidential = 0, record = json_set(record, '$.confidential', json('false')) WHERE case_no = (SELECT MIN(case_no) FROM cases WHERE confidential = 1)",
      'cases.confidential',
    ],
    ['serial counter changed', 'UPDATE serials SET last = last + 3 WHERE rowid = (SELECT MIN(rowid) FROM serials)', '.last'],
    ['an archived case edited', "UPDATE cases SET handling_org = '某局' WHERE status = 'archived' AND case_no = (SELECT MIN(case_no) FROM cases WHERE status = 'archived')", 'cases.handling_org'],
  ];
  for (const [name, stmt, field] of edits) {
    it(`${name}: reported with case, field, stored and replayed values, exit 1`, () => {
      const c = copy();
      sql(c, stmt);
      const r = rverify(c);
      const j = JSON.parse(r.stdout) as { replay: { differences: { field: string; stored: unknown; replayed: unknown }[] } };
      expect(j.replay.differences.some((d) => d.field.includes(field) && d.stored !== d.replayed)).toBe(true);
      expect(r.code).toBe(1);
    });
  }

  it('anchors: a consistent chain rewrite is E-ANCHOR, truncation E-TRUNCATED, audit tail and full deletion E-TRUNCATED', () => {
    const c = copy();
    const cfg = readFileSync(join(c.reg, 'xf.config.json'));
    expect(xf(['init', '--force'], { env: { XF_HOME: c.reg } }).code).toBe(0);
    writeFileSync(join(c.reg, 'xf.config.json'), cfg);
    expect(readFileSync(join(c.reg, 'xf.sign.pub'), 'utf8')).toContain('BEGIN PUBLIC KEY');
    // two verify runs put records (and a signed audit head) into the audit history in xf.db
    for (let i = 0; i < 2; i++) expect(xf(['verify', '--quiet', c.bundle], { env: { XF_HOME: c.reg } }).code).toBe(0);
    expect(xf(['registry', 'anchor'], { env: { XF_HOME: c.reg } }).code).toBe(0);
    const anchors = join(c.reg, 'anchors.jsonl');
    const away = join(c.root, 'anchors-copy.jsonl');
    cpSync(anchors, away);
    expect(rverify(c, ['--anchors', away]).code).toBe(0);

    const save = join(c.root, 'xf.db.bak');
    cpSync(join(c.reg, 'xf.db'), save);
    // a consistent rewrite: the triggers dropped, the last event altered and the chain recomputed
    rewriteChain(join(c.reg, 'xf.db'), '(SELECT MAX(seq) FROM events)');
    const plain = rverify(c);
    expect(JSON.parse(plain.stdout).chain_ok).toBe(true); // the chain alone cannot tell
    const rw = rverify(c, ['--anchors', away]);
    expect(JSON.parse(rw.stdout).anchors.faults.map((f: { code: string }) => f.code)).toContain('E-ANCHOR');
    expect(rw.code).toBe(1);

    // truncation: the last event gone
    cpSync(save, join(c.reg, 'xf.db'));
    sql(c, 'DROP TRIGGER events_no_delete', 'DELETE FROM events WHERE seq = (SELECT MAX(seq) FROM events)');
    const tr = rverify(c, ['--anchors', away]);
    expect(JSON.parse(tr.stdout).anchors.faults.map((f: { code: string }) => f.code)).toContain('E-TRUNCATED');

    // the audit history: its last run deleted, then every record
    for (const cut of ['DELETE FROM fixity_audit WHERE seq > (SELECT MAX(seq) - 3 FROM fixity_audit)', 'DELETE FROM fixity_audit']) {
      cpSync(save, join(c.reg, 'xf.db'));
      sql(c, 'DROP TRIGGER fixity_audit_no_delete', cut);
      const au = rverify(c, ['--anchors', away]);
      expect(JSON.parse(au.stdout).anchors.faults.map((f: { code: string }) => f.code)).toContain('E-TRUNCATED');
      expect(au.code).not.toBe(0);
      // xf audit verify sees it too (the office's own anchors.jsonl, by default): the chain alone cannot
      const av = xf(['audit', 'verify', '--json'], { env: { XF_HOME: c.reg } });
      expect(JSON.parse(av.stdout)).toMatchObject({ chain_ok: true, ok: false });
      expect(av.code).toBe(2);
    }

    // a forged anchor (signature broken) is E-ANCHOR
    const lines = readFileSync(away, 'utf8').trim().split('\n');
    const forged = JSON.parse(lines[0]!) as Record<string, unknown>;
    forged.ts = '2000-01-01T00:00:00.000Z';
    writeFileSync(join(c.root, 'forged.jsonl'), JSON.stringify(forged) + '\n');
    cpSync(save, join(c.reg, 'xf.db'));
    const fo = rverify(c, ['--anchors', join(c.root, 'forged.jsonl')]);
    expect(JSON.parse(fo.stdout).anchors.faults.map((f: { code: string }) => f.code)).toEqual(['E-ANCHOR']);
  }, 120_000);
});

describe('the signed filing anchor inside each dossier (xf-filing.anchor)', () => {
  // an office with its signing key (xf init makes it) files one case; the demo register has no key
  let home: string;
  beforeAll(() => {
    home = tmp('xf-filing-home-');
    cpSync(join(ROOT, 'samples', 'attachments'), join(home, 'attachments'), { recursive: true });
    for (const args of [
      ['init', '--rule-packs', DEMO_PACKS],
      ['case', 'import', join(ROOT, 'samples', '12-mediation-2025.yaml')],
      ['archive', 'year', '2025'],
    ]) {
      const r = xf(args, { cwd: home, env: { XF_HOME: home, XF_TODAY: '2026-11-21' } });
      if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    }
  }, 300_000);
  const office = () => {
    const root = tmp('xf-filing-');
    cpSync(home, join(root, 'home'), { recursive: true });
    const h = join(root, 'home');
    const bundle = join(h, 'archive', readdirSync(join(h, 'archive'))[0]!);
    const bag = join(bundle, readdirSync(bundle).filter((n) => /-\d{4}$/.test(n))[0]!);
    return { root, home: h, archive: join(h, 'archive'), bundle, bag };
  };
  /** xf verify of a folder, with the office public key alone (no register): what an archive receiving the bag can do. */
  const alone = (o: ReturnType<typeof office>, target: string) => {
    const empty = tmp('xf-filing-nohome-');
    const r = xf(['verify', '--quiet', '--format', 'json', '--audit', join(o.root, 'a.jsonl'), '--public-key', join(o.home, 'xf.sign.pub'), target], { env: { XF_HOME: empty } });
    const rep = JSON.parse(r.stdout) as { faults: { code: string }[] };
    return { code: r.code, codes: [...new Set(rep.faults.map((f) => f.code))].sort() };
  };
  const rverify = (o: ReturnType<typeof office>, anchors: string) => {
    const r = xf(['registry', 'verify', '--json', '--anchors', anchors], { env: { XF_HOME: o.home } });
    return { code: r.code, json: JSON.parse(r.stdout) as { anchors: { checked: number; faults: { code: string }[] } } };
  };

  it('is a tag file covered by the tag manifests, signed over manifest-sha256.txt and bag-info.txt, with the register head at filing; the clean archive passes', () => {
    const o = office();
    const a = JSON.parse(readFileSync(join(o.bag, 'xf-filing.anchor'), 'utf8')) as Record<string, unknown>;
    expect(a).toMatchObject({
      kind: 'filing',
      format: 'xf-anchor',
      manifest_sha256: sha(readFileSync(join(o.bag, 'manifest-sha256.txt'))),
      bag_info_sha256: sha(readFileSync(join(o.bag, 'bag-info.txt'))),
    });
    expect((a.register as { seq: number }).seq).toBeGreaterThan(0);
    for (const tm of ['tagmanifest-sha256.txt', 'tagmanifest-sha512.txt', 'sm3-digests.txt']) expect(readFileSync(join(o.bag, tm), 'utf8')).toContain('  xf-filing.anchor\n');
    expect(readFileSync(join(o.bag, 'bag-info.txt'), 'utf8')).toMatch(/Bag-Group-Identifier: X001-WS·2025\nBag-Count: 1 of \?\nBagging-Date: 2026-11-21\n/); // the day of filing, not of termination (2025)
    expect(alone(o, o.bag)).toEqual({ code: 0, codes: [] });
    const r = xf(['verify', '--quiet', o.archive], { env: { XF_HOME: o.home } });
    expect(r.code).toBe(0);
    const rv = rverify(o, o.archive);
    expect(rv.json.anchors.checked).toBeGreaterThanOrEqual(2); // the dossier's and the year's
    expect(rv.code).toBe(0);
  });

  const attacks: [string, (o: ReturnType<typeof office>) => void, string[], number][] = [
    [
      'a PDF changed and the bag resealed (no register, no year manifest at hand)',
      (o) => resealAfter(o.bag, firstPdf(o.bag), (b) => Buffer.concat([b, Buffer.from('%forged\n')])),
      ['E-ANCHOR', 'E-DOSSIER'],
      1,
    ],
    [
      'the 档号 forged in bag-info.txt and the bag resealed',
      (o) => {
        const f = join(o.bag, 'bag-info.txt');
        writeFileSync(f, readFileSync(f, 'utf8').replace(/(External-Identifier: .*-)(\d{4})/, '$19999'));
        resealAfter(o.bag, undefined);
      },
      ['E-ANCHOR', 'E-CODE'],
      1,
    ],
    [
      'the anchor itself edited and the tag manifests resealed',
      (o) => {
        const f = join(o.bag, 'xf-filing.anchor');
        writeFileSync(
          f,
          readFileSync(f, 'utf8').replace(/"seq": (\d+)/, (_m, n: string) => `"seq": ${Number(n) + 1}`),
        );
        resealAfter(o.bag, undefined);
      },
      ['E-ANCHOR'],
      1,
    ],
    ['the anchor deleted', (o) => rmSync(join(o.bag, 'xf-filing.anchor')), ['E-MISSING'], 2],
  ];
  for (const [name, attack, codes, exit] of attacks) {
    it(`${name}: ${codes.join(' + ')}, exit ${exit}`, () => {
      const o = office();
      attack(o);
      expect(alone(o, o.bag)).toEqual({ code: exit, codes });
    });
  }

  it('a consistent rewrite of the event log before the filing: the archived dossier contradicts it (E-ANCHOR, exit 1); events deleted: E-TRUNCATED (exit 2)', () => {
    const o = office();
    const db = join(o.home, 'xf.db');
    const save = join(o.root, 'xf.db.bak');
    cpSync(db, save);
    // only the archive is trusted: the office's own anchors log goes with the forger
    renameSync(join(o.home, 'anchors.jsonl'), join(o.root, 'anchors.jsonl.gone'));
    rewriteChain(db, '(SELECT MIN(seq) FROM events)');
    expect(JSON.parse(xf(['registry', 'verify', '--json'], { env: { XF_HOME: o.home } }).stdout).chain_ok).toBe(true); // the chain alone cannot tell
    const rv = rverify(o, o.bag);
    expect(rv.json.anchors.faults.map((f) => f.code)).toEqual(['E-ANCHOR']);
    expect(rv.code).toBe(1);
    const v = xf(['verify', '--quiet', '--format', 'json', o.bag], { env: { XF_HOME: o.home } });
    expect((JSON.parse(v.stdout) as { faults: { code: string }[] }).faults.map((f) => f.code)).toContain('E-ANCHOR');
    expect(v.code).toBe(1);

    cpSync(save, db);
    const d = new Database(db);
    d.exec('DROP TRIGGER events_no_delete');
    d.exec('DELETE FROM events WHERE seq > 1');
    d.close();
    const tr = rverify(o, o.bag);
    expect(tr.json.anchors.faults.map((f) => f.code)).toContain('E-TRUNCATED');
    expect(tr.code).not.toBe(0);
  }, 120_000);
});
