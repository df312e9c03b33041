// Years past the holiday data: the law's own holidays are rest days (provisional), checked against the
// published data of the years it covers; pauses before a clock starts do not move it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/domain/calendar.js';
import { computeDeadline } from '../../src/domain/deadlines.js';
import { statutoryFestivals, statutoryHolidays } from '../../src/domain/statutory-holidays.js';

const cal = defaultCalendar();

describe('statutory holidays for years past the data', () => {
  it('the computed festival days are holidays in every published year (2008 on; 除夕 and 5.2 from 2025)', () => {
    let checked = 0;
    for (let y = 2008; y <= Number(cal.coveredUntil.slice(0, 4)); y++) {
      for (const f of statutoryFestivals(y)) {
        const days = y >= 2025 ? f.days : f.name === '春节' ? f.days.slice(1) : f.name === '劳动节' ? f.days.slice(0, 1) : f.days;
        for (const d of days) {
          // the data lists a festival day that falls on a weekend as a plain weekend
          expect(cal.isWorkday(d), `${y} ${f.name} ${d}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('2027: 元旦 is a rest day, marked provisional, and a window ending on it rolls to Monday', () => {
    expect(cal.coveredUntil < '2027-01-01').toBe(true);
    expect(cal.dayInfo('2027-01-01')).toMatchObject({ kind: 'holiday', name: '元旦', covered: false });
    expect(cal.isWorkday('2027-01-01')).toBe(false);
    // 2027: 正月初一 is 02-06 (除夕 02-05 … 初三 02-08); Saturday 02-06 and Sunday 02-07 are made up on 02-09 and 02-10.
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']) expect(cal.isWorkday(d), d).toBe(false);
    expect(cal.dayInfo('2027-02-10').name).toBe('春节（补假）');
    expect(cal.isWorkday('2027-02-11')).toBe(true);
    const w = computeDeadline({ from: '2026-12-02', days: 30, unit: 'calendar_day', actor: 'petitioner' }, cal);
    expect(w).toMatchObject({ base_due: '2027-01-01', due: '2027-01-04', rolled_over: true, provisional: true });
    const organ = computeDeadline({ from: '2026-12-25', days: 5, unit: 'working_day', actor: 'organ' }, cal);
    expect(organ.due).toBe('2027-01-04'); // 12-28..12-31 and 01-04, skipping 元旦
  });

  it('a holiday on a weekend is made up on the next working day (第六条)', () => {
    // 2028-01-01 is a Saturday: Monday 01-03 is the 补假 day.
    expect(statutoryHolidays(2028).get('2028-01-03')).toBe('元旦（补假）');
    expect(cal.isWorkday('2028-01-03')).toBe(false);
  });

  it("lunar dates do not depend on the machine's time zone", () => {
    const code = "const {Lunar}=require('lunar-typescript');console.log(Lunar.fromYmd(2031,1,1).getSolar().toYmd())";
    const out = ['UTC', 'America/New_York', 'Pacific/Kiritimati'].map((TZ) => spawnSync(process.execPath, ['-e', code], { env: { ...process.env, TZ }, encoding: 'utf8' }).stdout.trim());
    expect(out).toEqual(['2031-01-23', '2031-01-23', '2031-01-23']); // 正月初一 of 2031
    expect(statutoryHolidays(2031).get('2031-01-23')).toBe('春节');
  });
});

describe('pauses and the start of a clock', () => {
  it('a pause wholly before the clock starts does not extend it; one straddling the start counts from the start', () => {
    const base = computeDeadline({ from: '2026-03-02', days: 10, unit: 'calendar_day', actor: 'organ' }, cal);
    const before = computeDeadline({ from: '2026-03-02', days: 10, unit: 'calendar_day', actor: 'organ', pauses: [{ from: '2026-02-20', to: '2026-03-02' }] }, cal);
    expect(before.due).toBe(base.due);
    expect(before.paused_days).toBe(0);
    const straddle = computeDeadline({ from: '2026-03-02', days: 10, unit: 'calendar_day', actor: 'organ', pauses: [{ from: '2026-02-27', to: '2026-03-04' }] }, cal);
    expect(straddle.paused_days).toBe(2); // 03-03 and 03-04
  });
});

describe('the law-fixed festivals of a year past the data', () => {
  it('each festival has its days and its name (第二条), 春节 from 除夕 on four consecutive days', () => {
    const f = statutoryFestivals(2027);
    expect(f.map((x) => [x.name, x.days.length])).toEqual([
      ['元旦', 1],
      ['春节', 4],
      ['清明节', 1],
      ['劳动节', 2],
      ['端午节', 1],
      ['中秋节', 1],
      ['国庆节', 3],
    ]);
    const spring = f[1]!.days;
    for (let i = 1; i < 4; i++) expect(new Date(spring[i]!).getTime() - new Date(spring[i - 1]!).getTime()).toBe(86_400_000);
    expect(f[2]!.days[0]!.slice(0, 7)).toBe('2027-04');
    for (const x of f.slice(4, 6)) expect(x.days[0]! > '2027-05-02' && x.days[0]! < '2027-10-01').toBe(true);
  });

  it('a weekend holiday day is owed exactly one make-up day, and the map is cached per year', () => {
    const h = statutoryHolidays(2028); // 2028-01-01 is a Saturday
    expect([...h.values()].filter((n) => n === '元旦（补假）')).toHaveLength(1);
    expect(statutoryHolidays(2028)).toBe(h);
    // every festival day is a rest day (in 2028 中秋 falls on 10-03, inside 国庆, and is listed under 国庆节)
    for (const f of statutoryFestivals(2028)) for (const d of f.days) expect(h.has(d)).toBe(true);
  });
});
