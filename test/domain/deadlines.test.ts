import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendar } from '../../src/domain/calendar.js';
import { addMonths, weekday } from '../../src/domain/dates.js';
import { WORKED } from './worked-examples.js';
import { computeDeadline, lastWorkdayOnOrBefore, rollForward } from '../../src/domain/deadlines.js';

const cal = defaultCalendar();

describe('deadline engine: SPEC §5.3 worked examples', () => {
  for (const [from, days, unit, actor, extend, due, actBy] of WORKED) {
    it(`${from} + ${days} ${unit} (${actor}${extend ? ` +${extend}` : ''}) → ${due}`, () => {
      const r = computeDeadline({ from, days, unit: unit === 'workday' ? 'working_day' : 'calendar_day', actor, extendDays: extend }, cal);
      expect(r.due).toBe(due);
      expect(r.act_by).toBe(actBy);
      expect(r.provisional).toBe(false);
    });
  }
});

describe('deadline rules', () => {
  it('R2/R3: counting starts the next day and the N-th day is included', () => {
    expect(computeDeadline({ from: '2026-03-02', days: 1, unit: 'calendar_day', actor: 'organ' }, cal).due).toBe('2026-03-03');
    expect(computeDeadline({ from: '2026-03-02', days: 0, unit: 'calendar_day', actor: 'organ' }, cal).due).toBe('2026-03-02');
  });

  it('R4: an organ deadline on a rest day stays put and reports the last working day before it', () => {
    // 2026-10-01 is 国庆: organ due stays, act_by is 2026-09-30.
    const r = computeDeadline({ from: '2026-09-01', days: 30, unit: 'calendar_day', actor: 'organ' }, cal);
    expect([r.due, r.act_by, r.rolled_over]).toEqual(['2026-10-01', '2026-09-30', false]);
  });

  it("R6: a pause shifts the due date by the days paused, in the clock's unit", () => {
    const base = computeDeadline({ from: '2026-06-01', days: 30, unit: 'calendar_day', actor: 'organ' }, cal);
    const paused = computeDeadline({ from: '2026-06-01', days: 30, unit: 'calendar_day', actor: 'organ', pauses: [{ from: '2026-06-11', to: '2026-06-20' }] }, cal);
    expect(base.due).toBe('2026-07-01');
    expect(paused.paused_days).toBe(10);
    expect(paused.due).toBe('2026-07-11');
    // Working-day clock: 2026-06-11..20 holds 6 working days (19 Jun is 端午; 13–14 and 20 are weekend days).
    const wd = computeDeadline({ from: '2026-06-01', days: 5, unit: 'working_day', actor: 'organ', pauses: [{ from: '2026-06-11', to: '2026-06-20' }] }, cal);
    expect(wd.paused_days).toBe(6);
  });

  it('R10: a computation past the calendar data is provisional, inside it is not', () => {
    expect(computeDeadline({ from: '2026-12-20', days: 10, unit: 'working_day', actor: 'organ' }, cal).provisional).toBe(true);
    expect(computeDeadline({ from: '2026-12-10', days: 30, unit: 'calendar_day', actor: 'organ' }, cal).provisional).toBe(true);
    expect(computeDeadline({ from: '2026-11-01', days: 30, unit: 'calendar_day', actor: 'organ' }, cal).provisional).toBe(false);
  });

  it('R1: 调休 Saturdays count as working days, holidays on weekdays do not', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true); // Saturday, 调休
    expect(cal.isWorkday('2026-02-16')).toBe(false); // Monday, 春节
    expect(cal.isWorkday('2026-02-15')).toBe(false); // Sunday
    expect(cal.coveredUntil).toBe('2026-12-31');
  });

  it('R-CAL-2: a local override changes a day and can extend coverage', () => {
    const o = defaultCalendar({ holidays: { '2027-01-01': '元旦' }, covered_years: [2027] });
    expect(o.isWorkday('2027-01-01')).toBe(false);
    expect(o.coveredUntil).toBe('2027-12-31');
    expect(computeDeadline({ from: '2026-12-20', days: 10, unit: 'working_day', actor: 'organ' }, o).provisional).toBe(false);
  });

  it("R5: months end on the same day or the month's last day", () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
  });

  it('weekday arithmetic never depends on the local zone', () => {
    expect(weekday('2026-02-14')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
    const synthetic = buildCalendar({}, {}, { from: 2026, until: 2026 }, 'test');
    expect(synthetic.isWorkday('2026-02-14')).toBe(false);
  });
});

