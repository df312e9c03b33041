// The holidays of 《全国年节及纪念日放假办法》 (as amended by 国务院令第795号, in force 2025-01-01), for
// years the published holiday data does not cover yet. The State Council's yearly notice decides the
// real arrangement (调休 blocks); until it is published these are the days the law itself fixes, so a
// provisional deadline never counts 元旦 or 春节 as a working day.
//   第二条: 元旦 1.1; 春节 除夕–正月初三; 清明节 (the 清明 solar term); 劳动节 5.1–5.2; 端午节 五月初五;
//           中秋节 八月十五; 国庆节 10.1–10.3.
//   第六条: a holiday of all citizens falling on a Saturday or Sunday is made up on a working day (补假):
//           here, the first working day after the holiday's days.
// Lunar dates come from lunar-typescript (pure arithmetic; chinese-days' lunar helpers parse dates in
// the machine's time zone and shift a day west of UTC).
import { createRequire } from 'node:module';
import { addCalendarDays, type IsoDate, weekday } from './dates.js';

// loaded on first use: only dates past the published data need it, and it is 430 KB of code to
// compile on every start otherwise
type LunarLib = typeof import('lunar-typescript');
let lunarLib: LunarLib | undefined;
const lunar = (): LunarLib => (lunarLib ??= createRequire(import.meta.url)('lunar-typescript') as LunarLib);

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;
const lunarToSolar = (y: number, m: number, d: number): IsoDate => lunar().Lunar.fromYmd(y, m, d).getSolar().toYmd();
const isWeekend = (d: IsoDate) => {
  const w = weekday(d);
  return w === 0 || w === 6;
};

/** The holidays' days of a year, each listed with its festival's name (no 补假 days). */
export function statutoryFestivals(year: number): { name: string; days: IsoDate[] }[] {
  const newYear = lunarToSolar(year, 1, 1);
  const qingming = lunar().Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()['清明']!.toYmd();
  return [
    { name: '元旦', days: [ymd(year, 1, 1)] },
    { name: '春节', days: [addCalendarDays(newYear, -1), newYear, addCalendarDays(newYear, 1), addCalendarDays(newYear, 2)] },
    { name: '清明节', days: [qingming] },
    { name: '劳动节', days: [ymd(year, 5, 1), ymd(year, 5, 2)] },
    { name: '端午节', days: [lunarToSolar(year, 5, 5)] },
    { name: '中秋节', days: [lunarToSolar(year, 8, 15)] },
    { name: '国庆节', days: [ymd(year, 10, 1), ymd(year, 10, 2), ymd(year, 10, 3)] },
  ];
}

const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

/** Rest days the law fixes for `year` (holidays and their 补假 days), date → name. */
export function statutoryHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const out = new Map<IsoDate, string>();
  const list = statutoryFestivals(year);
  for (const f of list) for (const d of f.days) out.set(d, f.name);
  // 补假 after all holidays are known, so a make-up day never lands on another holiday or a weekend.
  for (const f of list) {
    const owed = f.days.filter(isWeekend).length;
    let d = f.days[f.days.length - 1]!;
    for (let k = 0; k < owed; ) {
      d = addCalendarDays(d, 1);
      if (isWeekend(d) || out.has(d)) continue;
      out.set(d, `${f.name}（补假）`);
      k++;
    }
  }
  cache.set(year, out);
  return out;
}
