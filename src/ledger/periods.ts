// Statistical periods: a year, a quarter of it, its months, and the periods a quarter is compared with.
import type { IsoDate } from '../domain/dates.js';

export interface Period {
  /** e.g. 2026Q3, 2026, 2026-07 */
  id: string;
  label_zh: string;
  from: IsoDate;
  to: IsoDate;
}

const QUARTER_ZH = ['', '第一季度', '第二季度', '第三季度', '第四季度'];
const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearPeriod(year: number): Period {
  return { id: String(year), label_zh: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const m1 = (quarter - 1) * 3 + 1,
    m3 = m1 + 2;
  return {
    id: `${year}Q${quarter}`,
    label_zh: `${year}年${QUARTER_ZH[quarter]}`,
    from: `${year}-${pad(m1)}-01`,
    to: `${year}-${pad(m3)}-${pad(lastDayOfMonth(year, m3))}`,
  };
}

export function monthPeriod(year: number, month: number): Period {
  return { id: `${year}-${pad(month)}`, label_zh: `${year}年${month}月`, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` };
}

export function previousQuarter(year: number, quarter: number): Period {
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** Export scope: the whole year, or one quarter of it. */
export function scopePeriod(year: number, quarter?: number): Period {
  return quarter ? quarterPeriod(year, quarter) : yearPeriod(year);
}

export function inPeriod(d: IsoDate | undefined, p: Period): boolean {
  return d !== undefined && d >= p.from && d <= p.to;
}

/** Month number 1–12 of an ISO date. */
export function monthOf(d: IsoDate): number {
  return Number(d.slice(5, 7));
}
