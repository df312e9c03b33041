// `xf case list --overdue|--due-within --json` reads the register's file directly and has SQLite
// write the JSON (issue 16): its output must be byte for byte what the register's own listCases,
// masked and printed by jsonText, gives — over confidential cases, a case with several due clocks,
// names that need JSON and terminal escaping, and every filter.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText, terminalSafeJson } from '../../src/cli/output.js';
import { openRegister, registerFileToRead } from '../../src/cli/modules.js';
import { LIST_MASKING, MASK, maskListed, type ListMasking } from '../../src/domain/disclosure.js';
import { dueCasesJson } from '../../src/registry/read-due.js';
import { dueOf, type CaseSummary, type ListFilter } from '../../src/registry/registry.js';
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

/** The register's listCases, unmasked. */
function listed(f: ListFilter): CaseSummary[] {
  const reg = openRegister(home.dir, { today: TODAY });
  try {
    return reg.listCases(f);
  } finally {
    reg.close();
  }
}

/** What the register's own path prints for a filter (case.ts's, masked by the same maskListed). */
function registerPath(f: ListFilter): string {
  return jsonText(listed(f).map((c) => maskListed(c))) + '\n';
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

  it("masks by the domain's list rule (LIST_MASKING), field by field against the unmasked register", () => {
    const raw = listed({ overdue: true }) as unknown as Record<string, unknown>[];
    const out = JSON.parse(home.run(['case', 'list', '--overdue', '--json']).stdout) as Record<string, unknown>[];
    expect(out.length).toBe(raw.length);
    expect(raw.some((c) => c[LIST_MASKING.when] === true)).toBe(true);
    out.forEach((c, i) => {
      const r = raw[i]!;
      expect(c.case_no).toBe(r.case_no);
      expect(c[LIST_MASKING.field]).toBe(r[LIST_MASKING.when] === true ? LIST_MASKING.mask : r[LIST_MASKING.field]);
    });
  });

  // a rule other than the shipped one: both paths must follow it (neither hard-codes the shipped rule)
  it.each<ListMasking>([
    { field: 'petitioner_name', when: 'confidential', mask: '＊＊' },
    { field: 'slip_no', when: 'confidential', mask: 'withheld' },
    { field: 'category', when: 'via_agent', mask: '-' },
  ])('both paths follow a changed list rule %j', (rule) => {
    const read = registerFileToRead(home.dir)!;
    for (const f of [{ overdue: true }, { dueWithin: 30, limit: 2 }] as ListFilter[]) {
      const fast = dueCasesJson(read.file, { ...dueOf(f, TODAY)!, limit: f.limit }, read.migrations, rule)!;
      const list = listed(f);
      expect(terminalSafeJson(fast.toString('utf8'))).toBe(jsonText(list.map((c) => maskListed(c, rule))));
      if (f.overdue && rule.when === 'confidential') expect(list.some((c) => c.confidential)).toBe(true);
    }
  });

  it('refuses a rule over a field or flag the listing does not have', () => {
    const read = registerFileToRead(home.dir)!;
    expect(() => dueCasesJson(read.file, { date: TODAY, inclusive: false }, read.migrations, { field: 'nope', when: 'confidential', mask: MASK })).toThrow(/not a listed/);
    expect(() => dueCasesJson(read.file, { date: TODAY, inclusive: false }, read.migrations, { field: 'petitioner_name', when: 'status', mask: MASK })).toThrow(/not a listed/);
  });

  it('leaves a register that still needs a migration to the register path', () => {
    const read = registerFileToRead(home.dir)!;
    expect(dueCasesJson(read.file, { date: TODAY, inclusive: false }, read.migrations)).toBeDefined();
    expect(dueCasesJson(read.file, { date: TODAY, inclusive: false }, [...read.migrations, 'not-yet-applied'])).toBeUndefined();
  });
});
