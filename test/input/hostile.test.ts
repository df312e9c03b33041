// Hostile and careless input through the real CLI: each a named error (exit 1, field and rule) or a
// clerk's normalisation, never exit 70 or a stack trace; a broken register is named (exit 4) and
// never re-created; form sets are written whole; a killed export's temp file goes with the next run.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT, XF } from '../helpers/xf.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8').replace(/^\$schema: .*\n/m, '');
const withNo = (no: string, s = SAMPLE) => s.replace(/^case_no: .*$/m, `case_no: ${no}`);

function noCrash(r: { code: number; stderr: string }): void {
  expect(r.code, r.stderr).not.toBe(70);
  expect(r.stderr).not.toMatch(/内部错误|internal error|\n\s+at /);
}

let h: Home;
const put = (name: string, text: string | Uint8Array) => {
  const p = join(h.dir, name);
  writeFileSync(p, text);
  return p;
};
const count = () => (JSON.parse(h.run(['case', 'list', '--json']).stdout) as unknown[]).length;

beforeAll(() => {
  h = freshHome();
});
afterAll(() => h?.cleanup());

describe('hostile YAML and JSON', () => {
  const hostile: [string, string, RegExp][] = [
    ['aliases.yaml', `a: &a [x]\nb: [${Array(150).fill('*a').join(', ')}]\n`, /V-INPUT-2/],
    ['undefined-alias.yaml', 'title: *nowhere\n', /V-INPUT-2|SYNTAX/],
    ['self-alias.yaml', 'a: &x [*x]\n', /V-INPUT-2|SYNTAX/],
    ['deep.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /V-INPUT-2/],
    ['deep.json', `{"a": ${'['.repeat(5000)}${']'.repeat(5000)}}`, /V-INPUT-2/],
    ['deep-map.json', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, /V-INPUT-2/],
    [
      'far.yaml',
      withNo('2026-0301')
        .replace(/^received_date: .*$/m, 'received_date: 9999-12-31')
        .replace(/^registered_date: .*$/m, 'registered_date: 9999-12-31'),
      /V-DATE-1/,
    ],
    ['proto.yaml', `${withNo('2026-0302')}__proto__:\n  confidential: true\n`, /V-INPUT-1/],
    ['proto.json', JSON.stringify({ constructor: { prototype: { x: 1 } } }), /V-INPUT-1/],
    ['decline.yaml', withNo('2026-0303').replace(/^history:\n[\s\S]*$/m, 'history:\n  - event: decline\n    date: 2026-01-06\n'), /SCHEMA history\[0\]\.ground_codes|V-NA-1/],
  ];
  for (const [name, text, rule] of hostile) {
    it(`${name}: a named error, nothing registered`, () => {
      const r = h.run(['case', 'new', '--file', put(name, text)]);
      noCrash(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(rule);
      expect(count()).toBe(0);
    });
  }

  it('--set __proto__.reason=… and constructor keys are refused; the case stays where it was', () => {
    expect(h.run(['case', 'new', '--file', put('c.yaml', withNo('2026-0310', SAMPLE.replace(/^history:\n[\s\S]*$/m, '')))]).code).toBe(0);
    for (const set of ['__proto__.reason=answer_window_lapsed', 'constructor.prototype.reason=x', 'a..b=1', 'prototype=1']) {
      const r = h.run(['case', 'event', '2026-0310', 'accept', '--date', '2026-01-06', '--set', set]);
      noCrash(r);
      expect(r.code, set).toBe(1);
      expect(r.stderr).toContain('V-INPUT-1');
    }
    const details = put('d.json', '{"__proto__": {"doc_no": "x"}}');
    const f = h.run(['case', 'event', '2026-0310', 'accept', '--date', '2026-01-06', '--file', details]);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('V-INPUT-1');
    const far = h.run(['case', 'event', '2026-0310', 'accept', '--date', '2026-01-06', '--set', 'doc_no=x', '--set', 'notice_date=9999-12-31']);
    noCrash(far);
    expect(far.code).toBe(1);
    const rec = JSON.parse(h.run(['case', 'show', '2026-0310', '--json']).stdout) as { status: string; events: unknown[] };
    expect(rec.status).toBe('registered');
    expect(rec.events).toHaveLength(1);
  });
});

describe('what a clerk expects', () => {
  it('refuses a future received date and a blank name; writes a lowercase x check digit as X', () => {
    const future = h.run([
      'case',
      'new',
      '--file',
      put(
        'f.yaml',
        withNo('2026-0401')
          .replace(/^received_date: .*$/m, 'received_date: 2026-12-01')
          .replace(/^registered_date: .*$/m, 'registered_date: 2026-12-01'),
      ),
    ]);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('V-DATE-2');
    expect(future.stderr).toContain('received_date');
    const blank = h.run(['case', 'new', '--file', put('b.yaml', withNo('2026-0402').replace('name: 王秀兰', 'name: "   "'))]);
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('petitioners[0].name');
    // 11010519491231002x: a valid number whose check character is X
    const x = h.run([
      'case',
      'new',
      '--file',
      put(
        'x.yaml',
        withNo('2026-0403')
          .replace(/id_doc_no: .*$/m, 'id_doc_no: 11010519491231002x')
          .replace(/birth_month: .*$/m, 'birth_month: 1949-12')
          .replace('gender: female', 'gender: female'),
      ),
    ]);
    expect(x.code, x.stderr).toBe(0);
    const rec = JSON.parse(h.run(['case', 'show', '2026-0403', '--json']).stdout) as { petitioners: { id_doc_no: string }[] };
    expect(rec.petitioners[0]!.id_doc_no).toBe('11010519491231002X');
  });

  it('warns at registration about characters no bundled font prints, naming them', () => {
    const r = h.run(['case', 'new', '--file', put('u.yaml', withNo('2026-0404').replace('name: 王秀兰', 'name: 阿依古丽𰀀'))]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('V-TEXT-2');
    expect(r.stderr).toContain('U+');
    expect(r.stderr).toContain('petitioners[0].name');
  });

  it('keeps terminal controls and bidi overrides out of the register and off the terminal', () => {
    const r = h.run(['case', 'new', '--file', put('esc.yaml', withNo('2026-0405').replace('name: 王秀兰', 'name: "王\\e[2J\\u202E兰"'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('V-TEXT-1');
    expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
    const show = h.run(['case', 'show', '\u001b[31m2026-9999\u202e']);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('⟨U+001B⟩');
    expect(show.stderr).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('writes in sets', () => {
  it('form --pdf --docx writes both or neither', () => {
    const out = join(h.dir, 'set');
    mkdirSync(join(out, '2026-0501-acceptance_notice.docx'), { recursive: true }); // the DOCX cannot be placed
    const r = h.run(['form', 'acceptance_notice', '--file', put('s.yaml', withNo('2026-0501')), '--pdf', '--docx', '--out', out]);
    noCrash(r);
    expect(r.code).toBe(4);
    expect(readdirSync(out)).toEqual(['2026-0501-acceptance_notice.docx']);
    const ok = h.run(['form', 'acceptance_notice', '--file', put('s.yaml', withNo('2026-0502')), '--pdf', '--docx', '--out', out]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(
      readdirSync(out)
        .filter((n) => n.startsWith('2026-0502'))
        .sort(),
    ).toEqual(['2026-0502-acceptance_notice.docx', '2026-0502-acceptance_notice.pdf']);
  });

  it("a killed ledger export's temporary file is removed by the next run", () => {
    const out = join(h.dir, 'ledger.xlsx');
    const stale = join(h.dir, '.xf-tmp-ledger.xlsx-999999-deadbeef');
    writeFileSync(stale, 'half a workbook');
    const r = h.run(['ledger', 'export', '--year', '2026', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('a broken register (exit 4, never re-created)', () => {
  it('names a 0-byte, truncated or garbage xf.db and leaves it as it was', () => {
    const b = freshHome();
    try {
      expect(b.run(['case', 'new', '--file', (writeFileSync(join(b.dir, 'c.yaml'), withNo('2026-0601')), join(b.dir, 'c.yaml'))]).code).toBe(0);
      const db = join(b.dir, 'xf.db');
      const good = readFileSync(db);
      for (const [what, bytes] of [
        ['empty', Buffer.alloc(0)],
        ['truncated', good.subarray(0, 5000)],
        ['garbage', Buffer.from('not a database at all '.repeat(400))],
      ] as const) {
        writeFileSync(db, bytes);
        for (const args of [
          ['case', 'list'],
          ['registry', 'verify'],
          ['case', 'new', '--file', join(b.dir, 'c.yaml')],
        ]) {
          const r = b.run(args);
          noCrash(r);
          expect(r.code, `${what}: ${args.join(' ')}: ${r.stderr}`).toBe(4);
          expect(r.stderr).toContain(db);
        }
        expect(statSync(db).size, what).toBe(bytes.length);
      }
    } finally {
      b.cleanup();
    }
  });

  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  it.skipIf(!canDrop && !process.env.CI)('verifies a register it cannot write (read-only media), creating nothing beside it', () => {
    if (!canDrop) throw new Error('CI=true: runuser -u nobody is needed for this test');
    const b = freshHome();
    try {
      expect(b.run(['case', 'new', '--file', (writeFileSync(join(b.dir, 'c.yaml'), withNo('2026-0701')), join(b.dir, 'c.yaml'))]).code).toBe(0);
      const before = readdirSync(b.dir).sort();
      chmodSync(b.dir, 0o755);
      const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, XF, 'registry', 'verify', '--json'], { encoding: 'utf8', env: { ...process.env, XF_HOME: b.dir, XF_LANG: 'zh' } });
      expect(r.status, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { ok: boolean; events: number }).ok).toBe(true);
      expect(readdirSync(b.dir).sort()).toEqual(before);
    } finally {
      b.cleanup();
    }
  });
});
