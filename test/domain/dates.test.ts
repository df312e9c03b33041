// Civil-date helpers (src/domain/dates.ts): validity, day arithmetic, month ends, the Shanghai day.
import { describe, expect, it } from 'vitest';
import { freshImport } from './fresh-module.js';
import { addCalendarDays, addMonths, daysBetween, isIsoDate, maxDate, minDate, todayInShanghai, toDayNumber } from '../../src/domain/dates.js';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true], // leap day
    ['2025-12-31', true],
    ['2025-02-29', false], // no leap day: Date.UTC rolls it to 1 March, the day differs
    ['2025-04-31', false],
    ['2025-13-01', false], // month 13 rolls into the next year: month and year differ
    ['2025-00-10', false], // month 0 rolls back into December of the year before
    ['0050-01-01', false], // Date.UTC maps years 0–99 to 1900–1999: refused, never shifted by 1900 years
    ['2025-1-01', false],
    ['2025-01-01T00:00', false],
    ['x2025-01-01', false], // anchored at both ends
    ['', false],
    [20250101, false],
    [null, false],
    [undefined, false],
    [new Date('2025-01-01'), false],
    [['2025-01-01'], false], // an array whose text is a date is still not a date
  ])('%j → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});

describe('day arithmetic', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
    expect(toDayNumber('1970-01-02')).toBe(1);
  });

  it('refuses what is not an ISO date instead of computing with NaN', () => {
    expect(() => toDayNumber('2025/01/01')).toThrow(RangeError);
    expect(() => toDayNumber('2025/01/01')).toThrow('not an ISO date: 2025/01/01');
    expect(() => addMonths('1 March', 1)).toThrow(RangeError);
    expect(() => addMonths('1 March', 1)).toThrow('not an ISO date: 1 March');
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'], // no 31 February: the month's last day (MFD §202)
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-05-31', 1, '2025-06-30'],
  ])('addMonths(%s, %i) = %s', (d, n, out) => {
    expect(addMonths(d, n)).toBe(out);
  });
});

describe('maxDate / minDate', () => {
  it.each([
    ['2025-01-01', '2025-01-02', '2025-01-02', '2025-01-01'],
    ['2025-01-02', '2025-01-01', '2025-01-02', '2025-01-01'],
    ['2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01'],
  ])('(%s, %s) → max %s, min %s', (a, b, max, min) => {
    expect(maxDate(a, b)).toBe(max);
    expect(minDate(a, b)).toBe(min);
  });
});

describe('todayInShanghai', () => {
  it.each([
    ['2025-01-01T15:59:59.999Z', '2025-01-01'], // 23:59:59 in Shanghai
    ['2025-01-01T16:00:00.000Z', '2025-01-02'], // Shanghai midnight
    ['2024-12-31T23:00:00.000Z', '2025-01-01'],
  ])('%s → %s', (instant, day) => {
    expect(todayInShanghai(new Date(instant))).toBe(day);
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayInShanghai())).toBe(true);
  });
});

// The date pattern is a module constant, built once when the module first loads; only a fresh copy
// shows what the test's own build of it accepts (see fresh-module.ts).
describe('the ISO pattern, in a fresh module', () => {
  it('anchors both ends and refuses years the UTC clock maps to 1900–1999', async () => {
    const d = await freshImport(() => import('../../src/domain/dates.js'));
    expect(['2025-01-01', 'x2025-01-01', '2025-01-01x', '0050-01-01'].map((s) => d.isIsoDate(s))).toEqual([true, false, false, false]);
    expect(() => d.toDayNumber('2025-01-01 ')).toThrow(RangeError);
    expect(d.toDayNumber('1970-01-02')).toBe(1);
  });
});
