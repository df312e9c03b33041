// The lists as spreadsheets (exceljs): 卷内文件目录 / 归档文件目录 of a dossier and the year's 归档文件目录.
// Rows are streamed (WorkbookWriter, each row committed as it is added), so a year of any size
// never sits in memory. Deterministic bytes: fixed document dates from the caller and a fixed
// timestamp on every zip entry (archiver would stamp "now").
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import type ExcelJSNs from 'exceljs';

export interface ListColumn {
  header: string;
  key: string;
  width: number;
}

export interface ListSpec {
  sheetName: string;
  title: string;
  /** Lines under the title (档号, 全宗名称, 年度 …). */
  subtitle: string[];
  columns: ListColumn[];
  /** YYYY-MM-DD: the workbook's created/modified date and every zip entry's timestamp. */
  date: string;
}

type Row = Record<string, string | number>;

type Append = (src: unknown, data: { name: string; date?: Date }, cb?: unknown) => unknown;
/** archiver's zip module: entries queued in exceljs's constructor reach it later, so patch here. */
interface ZipLike {
  _module: { append: Append };
}

let excel: typeof ExcelJSNs | undefined;
/** exceljs takes over a second to import: load it once, when a list is first written. */
export async function loadExcel(): Promise<typeof ExcelJSNs> {
  excel ??= (await import('exceljs')).default;
  return excel;
}

export class ListWorkbook {
  private readonly wb: ExcelJSNs.stream.xlsx.WorkbookWriter;
  private readonly ws: ExcelJSNs.Worksheet;
  private count = 0;

  /** Call `loadExcel()` first. */
  constructor(
    target: { stream: Writable } | { filename: string },
    private readonly spec: ListSpec,
  ) {
    const when = new Date(`${spec.date}T00:00:00Z`);
    const stream = 'stream' in target ? target.stream : createWriteStream(target.filename);
    this.wb = new excel!.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const mod = (this.wb as unknown as { zip: ZipLike }).zip._module;
    const append = mod.append.bind(mod);
    mod.append = (src, data, cb) => append(src, { ...data, date: when }, cb);
    this.wb.creator = 'xf';
    this.wb.lastModifiedBy = 'xf';
    this.wb.created = when;
    this.wb.modified = when;
    this.ws = this.wb.addWorksheet(spec.sheetName, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
      views: [{ state: 'frozen', ySplit: 2 + spec.subtitle.length }],
    });
    this.ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width }));
    const n = spec.columns.length;
    const title = this.ws.addRow([spec.title]);
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center' };
    this.ws.mergeCells(1, 1, 1, n);
    title.commit();
    spec.subtitle.forEach((line, i) => {
      const r = this.ws.addRow([line]);
      this.ws.mergeCells(2 + i, 1, 2 + i, n);
      r.commit();
    });
    const head = this.ws.addRow(spec.columns.map((c) => c.header));
    head.font = { bold: true };
    head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    head.eachCell((cell) => {
      cell.border = BORDER;
    });
    head.commit();
  }

  addRow(values: Row): void {
    const r = this.ws.addRow(this.spec.columns.map((c) => values[c.key] ?? ''));
    r.alignment = { vertical: 'middle', wrapText: true };
    r.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
    r.commit();
    this.count++;
  }

  get rows(): number {
    return this.count;
  }

  async finish(): Promise<void> {
    this.ws.commit();
    await this.wb.commit();
  }
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A small list straight to bytes (a dossier's own 目录). */
export async function listBytes(spec: ListSpec, rows: Row[]): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  const done = new Promise<void>((res, rej) => {
    stream.on('finish', () => res());
    stream.on('error', rej);
  });
  await loadExcel();
  const wb = new ListWorkbook({ stream }, spec);
  for (const r of rows) wb.addRow(r);
  await wb.finish();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
