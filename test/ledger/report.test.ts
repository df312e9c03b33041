// xf report quarterly on a generated year (the bench's cases, a few thousand) and on the samples:
// the workbook's figures read back by LibreOffice against counts straight from SQLite, the PDF's
// pages rendered to PNG (kept under test/ledger/.out/ to look at), and the charts' pixels checked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM bench module without types
import { LEDGER_PACKS, LEDGER_TODAY, writeCases } from '../../bench/ledger.bench.mjs';
import { freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';
import { openDb, sheetRecords, xlsxSheets } from './helpers.js';
import { exportLedger } from '../../src/ledger/ledger-xlsx.js';
import { loadConfig } from '../../src/registry/home.js';
import { Registry } from '../../src/registry/registry.js';

const N = 2400;
const SHOTS = join(ROOT, 'test', 'ledger', '.out');
const CATEGORY: Record<string, string> = { suggestion: '建议意见类', accusation: '检举控告类', claim: '申诉求决类' };
const CHANNEL: Record<string, string> = { online: '信息网络', letter: '书信', phone: '电话', fax: '传真', visit: '走访' };
const STATUS: Record<string, string> = { accepted: '已受理', in_progress: '办理中', answered: '已出具处理意见', answer_served: '处理意见已送达', terminated: '办理终结', extended: '' };

let home: Home;
let out: string;
beforeAll(async () => {
  home = freshHome(LEDGER_PACKS, LEDGER_TODAY);
  const file = join(home.dir, 'cases.jsonl');
  // two years, so the quarter has a previous quarter and a same quarter last year to compare with
  await writeCases(file, N, 2025, LEDGER_TODAY);
  const r = home.run(['case', 'import', file]);
  expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
  out = join(home.dir, 'reports');
}, 300_000);
afterAll(() => home?.cleanup());

function sqlCount(sql: string, ...args: unknown[]): number {
  const db = openDb(home.dir);
  try {
    return (db.prepare(sql).get(...args) as { n: number }).n;
  } finally {
    db.close();
  }
}
function sqlGroups(col: string, from: string, to: string): Record<string, number> {
  const db = openDb(home.dir);
  try {
    return Object.fromEntries(
      (db.prepare(`SELECT ${col} AS k, COUNT(*) AS n FROM cases WHERE received_date BETWEEN ? AND ? GROUP BY ${col}`).all(from, to) as { k: string; n: number }[]).map((r) => [r.k, r.n]),
    );
  } finally {
    db.close();
  }
}

describe('xf report quarterly', () => {
  it('figures in the workbook match the register (LibreOffice read-back)', (ctx) => {
    // as of the register's day, so its states are the ones SQLite holds
    const r = home.run(['report', 'quarterly', '--year', '2025', '--quarter', '3', '--as-of', LEDGER_TODAY, '--xlsx', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    const c = res.figures.current;
    expect(c.received).toBe(sqlCount("SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN '2025-07-01' AND '2025-09-30'"));
    expect(res.figures.previous.received).toBe(sqlCount("SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN '2025-04-01' AND '2025-06-30'"));
    // repeat petitions: an earlier case with the same fingerprint
    expect(c.repeat.n).toBe(
      sqlCount(`SELECT COUNT(*) AS n FROM cases c WHERE received_date BETWEEN '2025-07-01' AND '2025-09-30'
      AND EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`),
    );
    expect(c.repeat.n).toBeGreaterThan(0);
    // satisfaction straight from the stored records: only agent cases carry one
    expect(c.satisfaction.of).toBe(
      sqlCount(`SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN '2025-07-01' AND '2025-09-30' AND json_extract(record, '$.contact_slip.satisfaction') IS NOT NULL`),
    );
    expect(c.satisfaction.n).toBe(
      sqlCount(
        `SELECT COUNT(*) AS n FROM cases WHERE received_date BETWEEN '2025-07-01' AND '2025-09-30' AND json_extract(record, '$.contact_slip.satisfaction') IN ('satisfied', 'basically_satisfied')`,
      ),
    );
    expect(c.extensions).toBe(sqlCount(`SELECT COUNT(*) AS n FROM events WHERE event = 'extend' AND event_date BETWEEN '2025-07-01' AND '2025-09-30'`));
    // on time: every handling clock still open past its act-by day is in the overdue count
    expect(c.on_time.overdue).toBe(
      sqlCount(
        `SELECT COUNT(DISTINCT k.case_no) AS n FROM clocks k JOIN cases c ON c.case_no = k.case_no
      WHERE k.slot IN ('handling', 'proxy_handling', 'online_reply') AND k.paused = 0 AND k.act_by < ? AND c.received_date BETWEEN '2025-07-01' AND '2025-09-30'
      AND k.slot = (CASE WHEN c.channel = 'online' THEN 'online_reply' WHEN c.via_agent = 1 THEN 'proxy_handling' ELSE 'handling' END)`,
        LEDGER_TODAY,
      ),
    );
    expect(c.on_time.late).toBeGreaterThan(0);
    expect(res.files).toEqual([join(out, 'quarterly-2025Q3.xlsx')]);

    requireTools(ctx, 'soffice');
    const sheets = xlsxSheets(res.files[0]);
    const ind = Object.fromEntries(sheets['主要指标']!.slice(2).map((row) => [row[0], row]));
    expect(ind['收到信访事项（件）']!.slice(1, 6)).toEqual([
      String(c.received),
      String(res.figures.previous.received),
      expect.stringMatching(/^[+-]?\d+\.\d%$|^—$/),
      String(res.figures.last_year.received),
      '—',
    ]);
    expect(ind['按期办结率']![1]).toBe(`${(c.on_time.rate * 100).toFixed(1)}%`);
    expect(ind['　按期办结（件）']![1]).toBe(String(c.on_time.n));
    expect(ind['　应办结（件）']![1]).toBe(String(c.on_time.of));
    expect(ind['满意率（满意＋基本满意）']![1]).toBe(`${(c.satisfaction.rate * 100).toFixed(1)}%`);
    for (const [sheet, col, labels] of [
      ['按类别', 'category', CATEGORY],
      ['按形式', 'channel', CHANNEL],
    ] as const) {
      const want = sqlGroups(col, '2025-07-01', '2025-09-30');
      const got = Object.fromEntries(sheetRecords(sheets[sheet]!).map((x) => [x[Object.keys(x)[0]!], x['本季度（件）']]));
      for (const [k, label] of Object.entries(labels)) expect(got[label], `${sheet} ${label}`).toBe(String(want[k] ?? 0));
      expect(got['合计']).toBe(String(c.received));
    }
    const status = Object.fromEntries(sheetRecords(sheets['按状态']!).map((x) => [x['状态'], x['件数']]));
    for (const [k, n] of Object.entries(sqlGroups('status', '2025-07-01', '2025-09-30'))) expect(status[STATUS[k] ?? k], k).toBe(String(n));
    const units = Object.fromEntries(sheetRecords(sheets['按承办单位']!).map((x) => [x['承办单位'], x['件数']]));
    const wantUnits = sqlGroups('handling_org', '2025-07-01', '2025-09-30');
    const top = Object.entries(wantUnits)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
      .slice(0, 15);
    for (const [u, n] of top) expect(units[u], u).toBe(String(n));
    const months = Object.fromEntries(sheetRecords(sheets['月度']!).map((x) => [x['月份'], x['2025年（件）']]));
    expect(months['8月']).toBe(String(sqlCount("SELECT COUNT(*) AS n FROM cases WHERE received_date LIKE '2025-08-%'")));
    expect(months['10月']).toBe(''); // after the quarter
    expect(Object.keys(sheets)).toContain('图表');
  });

  it('the ledger of the generated year matches the register sheet by sheet', (ctx) => {
    const file = join(home.dir, 'ledger-2025.xlsx');
    const r = home.run(['ledger', 'export', '--year', '2025', '--out', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.rows).toBe(N);
    requireTools(ctx, 'soffice');
    const sheets = xlsxSheets(file);
    const where: Record<string, string> = {
      来信: "c.via_agent = 0 AND c.channel IN ('letter', 'fax')",
      来访: "c.via_agent = 0 AND c.channel IN ('visit', 'phone')",
      网上: "c.via_agent = 0 AND c.channel = 'online'",
      代理: 'c.via_agent = 1',
    };
    for (const [sheet, cond] of Object.entries(where)) {
      const rows = sheetRecords(sheets[sheet]!);
      const y = `c.received_date BETWEEN '2025-01-01' AND '2025-12-31' AND ${cond}`;
      expect(rows.length, sheet).toBe(sqlCount(`SELECT COUNT(*) AS n FROM cases c WHERE ${y}`));
      expect(rows.filter((x) => x['信访人'] === '（保密）').length, sheet).toBe(sqlCount(`SELECT COUNT(*) AS n FROM cases c WHERE ${y} AND c.confidential = 1`));
      expect(rows.filter((x) => x['逾期情况'] !== '').length, sheet).toBe(
        sqlCount(
          `SELECT COUNT(DISTINCT k.case_no) AS n FROM clocks k JOIN cases c ON c.case_no = k.case_no
        WHERE k.paused = 0 AND k.actor = 'organ' AND k.act_by < ? AND ${y}`,
          LEDGER_TODAY,
        ),
      );
      expect(rows.filter((x) => x['重复信访'] === '是').length, sheet).toBe(
        sqlCount(`SELECT COUNT(*) AS n FROM cases c WHERE ${y}
        AND EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`),
      );
      expect(rows.filter((x) => x['延期天数'] === '30').length, sheet).toBe(
        sqlCount(`SELECT COUNT(*) AS n FROM cases c WHERE ${y} AND json_extract(record, '$.progress.extension.extension_days') = 30`),
      );
    }
    const agent = sheetRecords(sheets['代理']!);
    expect(agent.filter((x) => x['满意度'] !== '未评价').length).toBe(
      sqlCount(`SELECT COUNT(*) AS n FROM cases WHERE via_agent = 1 AND received_date LIKE '2025-%' AND json_extract(record, '$.contact_slip.satisfaction') IS NOT NULL`),
    );
  });

  it('the PDF report has the tables and three charts; its pages render', async (ctx) => {
    const r = home.run(['report', 'quarterly', '--year', '2025', '--quarter', '4', '--pdf', '--charts', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const pdf = join(out, 'quarterly-2025Q4.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // the charts: right size, and the current quarter's colour is really drawn
    for (const id of ['category', 'channel', 'monthly']) {
      const png = join(out, `quarterly-2025Q4-${id}.png`);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([1600, 900]);
      let blue = 0;
      for (let i = 0; i < data.length; i += info.channels) if (Math.abs(data[i]! - 0x2f) < 12 && Math.abs(data[i + 1]! - 0x55) < 12 && Math.abs(data[i + 2]! - 0x97) < 12) blue++;
      expect(blue, id).toBeGreaterThan(2000);
      expect(readFileSync(join(out, `quarterly-2025Q4-${id}.svg`), 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<use href="#g\d+_\d+"/);
    }
    requireTools(ctx, 'pdftoppm', 'pdftotext', 'pdfimages');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const s of ['2025年第四季度信访情况统计', '主要指标', '按期办结率', '满意率', '重复信访率', '按承办单位', '统计口径']) expect(text).toContain(s);
    const images = spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((l) => /\bimage\b/.test(l));
    expect(images.length).toBe(3);
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const rr = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, 'quarterly-2025Q4')]);
    expect(rr.status).toBe(0);
    const pages = readdirSync(SHOTS).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) {
      const st = await sharp(join(SHOTS, p)).stats();
      expect(st.entropy, p).toBeGreaterThan(0.05); // not a blank page
    }
    writeFileSync(join(SHOTS, 'README.txt'), 'Pages of the quarterly report PDF rendered by the ledger tests (pdftoppm), for looking at the charts.\n');
  });

  it('is deterministic: the same register gives the same workbook and PDF bytes', () => {
    const a = join(home.dir, 'det-a'),
      b = join(home.dir, 'det-b');
    expect(home.run(['report', 'quarterly', '--year', '2025', '--quarter', '2', '--xlsx', '--pdf', '--out', a]).code).toBe(0);
    expect(home.run(['report', 'quarterly', '--year', '2025', '--quarter', '2', '--xlsx', '--pdf', '--out', b]).code).toBe(0);
    for (const f of ['quarterly-2025Q2.xlsx', 'quarterly-2025Q2.pdf']) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('an interrupted export leaves no file, no temporary file and no log entry', async () => {
    const reg = new Registry(join(home.dir, 'xf.db'), loadConfig(home.dir), { today: LEDGER_TODAY });
    const dir = join(home.dir, 'interrupted');
    const ac = new AbortController();
    try {
      await expect(exportLedger(reg, { year: 2025, out: join(dir, 'y.xlsx'), includeConfidential: true, actor: 'test', signal: ac.signal, onProgress: () => ac.abort() })).rejects.toThrow();
    } finally {
      reg.close();
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(sqlCount("SELECT COUNT(*) AS n FROM ledger_exports WHERE output LIKE '%interrupted%'")).toBe(0);
  });

  it('a quarter with no cases still reports (rates shown as —)', () => {
    const r = home.run(['report', 'quarterly', '--year', '2030', '--quarter', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/共收到信访事项0件/);
    expect(r.stdout).toMatch(/按期办结率—/);
  });
});
