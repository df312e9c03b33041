// The deadline engine's table walk (src/domain/deadlines.ts, issue 16) against the straightforward
// day-by-day walk over date strings it replaced, on random anchors, spans, units, pauses and
// extensions from 2004 to 2032: published years, the years before the data, provisional years past
// it (statutory holidays only) and a calendar with local overrides. Any difference fails.
import { describe, expect, it } from 'vitest';
import { buildCalendar, type Calendar, defaultCalendar } from '../../src/domain/calendar.js';
import { addCalendarDays, fromDayNumber, type IsoDate, nextDate, prevDate, toDayNumber } from '../../src/domain/dates.js';
import { addDays, computeDeadline, DEFAULT_ROLLOVER, type DeadlineInput, type Pause, rollForward, lastWorkdayOnOrBefore, type Unit } from '../../src/domain/deadlines.js';

// --- the reference: the engine as it was, walking one date string at a time -------------------
const outside = (cal: Calendar, d: IsoDate) => d > cal.coveredUntil || d < cal.coveredFrom;
function refAdd(anchor: IsoDate, n: number, unit: Unit, cal: Calendar) {
  let d = anchor,
    k = 0,
    provisional = false;
  if (unit === 'calendar_day') {
    d = addCalendarDays(anchor, n);
    return { date: d, provisional: n > 0 && outside(cal, d) };
  }
  while (k < n) {
    d = nextDate(d);
    if (outside(cal, d)) provisional = true;
    if (cal.isWorkday(d)) k++;
  }
  return { date: d, provisional };
}
function refPause(p: Pause, unit: Unit, cal: Calendar) {
  if (p.to < p.from) return { days: 0, provisional: false };
  if (unit === 'calendar_day') return { days: toDayNumber(p.to) - toDayNumber(p.from) + 1, provisional: false };
  let days = 0,
    provisional = false;
  for (let d = p.from; d <= p.to; d = nextDate(d)) {
    if (outside(cal, d)) provisional = true;
    if (cal.isWorkday(d)) days++;
  }
  return { days, provisional };
}
function refRoll(d: IsoDate, cal: Calendar) {
  let provisional = outside(cal, d);
  while (!cal.isWorkday(d)) {
    d = nextDate(d);
    if (outside(cal, d)) provisional = true;
  }
  return { date: d, provisional };
}
function refBack(d: IsoDate, cal: Calendar) {
  let provisional = outside(cal, d);
  while (!cal.isWorkday(d)) {
    d = prevDate(d);
    if (outside(cal, d)) provisional = true;
  }
  return { date: d, provisional };
}
function refDeadline(input: DeadlineInput, cal: Calendar) {
  const rollover = input.rollover ?? DEFAULT_ROLLOVER;
  const base = refAdd(input.from, input.days, input.unit, cal);
  let due = base.date;
  let provisional = base.provisional;
  let paused = 0;
  const start = nextDate(input.from);
  for (const whole of input.pauses ?? []) {
    if (whole.to < start) continue;
    const p = whole.from < start ? { from: start, to: whole.to } : whole;
    const len = refPause(p, input.unit, cal);
    provisional ||= len.provisional;
    paused += len.days;
    const w = refAdd(due, len.days, input.unit, cal);
    due = w.date;
    provisional ||= w.provisional;
  }
  const ext = input.extendDays ?? 0;
  if (ext > 0) {
    const w = refAdd(due, ext, 'calendar_day', cal);
    due = w.date;
    provisional ||= w.provisional;
  }
  let rolled = false;
  if (rollover[input.actor]) {
    const w = refRoll(due, cal);
    rolled = w.date !== due;
    due = w.date;
    provisional ||= w.provisional;
  }
  const act = refBack(due, cal);
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

// --- random inputs (seeded: a failure is reproducible) ----------------------------------------
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
const LO = toDayNumber('2004-01-01'),
  HI = toDayNumber('2032-12-31');

function calendars(): [string, () => Calendar][] {
  return [
    ['published data + statutory holidays past it', () => defaultCalendar()],
    [
      'with calendar_overrides (a special rest day, a made-up workday, one more covered year)',
      () => {
        const until = Number(defaultCalendar().coveredUntil.slice(0, 4));
        return defaultCalendar({
          holidays: { [`${until}-03-10`]: '特别安排', [`${until + 1}-06-15`]: '地方节日' },
          workdays: { [`${until}-10-03`]: '调休', [`${until + 1}-01-04`]: '调休' },
          covered_years: [until + 1],
        });
      },
    ],
    ['a bare Mon–Fri calendar covering 2010–2020', () => buildCalendar({ '2015-05-01': '劳动节' }, { '2015-05-03': '调休' }, { from: 2010, until: 2020 }, 'test')],
  ];
}

describe('deadline table walk = day-by-day walk', () => {
  for (const [what, make] of calendars()) {
    it(what, () => {
      const cal = make();
      const r = rng(16 + what.length);
      const day = () => fromDayNumber(LO + Math.floor(r() * (HI - LO)));
      for (let i = 0; i < 3000; i++) {
        const d = day();
        const unit: Unit = r() < 0.6 ? 'working_day' : 'calendar_day';
        const n = [0, 1, 2, 5, 7, 10, 15, 30, 60, 90, 250, 400][Math.floor(r() * 12)]!;
        expect(addDays(d, n, unit, cal), `addDays(${d}, ${n}, ${unit})`).toEqual(refAdd(d, n, unit, cal));
        expect(rollForward(d, cal), `rollForward(${d})`).toEqual(refRoll(d, cal));
        expect(lastWorkdayOnOrBefore(d, cal), `lastWorkdayOnOrBefore(${d})`).toEqual(refBack(d, cal));
        const pauses: Pause[] = [];
        for (let k = Math.floor(r() * 3); k > 0; k--) {
          const from = addCalendarDays(d, Math.floor(r() * 80) - 10);
          pauses.push({ from, to: addCalendarDays(from, Math.floor(r() * 40) - 3) });
        }
        const input: DeadlineInput = {
          from: d,
          days: n,
          unit,
          actor: r() < 0.5 ? 'organ' : 'petitioner',
          ...(r() < 0.3 ? { extendDays: Math.floor(r() * 60) } : {}),
          ...(pauses.length ? { pauses } : {}),
          ...(r() < 0.2 ? { rollover: { petitioner: r() < 0.5, organ: r() < 0.5 } } : {}),
        };
        expect(computeDeadline(input, cal), JSON.stringify(input)).toEqual(refDeadline(input, cal));
      }
    });
  }

  it('the date conversions stay exact across the cache (every day 1899–2201)', () => {
    const wrong: string[] = [];
    for (let n = toDayNumber('1899-12-01'); n <= toDayNumber('2201-01-31'); n++) {
      const s = new Date(n * 86_400_000).toISOString().slice(0, 10);
      // twice each: the miss and the cached hit
      for (let k = 0; k < 2; k++) if (fromDayNumber(n) !== s || toDayNumber(s) !== n) wrong.push(`${n} ${s}`);
    }
    expect(wrong).toEqual([]);
  });
});
