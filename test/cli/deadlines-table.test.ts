// `xf deadlines` prints its table from one SQL query (registry/read-only.ts clockLines): the same
// lines, in the same order, as computing each clock's days left and state in JS from the register's
// open clocks (the --json path), over the samples and a few thousand synthetic cases, as of dates
// before, inside and after their deadlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';
import { renderTable, renderTableShared } from '../../src/cli/table.js';

let home: Home;
beforeAll(async () => {
  home = freshHome();
  expect(home.run(['case', 'import', join(ROOT, 'samples'), '--json']).code).toBe(0);
  const { writeCases } = (await import(join(ROOT, 'bench', 'register-cases.mjs'))) as { writeCases: (file: string, n: number) => Promise<void> };
  const file = join(home.dir, 'cases.jsonl');
  await writeCases(file, 3000);
  const r = home.run(['case', 'import', '--json', file]);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);
afterAll(() => home?.cleanup());

interface JsonClock {
  case_no: string;
  dl_id: string;
  label: string;
  due: string;
  act_by: string;
  provisional: boolean;
  days_left: number;
  state: string;
}

describe('xf deadlines, the table', () => {
  it.each(['2025-01-01', '2026-03-15', '2026-11-21', '2027-06-30'])('as of %s lists what the JSON lists, line for line', (asOf) => {
    const j = home.run(['deadlines', '--json', '--as-of', asOf]);
    expect(j.code, j.stderr).toBe(0);
    const clocks = (JSON.parse(j.stdout) as { clocks: JsonClock[] }).clocks;
    expect(clocks.length).toBeGreaterThan(300);
    const states = new Set(clocks.map((c) => c.state));
    const text = home.run(['deadlines', '--as-of', asOf]);
    expect(text.code, text.stderr).toBe(0);
    const state = (c: JsonClock) => (c.state === 'overdue' ? `逾期${-c.days_left}天` : c.state === 'lapsed' ? '已届满' : c.state === 'paused' ? '暂停（听证）' : `剩${c.days_left}天`);
    const expected = renderTable(
      ['编号', '期限', '期满日', '最迟办理', '状态', ''],
      clocks.map((c) => [c.case_no, `${c.dl_id} ${c.label}`, c.due, c.act_by, state(c), c.provisional ? '临时' : '']),
    );
    expect(text.stdout).toBe(`${expected}\n`);
    // the dates are chosen so that the comparison sees more than one kind of clock
    if (asOf !== '2025-01-01') expect(states.size).toBeGreaterThan(1);
  });
});

describe('renderTableShared', () => {
  // kinds whose cells are wide, empty at the end (trimmed), all empty, or past the header columns
  const kinds: Record<string, string[]> = {
    a: ['DL-05 信访事项办结', '2025-08-03', '逾期477天', ''],
    b: ['DL-07 x', '2026-01-01', '剩3天', '临时'],
    c: ['', '', '', ''],
    d: ['DL-14 网上答复', '2026-12-01', '剩10天', '临时', 'extra'],
  };
  const headers = ['编号', '期限', '期满日', '状态', ''];
  it.each([
    ['ASCII first cells', ['B0000001', 'B2', 'B000000000003']],
    ['wide and padded first cells', ['鲁信字1号', 'A1 ', '  ', '']],
  ])('gives what renderTable gives for the rows spelled out (%s)', (_, firsts) => {
    const keys = Object.keys(kinds);
    const rows = firsts.flatMap((f, i) => keys.map((_, j) => [f, keys[(i + j) % keys.length]!] as const));
    const shared = renderTableShared(headers, rows, (k) => kinds[k]!);
    expect(shared).toBe(
      renderTable(
        headers,
        rows.map(([f, k]) => [f, ...kinds[k]!]),
      ),
    );
    expect(shared.split('\n')).toHaveLength(rows.length + 2);
  });
  it('asks for the cells of each key once', () => {
    const asked: string[] = [];
    renderTableShared(
      headers,
      [
        ['1', 'a'],
        ['2', 'b'],
        ['3', 'a'],
        ['4', 'b'],
      ],
      (k) => (asked.push(k), kinds[k]!),
    );
    expect(asked).toEqual(['a', 'b']);
  });
});
