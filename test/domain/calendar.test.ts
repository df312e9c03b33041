// The working-day calendar (src/domain/calendar.ts): day kinds and names from the chinese-days data,
// coverage, provisional years, and the local override file (R-CAL-2).
import { describe, expect, it } from 'vitest';
import { buildCalendar, defaultCalendar, overrideProblems } from '../../src/domain/calendar.js';

describe('defaultCalendar', () => {
  const cal = defaultCalendar();

  it('is built once and shared', () => {
    expect(defaultCalendar()).toBe(cal);
    expect(cal.source).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    expect(cal.coveredFrom).toBe('2004-01-01');
    expect(cal.coveredUntil).toBe('2026-12-31');
  });

  it.each([
    ['2026-10-01', 'holiday', '国庆节', true], // the Chinese name out of "National Day,国庆节,3"
    ['2026-09-20', 'adjusted_workday', '国庆节', true], // a 调休 Sunday
    ['2026-02-14', 'adjusted_workday', '春节', true],
    ['2026-03-07', 'weekend', undefined, true],
    ['2026-03-08', 'weekend', undefined, true],
    ['2026-03-09', 'workday', undefined, true],
    ['2004-01-01', 'holiday', '元旦', true],
    ['2003-12-31', 'workday', undefined, false], // before the data: Mon–Fri is a guess
    ['2027-01-01', 'holiday', '元旦', false], // past the data: the law's holidays (provisional)
    ['2027-01-04', 'workday', undefined, false],
    ['2027-01-02', 'weekend', undefined, false],
  ])('%s is a %s (%s), covered %s', (d, kind, name, covered) => {
    expect(cal.dayInfo(d)).toEqual({ date: d, kind, covered, ...(name ? { name } : {}) });
    expect(cal.isWorkday(d)).toBe(kind === 'workday' || kind === 'adjusted_workday');
  });

  it('the statutory holidays are used only past the data, not to second-guess a covered year', () => {
    // 2026-01-01 is in the data; a year before the data gets no law-derived holidays either
    expect(cal.dayInfo('2003-10-01').kind).toBe('workday');
    expect(cal.dayInfo('2026-01-01').kind).toBe('holiday');
  });
});

describe('overrides (R-CAL-2)', () => {
  it('a holiday override turns a working or 调休 day into a holiday, and a workday override the reverse', () => {
    const o = defaultCalendar({ holidays: { '2026-03-09': '地方假日', '2026-09-20': '取消调休' }, workdays: { '2026-10-01': '特别安排', '2026-03-07': '补班' } });
    expect(o).not.toBe(defaultCalendar());
    expect(o.dayInfo('2026-03-09')).toEqual({ date: '2026-03-09', kind: 'holiday', name: '地方假日', covered: true });
    expect(o.dayInfo('2026-09-20')).toEqual({ date: '2026-09-20', kind: 'holiday', name: '取消调休', covered: true });
    expect(o.dayInfo('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'adjusted_workday', name: '特别安排', covered: true });
    expect(o.dayInfo('2026-03-07').kind).toBe('adjusted_workday');
    expect(o.source).toMatch(/^chinese-days@\S+ \+ calendar_overrides$/);
    // the shared calendar is untouched
    expect(defaultCalendar().dayInfo('2026-03-09').kind).toBe('workday');
    expect(defaultCalendar().dayInfo('2026-10-01').kind).toBe('holiday');
  });

  it('covered years extend coverage only when they follow on without a gap, in any order', () => {
    expect(defaultCalendar({ covered_years: [2028, 2027] }).coveredUntil).toBe('2028-12-31');
    expect(defaultCalendar({ covered_years: [2028] }).coveredUntil).toBe('2026-12-31');
    expect(defaultCalendar({ covered_years: [2026, 2027] }).coveredUntil).toBe('2027-12-31');
    expect(defaultCalendar({}).coveredUntil).toBe('2026-12-31');
    expect(defaultCalendar({ covered_years: [2027] }).dayInfo('2027-03-01').covered).toBe(true);
    expect(defaultCalendar({ covered_years: [2027] }).coveredFrom).toBe('2004-01-01');
  });

  it.each([
    [{}, []],
    [{ holidays: { '2027-01-01': '元旦' }, workdays: {}, covered_years: [2027] }, []],
    [null, ['must be an object with holidays, workdays, covered_years']],
    [[], ['must be an object with holidays, workdays, covered_years']],
    ['x', ['must be an object with holidays, workdays, covered_years']],
    [{ holidays: [] }, ['holidays must map YYYY-MM-DD to a name']],
    [{ workdays: 'x' }, ['workdays must map YYYY-MM-DD to a name']],
    [{ holidays: null }, ['holidays must map YYYY-MM-DD to a name']],
    [{ holidays: { '2027-02-30': 'x' } }, ['holidays.2027-02-30: a real date YYYY-MM-DD mapped to a name']],
    [{ workdays: { '2027-01-02': 1 } }, ['workdays.2027-01-02: a real date YYYY-MM-DD mapped to a name']],
    [{ covered_years: 2027 }, ['covered_years must be a list of years']],
    [{ covered_years: [2027.5] }, ['covered_years must be a list of years']],
    [{ covered_years: [] }, []],
    [{ years: [2027] }, ['unknown key years']],
    [{ holidays: [], workdays: { x: 'y' }, extra: 1 }, ['holidays must map YYYY-MM-DD to a name', 'workdays.x: a real date YYYY-MM-DD mapped to a name', 'unknown key extra']],
  ])('overrideProblems(%j)', (o, problems) => {
    expect(overrideProblems(o)).toEqual(problems);
  });
});

describe('buildCalendar', () => {
  it('a bare calendar: weekends rest, no provisional holidays, coverage from the years given', () => {
    const c = buildCalendar({ '2026-05-01': '劳动节' }, { '2026-05-09': '劳动节' }, { from: 2025, until: 2026 }, 'test');
    expect([c.coveredFrom, c.coveredUntil, c.source]).toEqual(['2025-01-01', '2026-12-31', 'test']);
    expect(c.dayInfo('2026-05-01')).toEqual({ date: '2026-05-01', kind: 'holiday', name: '劳动节', covered: true });
    expect(c.dayInfo('2026-05-09')).toEqual({ date: '2026-05-09', kind: 'adjusted_workday', name: '劳动节', covered: true });
    expect(c.dayInfo('2024-12-31').covered).toBe(false);
    expect(c.dayInfo('2025-01-01')).toEqual({ date: '2025-01-01', kind: 'workday', covered: true });
    expect(c.dayInfo('2027-01-01')).toEqual({ date: '2027-01-01', kind: 'workday', covered: false });
    expect(c.isWorkday('2026-05-01')).toBe(false);
    expect(c.isWorkday('2026-05-09')).toBe(true);
    expect(c.isWorkday('2026-05-10')).toBe(false);
  });

  it('provisional holidays are asked for the year of a day past the coverage only', () => {
    const asked: number[] = [];
    const c = buildCalendar({}, {}, { from: 2026, until: 2026 }, 'test', (y) => {
      asked.push(y);
      return new Map([[`${y}-03-02`, '测试节']]);
    });
    expect(c.dayInfo('2027-03-02')).toEqual({ date: '2027-03-02', kind: 'holiday', name: '测试节', covered: false });
    expect(c.dayInfo('2026-03-02').kind).toBe('workday');
    expect(c.dayInfo('2026-12-31').kind).toBe('workday');
    expect(asked).toEqual([2027]);
  });
});
