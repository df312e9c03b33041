// Civil dates as ISO strings (YYYY-MM-DD, Asia/Shanghai civil days). Arithmetic goes through a day
// number computed with Date.UTC only, so the machine's time zone can never shift a date (SPEC §9).
export type IsoDate = string;

/** The shape of an ISO date (year, month, day captured); isIsoDate also checks the day exists. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

// Both conversions are memoised: a register replay converts the same few hundred dates millions of
// times (issue 16), and each miss is a regex plus a Date. The caches hold numbers and strings only,
// so a caller can never alter a cached value; the string cache is cleared when it grows large.
const dayNumbers = new Map<string, number>();
const DAY_CACHE_MAX = 200_000;

export function toDayNumber(d: IsoDate): number {
  const hit = dayNumbers.get(d);
  if (hit !== undefined) return hit;
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  const n = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
  if (dayNumbers.size >= DAY_CACHE_MAX) dayNumbers.clear();
  dayNumbers.set(d, n);
  return n;
}

const isoStrings = new Map<number, string>();

export function fromDayNumber(n: number): IsoDate {
  const hit = isoStrings.get(n);
  if (hit !== undefined) return hit;
  const s = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  if (isoStrings.size >= DAY_CACHE_MAX) isoStrings.clear();
  isoStrings.set(n, s);
  return s;
}

export function addCalendarDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

export function nextDate(d: IsoDate): IsoDate {
  return addCalendarDays(d, 1);
}
export function prevDate(d: IsoDate): IsoDate {
  return addCalendarDays(d, -1);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return ((toDayNumber(d) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** Same day N months later, or the month's last day when there is no such day (MFD §202). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  const y = Number(m[1]),
    mo = Number(m[2]) - 1 + n,
    day = Number(m[3]);
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, mo, Math.min(day, last))).toISOString().slice(0, 10);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Today as an Asia/Shanghai civil date, whatever the machine's zone. */
export function todayInShanghai(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