describe('pauses and coverage at the edges', () => {
  const organ = (over: Partial<Parameters<typeof computeDeadline>[0]>) => computeDeadline({ from: '2026-06-01', days: 30, unit: 'calendar_day', actor: 'organ', ...over }, cal);

  it('a one-day pause adds one day; a pause that ends before it begins adds none', () => {
    expect(organ({ pauses: [{ from: '2026-06-11', to: '2026-06-11' }] })).toMatchObject({ paused_days: 1, due: '2026-07-02', provisional: false });
    expect(organ({ pauses: [{ from: '2026-06-20', to: '2026-06-11' }] })).toMatchObject({ paused_days: 0, due: '2026-07-01', provisional: false });
    expect(organ({ unit: 'working_day', days: 5, pauses: [{ from: '2026-06-20', to: '2026-06-11' }] })).toMatchObject({ paused_days: 0, provisional: false });
  });

  it('a working-day pause counts its last day, and is not provisional inside the data', () => {
    // Thursday 2026-06-11 alone: one working day
    const r = organ({ unit: 'working_day', days: 5, pauses: [{ from: '2026-06-11', to: '2026-06-11' }] });
    expect([r.paused_days, r.provisional]).toEqual([1, false]);
    expect(organ({ unit: 'working_day', days: 5, pauses: [{ from: '2026-06-08', to: '2026-06-12' }] }).paused_days).toBe(5);
  });

  it('working days counted in a year past the data make the result provisional, even when the due date is inside it', () => {
    // the pause lies in 2027 (no data) and is counted in working days; the due date stays in 2026
    const r = computeDeadline({ from: '2026-11-02', days: 5, unit: 'working_day', actor: 'organ', pauses: [{ from: '2027-01-04', to: '2027-01-05' }] }, cal);
    expect(r.due < '2026-12-31').toBe(true);
    expect(r.paused_days).toBe(2);
    expect(r.provisional).toBe(true);
  });

  it('a working-day walk through days before the data is provisional, even when it ends inside it', () => {
    const r = computeDeadline({ from: '2003-12-29', days: 5, unit: 'working_day', actor: 'organ' }, cal);
    expect(r.due >= '2004-01-01').toBe(true);
    expect(r.provisional).toBe(true);
    expect(computeDeadline({ from: '2004-03-01', days: 5, unit: 'working_day', actor: 'organ' }, cal).provisional).toBe(false);
  });
});

describe('provisional at the edges of the data', () => {
  it('an act-by date walked back before the data is provisional though the due date is inside it', () => {
    // 2004-01-01 (元旦, the first day of the data) is due; the last working day before it is in 2003
    const r = computeDeadline({ from: '2003-12-02', days: 30, unit: 'calendar_day', actor: 'organ' }, cal);
    expect([r.due, r.act_by, r.provisional]).toEqual(['2004-01-01', '2003-12-31', true]);
  });

  it('a walk that left the data stays provisional after a pause counted inside it', () => {
    const r = computeDeadline({ from: '2003-12-29', days: 5, unit: 'working_day', actor: 'organ', pauses: [{ from: '2004-01-05', to: '2004-01-06' }] }, cal);
    expect(r.paused_days).toBe(2);
    expect(r.provisional).toBe(true);
  });

  it('rolling forward out of the data is provisional', () => {
    const c = buildCalendar({ '2026-12-31': '测试' }, {}, { from: 2026, until: 2026 }, 'test');
    expect(rollForward('2026-12-31', c)).toEqual({ date: '2027-01-01', provisional: true });
    expect(rollForward('2026-12-30', c)).toEqual({ date: '2026-12-30', provisional: false });
    expect(lastWorkdayOnOrBefore('2026-01-01', buildCalendar({ '2026-01-01': '元旦' }, {}, { from: 2026, until: 2026 }, 'test'))).toEqual({ date: '2025-12-31', provisional: true });
  });

  it('a pause on the first counted day counts; one ending the day before does not', () => {
    // counting starts 2026-06-02
    expect(computeDeadline({ from: '2026-06-01', days: 30, unit: 'calendar_day', actor: 'organ', pauses: [{ from: '2026-05-20', to: '2026-06-02' }] }, cal).paused_days).toBe(1);
    expect(computeDeadline({ from: '2026-06-01', days: 30, unit: 'calendar_day', actor: 'organ', pauses: [{ from: '2026-05-20', to: '2026-06-01' }] }, cal).paused_days).toBe(0);
  });
});
