// How defaultCalendar is built (src/domain/calendar.ts): the Chinese names out of the chinese-days
// data, coverage to the last day of the data, one shared calendar without overrides. The shared
// calendar is built once per module, so these tests build it in a fresh module.
import { describe, expect, it } from 'vitest';
import { freshImport } from './fresh-module.js';

const fresh = () => freshImport(() => import('../../src/domain/calendar.js'));

describe('defaultCalendar, built from the data', () => {
  it('names holidays and 调休 days in Chinese, the second field of "English,中文,days"', async () => {
    const cal = (await fresh()).defaultCalendar();
    expect(cal.dayInfo('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', covered: true });
    expect(cal.dayInfo('2026-02-14')).toEqual({ date: '2026-02-14', kind: 'adjusted_workday', name: '春节', covered: true });
  });

  it('without overrides: no override mark in its source, and one calendar shared by every caller', async () => {
    const { defaultCalendar } = await fresh();
    const cal = defaultCalendar();
    expect(cal.source).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    expect(defaultCalendar()).toBe(cal);
    expect(defaultCalendar({})).not.toBe(cal);
  });

  it('the last day of the data is covered, the next one is provisional', async () => {
    const cal = (await fresh()).defaultCalendar();
    expect(cal.coveredUntil).toBe('2026-12-31');
    expect(cal.dayInfo('2026-12-31').covered).toBe(true);
    expect(cal.dayInfo('2027-01-01').covered).toBe(false);
  });
});
