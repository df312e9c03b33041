// `xf case list --overdue|--due-within --json` reads the register's file directly and has SQLite
// write the JSON (issue 16): its output must be byte for byte what the register's own listCases,
// masked and printed by jsonText, gives — over confidential cases, a case with several due clocks,
// names that need JSON and terminal escaping, and every filter.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText } from '../../src/cli/output.js';
import { openRegister, registerFileToRead } from '../../src/cli/modules.js';
import { MASK } from '../../src/domain/disclosure.js';
import { dueCasesJson } from '../../src/registry/read-only.js';
import type { ListFilter } from '../../src/registry/registry.js';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

const TODAY = '2026-11-21';
let home: Home;
let weird: string;
beforeAll(() => {
  home = freshHome(undefined, TODAY);
  const r = home.run(['case', 'import', join(ROOT, 'samples'), '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  // a confidential case among the due ones (the samples' own has no open clock), and every organ
  // clock due long ago, so that cases have several overdue clocks
  const db = new Database(join(home.dir, 'xf.db'));
  const open = db.prepare("SELECT DISTINCT case_no FROM clocks WHERE actor = 'organ' AND confidential = 0 ORDER BY case_no").pluck().all() as string[];
  db.prepare('UPDATE clocks SET confidential = 1 WHERE case_no = ?').run(open[1]);
  db.prepare("UPDATE clocks SET act_by = '2026-01-01' WHERE actor = 'organ' AND paused = 0").run();
  weird = open[0]!;
  db.close();
});
afterAll(() => home.cleanup());

/** Names no intake would accept, written into the clocks index itself: quotes, a backslash,
 *  controls, a line separator, a bidi override, an astral character, a lone surrogate's bytes. */
function writeWeirdName(): void {
  const db = new Database(join(home.dir, 'xf.db'));
  db.prepare('UPDATE clocks SET petitioner_name = ? WHERE case_no = ?').run('王"秀\\兰\n\t\u0001\u007f\u0085\u2028\u202e𠀀\ud800', weird);
  db.close();
}

/** What the register's own path prints for a filter (case.ts before the fast path). */
function registerPath(f: ListFilter): string {
  const reg = openRegister(home.dir, { today: TODAY });
  try {
    const list = reg.listCases(f);
    for (const c of list) if (c.confidential) c.petitioner_name = MASK;
    return jsonText(list) + '\n';
  } finally {
    reg.close();
  }
}

describe('xf case list --json of due cases, read straight from the file', () => {
  const cases: [string[], ListFilter][] = [
    [['--overdue'], { overdue: true }],
    [['--due-within', '30'], { dueWithin: 30 }],
    [['--due-within', '3650'], { dueWithin: 3650 }],
    [['--overdue', '--limit', '2'], { overdue: true, limit: 2 }],
    [['--overdue', '--status', 'in_progress'], { overdue: true, status: 'in_progress' }],
    [['--overdue', '--status', 'mediated'], { overdue: true, status: 'mediated' }],
    [['--overdue', '--year', '2026'], { overdue: true, year: 2026 }],
    [['--overdue', '--year', '1999'], { overdue: true, year: 1999 }],
  ];
  it.each(cases)('%j prints what the register path prints', (args, f) => {
    const r = home.run(['case', 'list', ...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(registerPath(f));
    // the CJK of the names, printed as SQLite's bytes (empty lists: a year and a status no due case has)
    if (f.year !== 1999 && f.status !== 'mediated') expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints a name that needs escaping as the register path does (through the JSON text)', () => {
    writeWeirdName();
    for (const [args, f] of cases) expect(home.run(['case', 'list', ...args, '--json']).stdout).toBe(registerPath(f));
  });

  it('masks every confidential petitioner and escapes what the terminal must not see', () => {
    writeWeirdName();
    const out = home.run(['case', 'list', '--overdue', '--json']).stdout;
    const list = JSON.parse(out) as { confidential: boolean; petitioner_name: string }[];
    expect(list.some((c) => c.confidential)).toBe(true);
    for (const c of list.filter((x) => x.confidential)) expect(c.petitioner_name).toBe(MASK);
    expect(out).toContain('\\u2028');
    expect(out).toContain('\\u202e');
    expect(out).not.toMatch(/[\u2028\u202e\u007f]/);
    // a case with several due clocks is listed once
    expect(new Set(list.map((c) => (c as unknown as { case_no: string }).case_no)).size).toBe(list.length);
  });

  it('leaves a register that still needs a migration to the register path', () => {
    const read = registerFileToRead(home.dir)!;
    expect(dueCasesJson(read.file, { date: TODAY, inclusive: false }, MASK, read.migrations)).toBeDefined();
    expect(dueCasesJson(read.file, { date: TODAY, inclusive: false }, MASK, [...read.migrations, 'not-yet-applied'])).toBeUndefined();
  });
});
