// The quarterly report as tables and sentences: one model that the text output, the workbook and
// the PDF all print, so the three always agree.
import { formatDateZh } from '../domain/format.js';
import { SATISFACTION_RATE } from '../domain/rules/statistics.js';
import { CASE_STATUS, CATEGORY, CHANNEL, enumKeys, labelOf } from '../domain/enums.js';
import { change, type PeriodFigures, type QuarterlyFigures, type Rate } from './quarterly.js';
import { REGISTERS } from './registers.js';

/** A cell of the same table, [row, column] (0-based, rows as in ReportTable.rows). */
export type CellRef = readonly [number, number];
/** How a derived figure comes from the counts, so the workbook can give it as a formula an auditor can
 *  trace: a ratio of two cells, a relative change of one cell against another, or their difference in
 *  percentage points (of two rates). */
export type CellFormula = { ratio: [CellRef, CellRef] } | { change: [CellRef, CellRef] } | { pp: [CellRef, CellRef] };
/** A cell: text, a count, a share or rate (0–1), a relative change (0–1) or a change in percentage points. */
export type ReportCell = string | number | { pct: number | null; f?: CellFormula } | { change: number | null; f?: CellFormula } | { pp: number | null; f?: CellFormula } | null;
export interface ReportTable {
  id: string;
  title: string;
  header: string[];
  rows: ReportCell[][] /** mm, for the PDF */;
  widths: number[];
}

const pct = (v: number | null, f?: CellFormula): ReportCell => ({ pct: v, ...(f ? { f } : {}) });
const chg = (now: number, base: number, f?: CellFormula): ReportCell => ({ change: change(now, base), ...(f ? { f } : {}) });
const pp = (a: Rate, b: Rate, f?: CellFormula): ReportCell => ({ pp: a.rate !== null && b.rate !== null ? (a.rate - b.rate) * 100 : null, ...(f ? { f } : {}) });
const ratio = (n: CellRef, d: CellRef): CellFormula => ({ ratio: [n, d] });
const delta = (now: CellRef, base: CellRef): CellFormula => ({ change: [now, base] });
const points = (a: CellRef, b: CellRef): CellFormula => ({ pp: [a, b] });

export function cellText(c: ReportCell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if ('pct' in c) return c.pct === null ? '—' : `${(c.pct * 100).toFixed(1)}%`;
  if ('change' in c) return c.change === null ? '—' : `${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)}%`;
  return c.pp === null ? '—' : `${c.pp >= 0 ? '+' : ''}${c.pp.toFixed(1)}个百分点`;
}

export function indicatorTable(q: QuarterlyFigures): ReportTable {
  const { current: c, previous: p, last_year: y } = q;
  const rows: ReportCell[][] = [];
  // columns: 1 this quarter, 2 the previous, 3 环比, 4 last year, 5 同比
  const count = (label: string, f: (x: PeriodFigures) => number): number => {
    const i = rows.length;
    rows.push([label, f(c), f(p), chg(f(c), f(p), delta([i, 1], [i, 2])), f(y), chg(f(c), f(y), delta([i, 1], [i, 4]))]);
    return i;
  };
  /** A rate row, followed by its numerator and denominator rows (unless the denominator is a row above). */
  const rated = (label: string, f: (x: PeriodFigures) => Rate, nLabel: string, ofLabel: string | number): void => {
    const i = rows.length;
    const n = i + 1,
      of = typeof ofLabel === 'number' ? ofLabel : i + 2;
    const r = (col: number, x: PeriodFigures) => pct(f(x).rate, ratio([n, col], [of, col]));
    rows.push([label, r(1, c), r(2, p), pp(f(c), f(p), points([i, 1], [i, 2])), r(4, y), pp(f(c), f(y), points([i, 1], [i, 4]))]);
    count(nLabel, (x) => f(x).n);
    if (typeof ofLabel === 'string') count(ofLabel, (x) => f(x).of);
  };
  const received = count('收到信访事项（件）', (x) => x.received);
  count('其中：保密件（件）', (x) => x.confidential);
  rated('按期办结率', (x) => x.on_time, '　按期办结（件）', '　应办结（件）');
  rated('满意率（满意＋基本满意）', (x) => x.satisfaction, '　满意＋基本满意（件）', '　参评（件）');
  count('　未评价（件）', (x) => x.satisfaction.unrated);
  rated('重复信访率', (x) => x.repeat, '　重复信访（件）', received);
  count('延期办理（件）', (x) => x.extensions);
  count('复查申请（件）', (x) => x.reviews);
  count('复核申请（件）', (x) => x.rereviews);
  return {
    id: 'indicators',
    title: '主要指标',
    header: ['指标', c.period.label_zh, `上季度（${p.period.label_zh}）`, '环比', `去年同期（${y.period.label_zh}）`, '同比'],
    widths: [38, 20, 24, 25, 24, 25],
    rows,
  };
}

