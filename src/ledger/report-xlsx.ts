// The quarterly report as a workbook: one sheet per table (figures as numbers with their formats,
// so an office can compute on them), a sheet with the three charts, and the definitions.
import ExcelJS from 'exceljs';
import { formatDateZh } from '../domain/format.js';
import { colLetter } from './ledger-columns.js';
import { DEFINITIONS, reportTitle, summaryText, type CellFormula, type CellRef, type ReportCell, type ReportTable } from './report-tables.js';
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

/** Table cell [row, col] → its address on the sheet (title in row 1, header in row 2). */
const addr = ([r, c]: CellRef): string => `${colLetter(c + 1)}${r + 3}`;

/** The Excel formula of a derived figure: "—" where the base is 0 or a rate is "—", as the text shows. */
export function formulaOf(f: CellFormula): string {
  if ('ratio' in f) {
    const [n, d] = f.ratio.map(addr) as [string, string];
    return `IF(N(${d})=0,"—",${n}/${d})`;
  }
  if ('change' in f) {
    const [a, b] = f.change.map(addr) as [string, string];
    return `IF(N(${b})=0,"—",(${a}-${b})/${b})`;
  }
  const [a, b] = f.pp.map(addr) as [string, string];
  return `IF(OR(ISTEXT(${a}),ISTEXT(${b})),"—",(${a}-${b})*100)`;
}

function put(cell: ExcelJS.Cell, v: ReportCell): void {
  cell.border = BORDER;
  if (v === null || typeof v === 'string' || typeof v === 'number') {
    cell.value = v;
    if (typeof v === 'number') cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.alignment = { horizontal: 'right' };
  const [value, fmt] = 'pct' in v ? [v.pct, PCT_FMT] : 'change' in v ? [v.change, '+0.0%;-0.0%;0.0%'] : [v.pp, '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'];
  // a formula over the counts, with its value cached so a reader that does not recalculate shows it
  cell.value = v.f ? { formula: formulaOf(v.f), result: value ?? '—' } : (value ?? '—');
  cell.numFmt = fmt;
}

/** A4, as wide as the paper, the title and header rows on every page. */
function printSetup(ws: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
}

function tableSheet(wb: ExcelJS.Workbook, t: ReportTable): void {
  const ws = wb.addWorksheet(SHEET_NAMES[t.id] ?? t.id, { views: [{ state: 'frozen', ySplit: 2 }] });
  printSetup(ws, t.header.length > 4 ? 'landscape' : 'portrait', '1:2');
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
  printSetup(cover, 'portrait', '1:1');
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

  // Each chart fills one cell of its own (column A as wide, its row as high as the image) under a
  // title row: a two-cell anchor, since exceljs writes editAs on one-cell anchors, which the
  // schema does not allow there (and Excel offers to repair). A4 portrait, fit to width.
  const ws = wb.addWorksheet('图表');
  printSetup(ws, 'portrait');
  const widest = Math.max(0, ...charts.map((c) => c.width));
  ws.getColumn(1).width = Math.max(10, (widest - 5) / 7); // Excel: pixels = width × 7 + 5 (max digit width 7 px)
  charts.forEach((c, i) => {
    const title = ws.getRow(2 * i + 1);
    title.getCell(1).value = c.title;
    title.getCell(1).font = { bold: true };
    title.height = 20;
    ws.getRow(2 * i + 2).height = c.height * 0.75; // points
    const id = wb.addImage({ buffer: c.png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, {
      tl: { nativeCol: 0, nativeColOff: 0, nativeRow: 2 * i + 1, nativeRowOff: 0 },
      br: { nativeCol: 1, nativeColOff: 0, nativeRow: 2 * i + 2, nativeRowOff: 0 },
      editAs: 'oneCell',
    } as unknown as ExcelJS.ImageRange);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
