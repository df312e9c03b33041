// Deadline arithmetic on the official calendar (SPEC §5.1, reference algorithm §5.4).
//  R2  counting starts the day after the anchor;  R3  the N-th day is included;
//  R4  a petitioner's window ending on a rest day rolls to the next working day, while an organ's
//      deadline stays put and reports `act_by`, the last working day on or before it;
//  R6  pauses shift the due date by the days paused, in the clock's own unit;
//  R8  an extension adds calendar days to the original due date (its limit is the pack's, rule V-DOC-9);
//  R10 any day past the calendar data makes the result provisional.
import type { Calendar } from './calendar.js';
import { fromDayNumber, type IsoDate, nextDate, toDayNumber } from './dates.js';

export type Unit = 'calendar_day' | 'working_day';
export type Actor = 'organ' | 'petitioner';

/** An interval excluded from a clock, both ends included. */
export interface Pause {
  from: IsoDate;
  to: IsoDate;
}

export interface RolloverPolicy {
  petitioner: boolean;
  organ: boolean;
}
export const DEFAULT_ROLLOVER: RolloverPolicy = Object.freeze({ petitioner: true, organ: false });

export interface DeadlineInput {
  from: IsoDate;
  days: number;
  unit: Unit;
  actor: Actor;
  extendDays?: number;
  pauses?: Pause[];
  rollover?: RolloverPolicy;
}

export interface DeadlineResult {
  from: IsoDate;
  days: number;
  unit: Unit;
  actor: Actor;
  /** Due date before pauses, extension and rollover. */
  base_due: IsoDate;
  paused_days: number;
  extended_by: number;
  /** The legal end of the period (after rollover for petitioner windows). */
  due: IsoDate;
  /** The last working day on or before `due`: when the act must be done at the latest. */
  act_by: IsoDate;
  rolled_over: boolean;
  provisional: boolean;
  calendar: { source: string; covered_from: IsoDate; covered_until: IsoDate };
}

interface Walk {
  date: IsoDate;
  provisional: boolean;
}

function outside(cal: Calendar, d: IsoDate): boolean {
  return d > cal.coveredUntil || d < cal.coveredFrom;
}

// Working-day flags by day number, built once per calendar and process, a whole year at a time, from
// the calendar's own isWorkday: a walk over numbers instead of over date strings (issue 16). The
// results are the day-by-day walk's exactly (test/domain/deadlines-fast.test.ts checks them against
// it); a Calendar must be immutable for this, as every Calendar here is.
interface DayTable {
  /** Day number of flags[0] (a 1 January). */
  base: number;
  /** 1 = working day, 0 = rest day, for base, base + 1, … */
  flags: Uint8Array;
  from: number;
  until: number;
}
const tables = new WeakMap<Calendar, DayTable>();

function tableOf(cal: Calendar): DayTable {
  let t = tables.get(cal);
  if (!t) {
    t = { base: 0, flags: new Uint8Array(0), from: toDayNumber(cal.coveredFrom), until: toDayNumber(cal.coveredUntil) };
    tables.set(cal, t);
  }
  return t;
}

const yearStart = (y: number) => Date.UTC(y, 0, 1) / 86_400_000;
const yearOfDay = (n: number) => new Date(n * 86_400_000).getUTCFullYear();

/** Grow the table (whole years) so that it holds day number n. */
function cover(cal: Calendar, t: DayTable, n: number): void {
  const end = t.base + t.flags.length;
  if (t.flags.length && n >= t.base && n < end) return;
  const lo = t.flags.length ? Math.min(t.base, yearStart(yearOfDay(n))) : yearStart(yearOfDay(n));
  const hi = t.flags.length ? Math.max(end, yearStart(yearOfDay(n) + 1)) : yearStart(yearOfDay(n) + 1);
  const flags = new Uint8Array(hi - lo);
  if (t.flags.length) flags.set(t.flags, t.base - lo);
  for (let d = lo; d < hi; d++) {
    if (t.flags.length && d >= t.base && d < end) continue;
    flags[d - lo] = cal.isWorkday(fromDayNumber(d)) ? 1 : 0;
  }
  t.base = lo;
  t.flags = flags;
}

