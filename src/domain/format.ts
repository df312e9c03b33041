// How dates and numbers are printed in Chinese documents (GB/T 9704 7.3.5: Arabic numerals, full
// year, no zero padding), and how a message names a character.
import type { IsoDate } from './dates.js';
import { weekday } from './dates.js';

export function formatDateZh(d: IsoDate | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${Number(y)}年${Number(m)}月${Number(day)}日`;
}

/** 2027-01-26 09:30 → 2027年1月26日9时30分 (a hearing's start and end); the day is left out when it
 *  is `sameDayAs`'s (…9时30分至11时45分); text that is no date and time stays as written. */
export function formatDateTimeZh(s: string | undefined, sameDayAs?: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec((s ?? '').trim());
  if (!m) return s ?? '';
  if (m[2] === undefined) return formatDateZh(m[1]);
  const day = sameDayAs?.trim().startsWith(m[1]!) ? '' : formatDateZh(m[1]);
  return `${day}${Number(m[2])}时${m[3] === '00' ? '' : `${Number(m[3])}分`}`;
}

/** 1958-04 → 1958年4月 (birth months). */
export function formatMonthZh(m: string | undefined): string {
  const x = /^(\d{4})-(\d{2})$/.exec(m ?? '');
  return x ? `${Number(x[1])}年${Number(x[2])}月` : (m ?? '');
}

const WEEKDAY_ZH = ['日', '一', '二', '三', '四', '五', '六'];
export function weekdayZh(d: IsoDate): string {
  return `周${WEEKDAY_ZH[weekday(d)]}`;
}

const NUM_ZH = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 21 → 二十一 (for 第一联, list numbering). */
export function numberZh(n: number): string {
  if (n <= 10) return NUM_ZH[n] ?? String(n);
  if (n < 20) return `十${NUM_ZH[n - 10]}`;
  if (n < 100) return `${NUM_ZH[Math.floor(n / 10)]}十${n % 10 ? NUM_ZH[n % 10] : ''}`;
  return String(n);
}

/** 'é' → U+00E9, '𰀀' → U+30000: how every message names a character (a control, a glyph no font has). */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