function breakdown(id: string, title: string, q: QuarterlyFigures, keys: string[], label: (k: string) => string, get: (f: PeriodFigures, k: string) => number): ReportTable {
  const { current: c, previous: p, last_year: y } = q;
  return {
    id,
    title,
    header: [title.replace(/^按/, ''), '本季度（件）', '占比', '上季度（件）', '环比', '去年同期（件）', '同比'],
    widths: [34, 22, 18, 22, 18, 24, 18],
    rows: [
      ...keys.map((k, i): ReportCell[] => [
        label(k),
        get(c, k),
        pct(c.received ? get(c, k) / c.received : null, ratio([i, 1], [keys.length, 1])),
        get(p, k),
        chg(get(c, k), get(p, k), delta([i, 1], [i, 3])),
        get(y, k),
        chg(get(c, k), get(y, k), delta([i, 1], [i, 5])),
      ]),
      [
        '合计',
        c.received,
        pct(c.received ? 1 : null, ratio([keys.length, 1], [keys.length, 1])),
        p.received,
        chg(c.received, p.received, delta([keys.length, 1], [keys.length, 3])),
        y.received,
        chg(c.received, y.received, delta([keys.length, 1], [keys.length, 5])),
      ],
    ],
  };
}

export function categoryTable(q: QuarterlyFigures): ReportTable {
  return breakdown(
    'category',
    '按类别',
    q,
    enumKeys(CATEGORY),
    (k) => labelOf(CATEGORY, k as keyof typeof CATEGORY),
    (f, k) => f.by_category[k as keyof typeof CATEGORY],
  );
}
export function channelTable(q: QuarterlyFigures): ReportTable {
  return breakdown(
    'channel',
    '按信访形式',
    q,
    enumKeys(CHANNEL),
    (k) => labelOf(CHANNEL, k as keyof typeof CHANNEL),
    (f, k) => f.by_channel[k as keyof typeof CHANNEL],
  );
}
export function registerTable(q: QuarterlyFigures): ReportTable {
  return breakdown(
    'register',
    '按登记簿',
    q,
    REGISTERS.map((r) => r.id),
    (k) => REGISTERS.find((r) => r.id === k)!.sheet,
    (f, k) => f.by_register[k as keyof PeriodFigures['by_register']],
  );
}

export function statusTable(q: QuarterlyFigures): ReportTable {
  const c = q.current;
  const keys = enumKeys(CASE_STATUS).filter((s) => c.by_status[s]);
  const rows: ReportCell[][] = keys.map((s, i) => [labelOf(CASE_STATUS, s), c.by_status[s]!, pct(c.by_status[s]! / c.received, ratio([i, 1], [keys.length, 1]))]);
  rows.push(['合计', c.received, pct(c.received ? 1 : null, ratio([keys.length, 1], [keys.length, 1]))]);
  return { id: 'status', title: `按办理状态（${c.period.label_zh}收到的事项，截至${formatDateZh(q.as_of)}）`, header: ['状态', '件数', '占比'], widths: [70, 40, 40], rows };
}