function isWork(cal: Calendar, t: DayTable, n: number): boolean {
  if (n < t.base || n >= t.base + t.flags.length) cover(cal, t, n);
  return t.flags[n - t.base] === 1;
}

/** The N-th day (calendar) or N-th working day strictly after `anchor` (R2). */
export function addDays(anchor: IsoDate, n: number, unit: Unit, cal: Calendar): Walk {
  if (unit === 'calendar_day') {
    // Calendar days need no walk, but coverage still matters for any later working-day step.
    const d = fromDayNumber(toDayNumber(anchor) + n);
    return { date: d, provisional: n > 0 && outside(cal, d) };
  }
  if (!(n > 0)) return { date: anchor, provisional: false };
  const t = tableOf(cal);
  let d = toDayNumber(anchor);
  // every day walked over is (anchor, result]: provisional when that span leaves the data
  const first = d + 1;
  for (let k = 0; k < n; ) if (isWork(cal, t, ++d)) k++;
  return { date: fromDayNumber(d), provisional: first < t.from || d > t.until };
}

/** How long a pause is, in the clock's unit: calendar days, or the working days inside it. */
function pauseDays(p: Pause, unit: Unit, cal: Calendar): { days: number; provisional: boolean } {
  if (p.to < p.from) return { days: 0, provisional: false };
  if (unit === 'calendar_day') {
    return { days: toDayNumber(p.to) - toDayNumber(p.from) + 1, provisional: false };
  }
  const t = tableOf(cal);
  const a = toDayNumber(p.from),
    b = toDayNumber(p.to);
  let days = 0;
  for (let d = a; d <= b; d++) if (isWork(cal, t, d)) days++;
  return { days, provisional: a < t.from || b > t.until };
}

/** First working day on or after d (R4). */
export function rollForward(d: IsoDate, cal: Calendar): Walk {
  const t = tableOf(cal);
  const a = toDayNumber(d);
  let n = a;
  while (!isWork(cal, t, n)) n++;
  return { date: n === a ? d : fromDayNumber(n), provisional: a < t.from || n > t.until };
}

/** Last working day on or before d. */
export function lastWorkdayOnOrBefore(d: IsoDate, cal: Calendar): Walk {
  const t = tableOf(cal);
  const a = toDayNumber(d);
  let n = a;
  while (!isWork(cal, t, n)) n--;
  return { date: n === a ? d : fromDayNumber(n), provisional: n < t.from || a > t.until };
}

export function computeDeadline(input: DeadlineInput, cal: Calendar): DeadlineResult {
  const rollover = input.rollover ?? DEFAULT_ROLLOVER;
  const base = addDays(input.from, input.days, input.unit, cal);
  let due = base.date;
  let provisional = base.provisional;
  let paused = 0;
  // Counting starts the day after `from` (R2): a pause only extends the clock for the days it runs
  // after that; one wholly before the start is no pause of this clock at all.
  const start = nextDate(input.from);
  for (const whole of input.pauses ?? []) {
    if (whole.to < start) continue;
    const p = whole.from < start ? { from: start, to: whole.to } : whole;
    const len = pauseDays(p, input.unit, cal);
    provisional ||= len.provisional;
    paused += len.days;
    const w = addDays(due, len.days, input.unit, cal);
    due = w.date;
    provisional ||= w.provisional;
  }
  const ext = input.extendDays ?? 0;
  if (ext > 0) {
    const w = addDays(due, ext, 'calendar_day', cal);
    due = w.date;
    provisional ||= w.provisional;
  }
  let rolled = false;
  if (rollover[input.actor]) {
    const w = rollForward(due, cal);
    rolled = w.date !== due;
    due = w.date;
    provisional ||= w.provisional;
  }
  const act = lastWorkdayOnOrBefore(due, cal);
  provisional ||= act.provisional || outside(cal, due);
  return {
    from: input.from,
    days: input.days,
    unit: input.unit,
    actor: input.actor,
    base_due: base.date,
    paused_days: paused,
    extended_by: ext,
    due,
    act_by: act.date,
    rolled_over: rolled,
    provisional,
    calendar: { source: cal.source, covered_from: cal.coveredFrom, covered_until: cal.coveredUntil },
  };
}
