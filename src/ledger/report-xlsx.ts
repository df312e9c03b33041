// The quarterly report as a workbook: one sheet per table (figures as numbers with their formats,
// so an office can compute on them), a sheet with the three charts, and the definitions.
import ExcelJS from 'exceljs';
import { formatDateZh } from '../domain/format.js';
import { colLetter } from './ledger-columns.js';
import { DEFINITIONS, reportTitle, summaryText, type ReportCell, type ReportTable } from './report-tables.js';
import type { QuarterlyFigures } from './quarterly.js';
import { BORDER, excelDate, HEADER_STYLE, PCT_FMT, TITLE_STYLE } from './xlsx-style.js';

export interface ChartImage {
  id: string;
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

const SHEET_NAMES: Record<string, string> = {
  indicators: '主要指标',
  category: '按类别',
  channel: '按形式',
  register: '按登记簿',
  status: '按状态',
  unit: '按承办单位',
  monthly: '月度',
};

function put(cell: ExcelJS.Cell, v: ReportCell): void {
  cell.border = BORDER;
  if (v === null || typeof v === 'string' || typeof v === 'number') {
    cell.value = v;
    if (typeof v === 'number') cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.alignment = { horizontal: 'right' };
  if ('pct' in v) {
    cell.value = v.pct ?? '—';
    if (v.pct !== null) cell.numFmt = PCT_FMT;
    return;
  }
  if ('change' in v) {
    cell.value = v.change ?? '—';
    if (v.change !== null) cell.numFmt = '+0.0%;-0.0%;0.0%';
    return;
  }
  cell.value = v.pp ?? '—';
  if (v.pp !== null) cell.numFmt = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"';
}

function tableSheet(wb: ExcelJS.Workbook, t: ReportTable): void {
  const ws = wb.addWorksheet(SHEET_NAMES[t.id] ?? t.id, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = t.header.map((_, i) => ({ width: i === 0 ? Math.max(16, Math.round((t.widths[0] ?? 30) * 0.7)) : 16 }));
  const last = colLetter(t.header.length);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = t.title;
  ws.getCell('A1').style = TITLE_STYLE;
  ws.getRow(1).height = 24;
  const head = ws.getRow(2);
  t.header.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.style = HEADER_STYLE;
  });
  head.height = 30;
  t.rows.forEach((row, ri) => {
    const r = ws.getRow(ri + 3);
    row.forEach((v, ci) => put(r.getCell(ci + 1), v));
    if (row[0] === '合计') r.font = { bold: true };
  });
}

export async function quarterlyWorkbook(q: QuarterlyFigures, tables: ReportTable[], charts: ChartImage[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = excelDate(q.as_of);
  wb.creator = wb.lastModifiedBy = 'xf';
  wb.title = reportTitle(q);

  const cover = wb.addWorksheet('报告');
  cover.columns = [{ width: 18 }, { width: 90 }];
  cover.mergeCells('A1:B1');
  cover.getCell('A1').value = reportTitle(q);
  cover.getCell('A1').style = TITLE_STYLE;
  cover.getRow(1).height = 28;
  const info: [string, string][] = [
    ['统计期间', `${q.current.period.label_zh}（${formatDateZh(q.current.period.from)}至${formatDateZh(q.current.period.to)}）`],
    ['统计截至', formatDateZh(q.as_of)],
    ['总体情况', summaryText(q)],
    ...DEFINITIONS.map((d, i): [string, string] => [i ? '' : '统计口径', d]),
  ];
  info.forEach(([k, v], i) => {
    const r = cover.getRow(i + 2);
    r.getCell(1).value = k;
    r.getCell(1).font = { bold: true };
    r.getCell(1).alignment = { vertical: 'top' };
    r.getCell(2).value = v;
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });

  for (const t of tables) tableSheet(wb, t);

  const ws = wb.addWorksheet('图表');
  let row = 0;
  for (const c of charts) {
    ws.getCell(row + 1, 1).value = c.title;
    ws.getCell(row + 1, 1).font = { bold: true };
    const id = wb.addImage({ buffer: c.png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, { tl: { col: 0, row: row + 1 }, ext: { width: c.width, height: c.height }, editAs: 'oneCell' });
    row += Math.ceil(c.height / 20) + 3;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