export const MAX_UNITS = 15;
export function unitTable(q: QuarterlyFigures): ReportTable {
  const c = q.current;
  const top = c.by_unit.slice(0, MAX_UNITS);
  const rest = c.by_unit.slice(MAX_UNITS).reduce((n, u) => n + u.n, 0);
  const total = top.length + (rest ? 1 : 0);
  const rows: ReportCell[][] = top.map((u, i) => [u.unit, u.n, pct(u.n / c.received, ratio([i, 1], [total, 1]))]);
  if (rest) rows.push([`其他 ${c.by_unit.length - MAX_UNITS} 个单位`, rest, pct(rest / c.received, ratio([top.length, 1], [total, 1]))]);
  rows.push(['合计', c.received, pct(c.received ? 1 : null, ratio([total, 1], [total, 1]))]);
  return { id: 'unit', title: `按承办单位（${c.period.label_zh}）`, header: ['承办单位', '件数', '占比'], widths: [90, 30, 30], rows };
}

export function monthlyTable(q: QuarterlyFigures): ReportTable {
  const [now, before] = q.monthly as [QuarterlyFigures['monthly'][0], QuarterlyFigures['monthly'][0]];
  const rows: ReportCell[][] = Array.from({ length: 12 }, (_, i) => {
    const a = now.counts[i] ?? null,
      b = before.counts[i] ?? 0;
    return [`${i + 1}月`, a, b, a === null ? '' : chg(a, b, delta([i, 1], [i, 2]))];
  });
  return { id: 'monthly', title: '月度收到件数', header: ['月份', `${now.year}年（件）`, `${before.year}年（件）`, '同比'], widths: [30, 40, 40, 40], rows };
}

export function reportTables(q: QuarterlyFigures): ReportTable[] {
  return [indicatorTable(q), categoryTable(q), channelTable(q), registerTable(q), statusTable(q), unitTable(q), monthlyTable(q)];
}

export function reportTitle(q: QuarterlyFigures): string {
  return `${q.office}${q.current.period.label_zh}信访情况统计报告`;
}

/** The summary paragraph a 信访情况分析报告 opens with. */
export function summaryText(q: QuarterlyFigures): string {
  const { current: c, previous: p, last_year: y } = q;
  const trend = (now: number, base: number, word: string) => {
    const v = change(now, base);
    if (v === null) return `${word}无可比数据`;
    if (v === 0) return `${word}持平`;
    return `${word}${v > 0 ? '增长' : '下降'}${Math.abs(v * 100).toFixed(1)}%`;
  };
  const top = enumKeys(CATEGORY)
    .map((k) => [k, c.by_category[k]] as const)
    .sort((a, b) => b[1] - a[1])[0]!;
  const parts = [
    `${c.period.label_zh}共收到信访事项${c.received}件，${trend(c.received, p.received, '环比')}，${trend(c.received, y.received, '同比')}`,
    c.received ? `其中${labelOf(CATEGORY, top[0])}${top[1]}件，占${((top[1] / c.received) * 100).toFixed(1)}%` : '',
    `按期办结率${cellText(pct(c.on_time.rate))}（应办结${c.on_time.of}件，按期${c.on_time.n}件${c.on_time.overdue ? `，逾期未办结${c.on_time.overdue}件` : ''}）`,
    `满意率${cellText(pct(c.satisfaction.rate))}（参评${c.satisfaction.of}件，未评价${c.satisfaction.unrated}件）`,
    `重复信访率${cellText(pct(c.repeat.rate))}`,
    `本季度延期办理${c.extensions}件，收到复查申请${c.reviews}件、复核申请${c.rereviews}件`,
  ].filter(Boolean);
  return parts.join('；') + '。';
}

export const DEFINITIONS: string[] = [
  '统计截至日：季度最后一天（或指定的截至日）；只计日期在截至日及以前的办理事件，事后补录、更正或办理的不改变本报告，任何时候重新生成数字相同。',
  '统计对象：收到日期在统计期间内、截至统计日已登记的信访事项；办理状态截至统计日。',
  '按期办结率：已受理（或网上）事项中，办理期限截至统计日已届满或已办结的，在期限内办结的比例；期限按规则包计算，含依法延期，仍在期限内办理的不计入。',
  SATISFACTION_RATE.definition.zh,
  '重复信访率：请求、事实和理由（规范化后）与此前已收到的事项相同的件数 ÷ 收到件数。',
  '延期办理、复查申请、复核申请：按延期告知日期、收到申请日期计入所在期间。',
];
