// xf ledger export: the register of a year (or quarter) as one workbook, a sheet per register,
// written with exceljs's streaming writer so a 100,000-case year keeps memory flat. The file is
// written beside its target and renamed into place in the same transaction that logs the export.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatDateZh } from '../domain/format.js';
import { SATISFACTION_RATE } from '../domain/rules/statistics.js';
import { cleanStaleTemps, tempPathFor } from '../io/atomic.js';
import type { Registry } from '../registry/registry.js';
import { colLetter, columnsFor, type Column, type RowInput } from './ledger-columns.js';
import { scopePeriod, type Period } from './periods.js';
import { REGISTERS, type RegisterDef, type RegisterId } from './registers.js';
import { recordExport } from './schema.js';
import { sheetCases } from './source.js';
import { excelDate, HEADER_STYLE, styleFor, TITLE_STYLE } from './xlsx-style.js';
import { fixZipTimes } from './zip-times.js';

export interface LedgerExportOptions {
  year: number;
  quarter?: number;
  out: string;
  includeConfidential: boolean;
  /** Who the export is for, when not the logged-in user (recorded with the export). */
  requestedBy?: string;
  actor: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface SheetSummary {
  register: RegisterId;
  sheet: string;
  rows: number;
  overdue: number;
  confidential: number;
  masked: number;
}
export interface LedgerExportResult {
  out: string;
  period: Period;
  as_of: string;
  sheets: SheetSummary[];
  rows: number;
  sha256: string;
  export_id: number;
}

/** Every so often: let the zip catch up (memory stays flat) and notice an interrupt. */
const YIELD_EVERY = 250;
const HIGH_WATER = 2 * 1048576;
const tick = () => new Promise<void>((r) => setImmediate(r));
const pause = () => new Promise<void>((r) => setTimeout(r, 2));

/**
 * exceljs's streaming writer hands each sheet's XML to the zip without backpressure (exceljs issues
 * #1894, #2916): rows pile up in the pipe to the zip entry faster than deflate and the file write
 * consume them, and memory grows with the sheet. Wait while more than HIGH_WATER bytes are queued.
 */
async function zipCaughtUp(ws: ExcelJS.Worksheet): Promise<void> {
  const sink = (ws as unknown as { _stream?: { pipes?: { writableLength?: number; _writableState?: { length: number } }[] } })._stream?.pipes?.[0];
  const queued = () => sink?.writableLength ?? sink?._writableState?.length ?? 0;
  await tick();
  while (queued() > HIGH_WATER) await pause();
}

function cellValue(col: Column, input: RowInput): ExcelJS.CellValue {
  const v = col.value(input);
  if (v === null || v === '') return null;
  return col.kind === 'date' && typeof v === 'string' ? excelDate(v) : v;
}

/** A4 landscape less 12.7 mm margins, in Excel's 96-dpi pixels. */
const PRINTABLE_PX = ((297 - 2 * 12.7) / 25.4) * 96;
/** The smallest print scale: the sheet's 11 pt text never prints below 8.8 pt (fit to one page wide shrank it to ~3 pt). */
export const MIN_PRINT_SCALE = 0.8;
/** Excel's column width (characters) in pixels, for the default 11 pt face (max digit width 7 px). */
const colPx = (width: number) => Math.round(width * 7 + 5);
/** The first two columns (序号, 信访件编号) repeat on every page across. */
const TITLE_COLS = 2;

/**
 * A register sheet on paper: A4 landscape, the title and header rows (and 序号, 编号) repeated on
 * every page, and as many pages across as the columns need at a readable scale: fit to that width.
 */
export function printSetup(cols: readonly Pick<Column, 'width'>[]): Partial<ExcelJS.PageSetup> {
  const total = cols.reduce((n, c) => n + colPx(c.width), 0);
  const repeat = cols.slice(0, TITLE_COLS).reduce((n, c) => n + colPx(c.width), 0);
  let wide = 1;
  while ((total + repeat * (wide - 1)) * MIN_PRINT_SCALE > PRINTABLE_PX * wide) wide++;
  return {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: wide,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: '1:2',
    printTitlesColumn: `A:${colLetter(TITLE_COLS)}`,
  };
}

async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  reg: Registry,
  def: RegisterDef,
  period: Period,
  opts: LedgerExportOptions,
  progress: { done: number; total: number },
): Promise<SheetSummary> {
  const cols = columnsFor(def.id);
  const ws = wb.addWorksheet(def.sheet, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3', activeCell: 'C3' }],
    pageSetup: printSetup(cols),
  });
  ws.columns = cols.map((c) => ({ width: c.width }));
  const last = colLetter(cols.length);
  const title = ws.addRow([`${reg.config.office_name}${def.title_zh}（${period.label_zh}）`]);
  title.height = 24;
  title.getCell(1).style = TITLE_STYLE;
  ws.mergeCells(`A1:${last}1`);
  title.commit();
  const head = ws.addRow(cols.map((c) => c.header));
  head.height = 30;
  head.eachCell((cell) => {
    cell.style = HEADER_STYLE;
  });
  head.commit();

  const sum: SheetSummary = { register: def.id, sheet: def.sheet, rows: 0, overdue: 0, confidential: 0, masked: 0 };
  for (const { record, facts } of sheetCases(reg, period, def.select)) {
    const input: RowInput = { seq: sum.rows + 1, record, facts, showIdentity: opts.includeConfidential };
    const overdue = facts.overdue.length > 0;
    const row = ws.addRow(cols.map((c) => cellValue(c, input)));
    cols.forEach((c, i) => {
      row.getCell(i + 1).style = styleFor(c.kind, overdue);
    });
    row.commit();
    sum.rows++;
    if (overdue) sum.overdue++;
    if (record.confidential) {
      sum.confidential++;
      if (!opts.includeConfidential) sum.masked++;
    }
    if (++progress.done % YIELD_EVERY === 0) {
      opts.onProgress?.(progress.done, progress.total);
      await zipCaughtUp(ws);
      opts.signal?.throwIfAborted();
    }
  }
  ws.autoFilter = `A2:${last}${sum.rows + 2}`;
  ws.commit();
  return sum;
}

