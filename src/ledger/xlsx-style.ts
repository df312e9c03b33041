// Shared workbook styles: Chinese date format, header and overdue fills. One object per style, so
// the streaming writer registers each style once however many rows use it.
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { ColumnKind } from './ledger-columns.js';

export const DATE_FMT = 'yyyy"年"m"月"d"日"';
export const PCT_FMT = '0.0%';

const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
export const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const HEADER_FILL = solid('FFDDEBF7');
export const OVERDUE_FILL = solid('FFFFC7CE');
const OVERDUE_FONT: Partial<Font> = { color: { argb: 'FF9C0006' } };

export const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 14 }, alignment: { horizontal: 'center', vertical: 'middle' } };
export const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

function cellStyle(kind: ColumnKind, overdue: boolean): Partial<Style> {
  const alignment: Partial<Alignment> = kind === 'wrap' ? { vertical: 'top', wrapText: true } : kind === 'int' ? { horizontal: 'right', vertical: 'top' } : { vertical: 'top' };
  return {
    border: BORDER,
    alignment,
    ...(kind === 'date' ? { numFmt: DATE_FMT } : {}),
    ...(overdue ? { fill: OVERDUE_FILL, font: OVERDUE_FONT } : {}),
  };
}

const cache = new Map<string, Partial<Style>>();
export function styleFor(kind: ColumnKind, overdue: boolean): Partial<Style> {
  const k = `${kind}|${overdue}`;
  let s = cache.get(k);
  if (!s) {
    s = cellStyle(kind, overdue);
    cache.set(k, s);
  }
  return s;
}

/** An ISO date as the Date exceljs turns into an Excel serial (it counts in UTC). */
export function excelDate(d: string): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
}
