// xf ledger export on the samples: the workbook read back by LibreOffice (a reader other than
// exceljs) and compared with the register's SQLite; styles and views checked with exceljs; the
// confidential switch, the export log, determinism, and bad options (exit 64, nothing written).
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';
import { openDb, sheetRecords, xlsxSheets, zhDate } from './helpers.js';

const TODAY = '2026-11-21';
const SHEETS: [string, string][] = [
  ['来信', "via_agent = 0 AND channel IN ('letter', 'fax')"],
  ['来访', "via_agent = 0 AND channel IN ('visit', 'phone')"],
  ['网上', "via_agent = 0 AND channel = 'online'"],
  ['代理', 'via_agent = 1'],
];
const CATEGORY: Record<string, string> = { suggestion: '建议意见类', accusation: '检举控告类', claim: '申诉求决类' };
const CHANNEL: Record<string, string> = { online: '信息网络', letter: '书信', phone: '电话', fax: '传真', visit: '走访' };

let home: Home;
beforeAll(() => {
  home = freshHome(undefined, TODAY);
  const r = home.run(['case', 'import', join(ROOT, 'samples')]);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => home?.cleanup());

describe('xf ledger export', () => {
  it('writes one sheet per register whose rows match the register, read back by LibreOffice', (ctx) => {
    const out = join(home.dir, 'ledger-2026.xlsx');
    const r = home.run(['ledger', 'export', '--year', '2026', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    requireTools(ctx, 'soffice');
    const sheets = xlsxSheets(out);
    expect(Object.keys(sheets).sort()).toEqual(['代理', '来信', '来访', '网上', '说明'].sort());
    const db = openDb(home.dir);
    try {
      const overdueSql = db
        .prepare(`SELECT DISTINCT case_no FROM clocks WHERE paused = 0 AND actor = 'organ' AND act_by < ?`)
        .all(TODAY)
        .map((x) => (x as { case_no: string }).case_no);
      let total = 0;
      for (const [sheet, where] of SHEETS) {
        const rows = sheetRecords(sheets[sheet]!);
        const want = db
          .prepare(`SELECT case_no, received_date, registered_date, category, channel, status, handling_org, confidential, petitioner_name, accepted_date, closed_date
          FROM cases WHERE received_date BETWEEN '2026-01-01' AND '2026-12-31' AND ${where} ORDER BY received_date, case_no`)
          .all() as Record<string, string | number | null>[];
        expect(
          rows.map((x) => x['信访件编号']),
          sheet,
        ).toEqual(want.map((w) => w.case_no));
        total += rows.length;
        want.forEach((w, i) => {
          const got = rows[i]!;
          expect(got['序号']).toBe(String(i + 1));
          expect(got['收到日期']).toBe(zhDate(w.received_date as string));
          expect(got['登记日期']).toBe(zhDate(w.registered_date as string));
          expect(got['受理日期']).toBe(zhDate(w.accepted_date as string | null));
          expect(got['终结日期']).toBe(zhDate(w.closed_date as string | null));
          expect(got['类别']).toBe(CATEGORY[w.category as string]);
          expect(got['形式']).toBe(CHANNEL[w.channel as string]);
          expect(got['承办单位']).toBe(w.handling_org ?? '');
          expect(got['信访人']).toBe(w.confidential ? '（保密）' : w.petitioner_name);
          if (w.confidential) {
            expect(got['联系电话']).toBe('');
            expect(got['事项摘要']).toBe('（保密）');
          }
          expect(got['逾期情况'] !== '', `${w.case_no} overdue`).toBe(overdueSql.includes(w.case_no as string));
        });
      }
      expect(total).toBe((db.prepare("SELECT COUNT(*) AS n FROM cases WHERE received_date LIKE '2026-%'").get() as { n: number }).n);
    } finally {
      db.close();
    }
    // figures that come from the clocks
    const letters = Object.fromEntries(sheetRecords(sheets['来信']!).map((x) => [x['信访件编号'], x]));
    expect(letters['2026-0011']).toMatchObject({ 是否按期: '否（逾期未办结）', 应办结日期: '2026年10月23日', 办结日期: '', 逾期情况: '信访事项办结逾期29天' });
    expect(letters['2026-0001']).toMatchObject({ 是否按期: '是', 满意度: '满意' });
    const phone = sheetRecords(sheets['来访']!).find((x) => x['信访件编号'] === '2026-0004')!;
    expect(phone).toMatchObject({ 形式: '电话', 延期天数: '30', 应办结日期: '2026年8月11日' });
    const agent = sheetRecords(sheets['代理']!)[0]!;
    expect(agent).toMatchObject({ 信访件编号: '2026-0003', 满意度: '基本满意', 代理员: '周丽娟' });
    expect(agent['联系单编号']).toMatch(/LXD-2026-/);
    const online = sheetRecords(sheets['网上']!);
    expect(online.map((x) => x['网上类型'])).toEqual(['紧急', '咨询']);
    const notes = Object.fromEntries(sheets['说明']!.slice(1).map((x) => [x[0], x[1]]));
    expect(notes['统计截至']).toBe('2026年11月21日');
    expect(notes['保密件信访人信息']).toMatch(/未显示/);
  });

  it('has a frozen header, filters, Chinese dates and red overdue rows (structure read with exceljs)', async () => {
    const out = join(home.dir, 'structure.xlsx');
    expect(home.run(['ledger', 'export', '--year', '2026', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('来信')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(String(ws.autoFilter)).toMatch(/^A2:[A-Z]+7$/);
    expect(ws.getRow(2).getCell(1).value).toBe('序号');
    expect(ws.getColumn(8).width).toBeGreaterThan(ws.getColumn(1).width!);
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const row = (no: string) => {
      let hit: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (r.getCell(2).value === no) hit = r;
      });
      return hit!;
    };
    const received = row('2026-0001').getCell(header.indexOf('收到日期') + 1);
    expect(received.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(received.value).toBeInstanceOf(Date);
    const fill = (r: ExcelJS.Row) => (r.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(row('2026-0011'))).toBe('FFFFC7CE');
    expect(fill(row('2026-0001'))).toBeUndefined();
    expect(wb.created.toISOString().slice(0, 10)).toBe(TODAY);
  });

  it('shows confidential petitioners only when asked, and logs who asked', (ctx) => {
    const out = join(home.dir, 'conf.xlsx');
    const r = home.run(['ledger', 'export', '--year', '2026', '--quarter', '2', '--out', out, '--include-confidential', '--requested-by', '纪检组王某', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/已显示保密件信访人信息.*已记录/);
    const res = JSON.parse(r.stdout);
    const db = openDb(home.dir);
    try {
      const log = db.prepare('SELECT * FROM ledger_exports WHERE id = ?').get(res.export_id) as Record<string, unknown>;
      expect(log).toMatchObject({ kind: 'ledger', scope: '2026Q2', include_confidential: 1, requested_by: '纪检组王某', output: out, sha256: res.sha256, as_of: TODAY });
      expect(log.actor).toBeTruthy();
      expect(log.confidential_rows).toBe(1);
      expect(() => db.prepare('DELETE FROM ledger_exports').run()).toThrow();
    } finally {
      db.close();
    }
    const log = JSON.parse(home.run(['ledger', 'log', '--json']).stdout).exports as { id: number; include_confidential: boolean; requested_by?: string }[];
    expect(log.find((x) => x.id === res.export_id)).toMatchObject({ include_confidential: true, requested_by: '纪检组王某' });
    expect(home.run(['ledger', 'log']).stdout).toContain('纪检组王某');
    requireTools(ctx, 'soffice');
    const letters = sheetRecords(xlsxSheets(out)['来信']!);
    expect(letters.map((x) => x['信访件编号'])).toEqual(['2026-0008']); // Q2 letters only
    expect(letters[0]!['信访人']).not.toBe('（保密）');
    expect(letters[0]!['联系电话']).not.toBe('');
  });

  it('gives byte-identical files for the same register and day', () => {
    const a = join(home.dir, 'a.xlsx'),
      b = join(home.dir, 'b.xlsx');
    expect(home.run(['ledger', 'export', '--year', '2026', '--out', a]).code).toBe(0);
    expect(home.run(['ledger', 'export', '--year', '2026', '--out', b]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it.each([
    [['ledger', 'export', '--year', '20x6'], '--year'],
    [['ledger', 'export', '--year', '1999'], '--year'],
    [['ledger', 'export', '--year', '2026', '--quarter', '5'], '--quarter'],
    [['ledger', 'export', '--year', '2026', '--quarter', '0'], '--quarter'],
    [['ledger', 'export'], '--year'],
    [['ledger', 'export', '--year', '2026', '--out', 'x.csv'], '--out'],
    [['report', 'quarterly', '--year', '2026'], '--quarter'],
    [['report', 'quarterly', '--year', 'abc', '--quarter', '1', '--xlsx'], '--year'],
    [['report', 'quarterly', '--year', '2026', '--quarter', '3.5', '--pdf'], '--quarter'],
  ])('%j: usage error naming %s, exit 64, nothing written', (args, option) => {
    const dir = join(home.dir, 'bad');
    const before = existsSync(dir) ? readdirSync(dir) : [];
    const r = home.run([...args, ...(args[0] === 'report' ? ['--out', dir] : args.includes('--out') ? [] : ['--out', join(dir, 'x.xlsx')])]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(option);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual(before);
  });
});
