// The make-up days (补假) of 《全国年节及纪念日放假办法》第六条 for years past the published data
// (src/domain/statutory-holidays.ts). statutoryHolidays caches each year, so every test reads a fresh
// module: what it asserts is computed inside it.
import { describe, expect, it } from 'vitest';
import { freshImport } from './fresh-module.js';

const holidays = async () => (await freshImport(() => import('../../src/domain/statutory-holidays.js'))).statutoryHolidays;
const makeUpDays = (m: ReadonlyMap<string, string>) => [...m].filter(([, n]) => n.endsWith('（补假）')).sort();

describe('第六条: a holiday day on a Saturday or Sunday is made up on the next working day', () => {
  it('2028: 元旦 on a Saturday, 端午 on a Sunday, 国庆 starting on a Sunday; weekday holidays owe nothing', async () => {
    const h = (await holidays())(2028);
    // 01-01 Sat → Sunday 01-02 is a weekend too → Monday 01-03; 05-28 Sun → 05-29 Mon;
    // 10-01 Sun → after 10-02, 10-03 (中秋 falls on 10-03 too) → Wednesday 10-04.
    // 春节 (01-25 … 01-28, Tue–Fri), 清明 (04-04 Tue), 劳动节 (05-01 Mon, 05-02 Tue) fall on weekdays.
    expect(makeUpDays(h)).toEqual([
      ['2028-01-03', '元旦（补假）'],
      ['2028-05-29', '端午节（补假）'],
      ['2028-10-04', '国庆节（补假）'],
    ]);
    // the weekend itself is no holiday of the map, and the make-up day is not a weekend
    expect(h.has('2028-01-02')).toBe(false);
    expect(h.get('2028-01-01')).toBe('元旦');
  });

  it('2027: two weekend days of 春节 (and of 劳动节, of 国庆) owe two make-up days, one after the other', async () => {
    const h = (await holidays())(2027);
    // 春节 2027-02-05 (Fri) … 02-08 (Mon): Saturday 02-06 and Sunday 02-07 → Tuesday 02-09 and Wednesday 02-10.
    // 元旦 (Fri), 清明 04-05 (Mon), 端午 06-09 (Wed), 中秋 09-15 (Wed) owe nothing;
    // 劳动节 05-01 Sat, 05-02 Sun → Monday 05-03 and Tuesday 05-04;
    // 国庆 10-01 Fri, 10-02 Sat, 10-03 Sun → Monday 10-04 and Tuesday 10-05.
    expect(makeUpDays(h)).toEqual([
      ['2027-02-09', '春节（补假）'],
      ['2027-02-10', '春节（补假）'],
      ['2027-05-03', '劳动节（补假）'],
      ['2027-05-04', '劳动节（补假）'],
      ['2027-10-04', '国庆节（补假）'],
      ['2027-10-05', '国庆节（补假）'],
    ]);
  });
});
