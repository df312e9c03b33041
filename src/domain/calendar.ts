// The official working-day calendar (SPEC §5.1 R1, §9). Holiday and 调休 data come from the
// `chinese-days` package's JSON (never hand-typed here); we read only its data maps, so its
// UTC/local date-parsing pitfall cannot touch us. Years past the data are flagged provisional, and
// their statutory holidays (《全国年节及纪念日放假办法》) are rest days all the same.
import { createRequire } from 'node:module';
import { isIsoDate, type IsoDate, weekday, yearOf } from './dates.js';
import { statutoryHolidays } from './statutory-holidays.js';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  /** Holiday name (Chinese) for holidays and 调休 workdays. */
  name?: string;
  /** False when the date lies outside the years the data covers (Mon–Fri is then only a guess). */
  covered: boolean;
}

export interface Calendar {
  /** Where the data came from, e.g. chinese-days@1.5.7 (+ local overrides). */
  readonly source: string;
  readonly coveredFrom: IsoDate;
  readonly coveredUntil: IsoDate;
  isWorkday(d: IsoDate): boolean;
  dayInfo(d: IsoDate): DayInfo;
}

/** A local override file (R-CAL-2): special arrangements, or a year published before the package. */
export interface CalendarOverrides {
  holidays?: Record<IsoDate, string>;
  workdays?: Record<IsoDate, string>;
  /** Years the overrides fully describe (their notice is published), extending coverage. */
  covered_years?: number[];
}

/** Problems in an override file's data, as readable messages (empty when it is fine). */
export function overrideProblems(o: unknown): string[] {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return ['must be an object with holidays, workdays, covered_years'];
  const out: string[] = [];
  const x = o as Record<string, unknown>;
  for (const key of ['holidays', 'workdays'] as const) {
    const m = x[key];
    if (m === undefined) continue;
    if (!m || typeof m !== 'object' || Array.isArray(m)) {
      out.push(`${key} must map YYYY-MM-DD to a name`);
      continue;
    }
    for (const [d, v] of Object.entries(m)) if (!isIsoDate(d) || typeof v !== 'string') out.push(`${key}.${d}: a real date YYYY-MM-DD mapped to a name`);
  }
  if (x.covered_years !== undefined && !(Array.isArray(x.covered_years) && x.covered_years.every((y) => Number.isInteger(y)))) out.push('covered_years must be a list of years');
  for (const k of Object.keys(x)) if (!['holidays', 'workdays', 'covered_years'].includes(k)) out.push(`unknown key ${k}`);
  return out;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);

function chineseName(value: string): string {
  // "Spring Festival,春节,4" → 春节
  return value.split(',')[1] ?? value;
}

/** Rest days known for a year the data does not cover (the law's holidays; nothing for a bare calendar). */
export type ProvisionalHolidays = (year: number) => ReadonlyMap<IsoDate, string>;

export function buildCalendar(
  holidays: Record<IsoDate, string>,
  workdays: Record<IsoDate, string>,
  coveredYears: { from: number; until: number },
  source: string,
  provisionalHolidays?: ProvisionalHolidays,
): Calendar {
  const hol = new Map(Object.entries(holidays));
  const work = new Map(Object.entries(workdays));
  const coveredFrom = `${coveredYears.from}-01-01`;
  const coveredUntil = `${coveredYears.until}-12-31`;
  const dayInfo = (d: IsoDate): DayInfo => {
    const covered = d >= coveredFrom && d <= coveredUntil;
    const w = work.get(d);
    if (w !== undefined) return { date: d, kind: 'adjusted_workday', name: w, covered };
    const h = hol.get(d) ?? (d > coveredUntil ? provisionalHolidays?.(yearOf(d)).get(d) : undefined);
    if (h !== undefined) return { date: d, kind: 'holiday', name: h, covered };
    const wd = weekday(d);
    return { date: d, kind: wd === 0 || wd === 6 ? 'weekend' : 'workday', covered };
  };
  return {
    source,
    coveredFrom,
    coveredUntil,
    dayInfo,
    isWorkday: (d) => {
      const k = dayInfo(d).kind;
      return k === 'workday' || k === 'adjusted_workday';
    },
  };
}

let cached: Calendar | undefined;

/** The calendar from the pinned chinese-days data, optionally with a local override file's data. */
export function defaultCalendar(overrides?: CalendarOverrides): Calendar {
  if (!overrides && cached) return cached;
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const version = (require('chinese-days/package.json') as { version: string }).version;
  const holidays: Record<string, string> = {};
  const workdays: Record<string, string> = {};
  for (const [d, v] of Object.entries(data.holidays)) holidays[d] = chineseName(v);
  for (const [d, v] of Object.entries(data.workdays)) workdays[d] = chineseName(v);
  const years = Object.keys(data.holidays).map(yearOf);
  let from = Math.min(...years),
    until = Math.max(...years);
  let source = `chinese-days@${version}`;
  if (overrides) {
    for (const [d, v] of Object.entries(overrides.holidays ?? {})) {
      holidays[d] = v;
      delete workdays[d];
    }
    for (const [d, v] of Object.entries(overrides.workdays ?? {})) {
      workdays[d] = v;
      delete holidays[d];
    }
    for (const y of (overrides.covered_years ?? []).sort((a, b) => a - b)) if (y === until + 1) until = y;
    source += ' + calendar_overrides';
  }
  const cal = buildCalendar(holidays, workdays, { from, until }, source, statutoryHolidays);
  if (!overrides) cached = cal;
  return cal;
}