function writeNotes(wb: ExcelJS.stream.xlsx.WorkbookWriter, reg: Registry, period: Period, sheets: SheetSummary[], opts: LedgerExportOptions): void {
  const ws = wb.addWorksheet('说明', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 22 }, { width: 70 }];
  const lines: [string, string | number][] = [
    ['机关', reg.config.office_name],
    ['统计期间', `${period.label_zh}（${formatDateZh(period.from)}至${formatDateZh(period.to)}，按收到日期）`],
    ['统计截至', formatDateZh(reg.today)],
    ...sheets.map((s): [string, number] => [`${s.sheet}（件）`, s.rows]),
    ['逾期未办（件）', sheets.reduce((n, s) => n + s.overdue, 0)],
    ['保密件（件）', sheets.reduce((n, s) => n + s.confidential, 0)],
    ['保密件信访人信息', opts.includeConfidential ? '已按申请显示（导出已记录在登记簿）' : '未显示（以“（保密）”代替）'],
    ['分表规则', '来信：书信、传真；来访：走访、电话（口头信访当场记录）；网上：信息网络；代理：经信访代理员提出的全部事项（不再列入其他表）'],
    ['应办结日期', '首次办理的法定期限：网上事项按网上答复期限，已受理事项按办理期限（含延期），未受理事项按受理告知期限'],
    ['是否按期', '按期限规则计算：是＝在期限内办结；否＝超期办结；否（逾期未办结）＝截至统计日已过最迟办理日'],
    ['重复信访', '请求、事实和理由（规范化后）与此前收到的事项相同的标“是”'],
    ['满意度', SATISFACTION_RATE.column.zh],
    ['红色行', '截至统计日有机关期限已过最迟办理日（逾期）的事项'],
  ];
  const head = ws.addRow(['项目', '内容']);
  head.eachCell((c) => {
    c.style = HEADER_STYLE;
  });
  head.commit();
  for (const [k, v] of lines) {
    const r = ws.addRow([k, v]);
    r.getCell(1).style = styleFor('text', false);
    r.getCell(2).style = styleFor('wrap', false);
    r.commit();
  }
  ws.commit();
}

function sha256File(path: string): Promise<string> {
  return new Promise((res, rej) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => h.update(d))
      .on('error', rej)
      .on('end', () => res(h.digest('hex')));
  });
}

export async function exportLedger(reg: Registry, opts: LedgerExportOptions): Promise<LedgerExportResult> {
  const period = scopePeriod(opts.year, opts.quarter);
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  cleanStaleTemps(out); // a killed export's temporary file goes with the next run
  const tmp = tempPathFor(out);
  const total = reg.ledger.countReceived(period);
  // One sequential pass: a large page cache would only grow the process (the register asks for 64 MiB).
  const restoreCache = reg.limitPageCache(4096);
  let wb: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter> | undefined;
  try {
    wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    // Fixed document dates from the data (the as-of day), so the same register gives the same file.
    wb.created = wb.modified = excelDate(reg.today);
    wb.creator = wb.lastModifiedBy = 'xf';
    wb.title = `${reg.config.office_name}信访登记台账（${period.label_zh}）`;
    const progress = { done: 0, total };
    const sheets: SheetSummary[] = [];
    for (const def of REGISTERS) sheets.push(await writeSheet(wb, reg, def, period, opts, progress));
    writeNotes(wb, reg, period, sheets, opts);
    await wb.commit();
    opts.onProgress?.(progress.done, total);
    fixZipTimes(tmp, reg.today);
    const sha256 = await sha256File(tmp);
    const rows = sheets.reduce((n, s) => n + s.rows, 0);
    // The log row and the file appear together: if the rename fails the log entry is rolled back.
    const export_id = reg.transaction(() => {
      const id = recordExport(reg, {
        kind: 'ledger',
        scope: period.id,
        as_of: reg.today,
        actor: opts.actor,
        ...(opts.requestedBy ? { requested_by: opts.requestedBy } : {}),
        include_confidential: opts.includeConfidential,
        rows,
        confidential_rows: sheets.reduce((n, s) => n + s.confidential, 0),
        output: out,
        sha256,
      });
      renameSync(tmp, out);
      return id;
    });
    return { out, period, as_of: reg.today, sheets, rows, sha256, export_id };
  } catch (e) {
    // The stream writer still holds the file after an abort and would flush into it later: close it
    // first, then remove what it wrote.
    await wb?.commit().catch(() => undefined);
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    restoreCache();
  }
}
