// Quarterly statistics (seed 001: 按季度统计…写出信访情况分析报告): pure arithmetic over case facts.
// Definitions (also printed in the report):
//   as of            the quarter's last day (or --as-of): only events dated on or before it count, so
//                    a report on a past quarter gives the same figures however late it is run.
//   cohort           cases received (收到日期) in the period and registered by the as-of day; counts
//                    by category, channel, register, status (as of that day) and unit are over it.
//   按期办结率        of the cohort's accepted (or online) matters whose handling deadline has come due
//                    by the as-of day — closed in time, closed late, or open past their act-by day —
//                    the share closed in time. Matters still running within their deadline are left out.
//   满意率            SATISFACTION_RATE (src/domain/rules/statistics.ts): its definition is printed,
//                    its ratingOf and counted are what is computed.
//   重复信访率        cohort cases whose fingerprint (normalised request, facts and reasons) equals a
//                    case received earlier, over the cohort.
//   延期/复查/复核     counted by their own date in the period (extension notice date, date the review
//                    or re-review application was received), whenever the case was received.
import type { IsoDate } from '../domain/dates.js';
import { SATISFACTION_RATE } from '../domain/rules/statistics.js';
import { CASE_STATUS, CATEGORY, CHANNEL, enumKeys, type CaseStatus } from '../domain/enums.js';
import { HANDLING_SLOTS, type CaseFacts } from './case-facts.js';
import { inPeriod, monthOf, previousQuarter, quarterPeriod, type Period } from './periods.js';
import { REGISTERS, type RegisterId } from './registers.js';

type Category = keyof typeof CATEGORY;
type Channel = keyof typeof CHANNEL;

export interface Rate {
  n: number;
  of: number;
  rate: number | null;
}

export interface PeriodFigures {
  period: Period;
  received: number;
  confidential: number;
  by_category: Record<Category, number>;
  by_channel: Record<Channel, number>;
  by_register: Record<RegisterId, number>;
  by_status: Partial<Record<CaseStatus, number>>;
  by_unit: { unit: string; n: number }[];
  on_time: Rate & { late: number; overdue: number };
  satisfaction: Rate & { satisfied: number; basically_satisfied: number; dissatisfied: number; unrated: number };
  repeat: Rate;
  extensions: number;
  reviews: number;
  rereviews: number;
}

export interface MonthlySeries {
  year: number /** received per month; null after the report's last month */;
  counts: (number | null)[];
}

export interface QuarterlyFigures {
  office: string;
  year: number;
  quarter: number;
  as_of: IsoDate;
  current: PeriodFigures;
  previous: PeriodFigures;
  last_year: PeriodFigures;
  monthly: MonthlySeries[];
}

export const NO_UNIT = '（未指定）';

export function rate(n: number, of: number): Rate {
  return { n, of, rate: of ? n / of : null };
}

function zeros<K extends string>(keys: K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

class PeriodTally {
  received = 0;
  confidential = 0;
  repeat = 0;
  byCategory = zeros(enumKeys(CATEGORY));
  byChannel = zeros(enumKeys(CHANNEL));
  byRegister = zeros(REGISTERS.map((r) => r.id));
  byStatus = new Map<CaseStatus, number>();
  byUnit = new Map<string, number>();
  met = 0;
  late = 0;
  overdue = 0;
  sat = { satisfied: 0, basically_satisfied: 0, dissatisfied: 0 };
  extensions = 0;
  reviews = 0;
  rereviews = 0;

  constructor(
    readonly period: Period,
    readonly asOf: IsoDate,
  ) {}

  add(f: CaseFacts): void {
    const p = this.period;
    // nothing dated after the as-of day counts (the facts are read as of it; this holds it for any caller)
    const by = (d: IsoDate | undefined) => inPeriod(d, p) && d! <= this.asOf;
    if (by(f.extension?.date)) this.extensions++;
    if (by(f.review_received)) this.reviews++;
    if (by(f.rereview_received)) this.rereviews++;
    if (!by(f.received_date)) return;
    this.received++;
    if (f.confidential) this.confidential++;
    if (f.repeat) this.repeat++;
    this.byCategory[f.category]++;
    this.byChannel[f.channel]++;
    this.byRegister[f.register]++;
    this.byStatus.set(f.status, (this.byStatus.get(f.status) ?? 0) + 1);
    const unit = f.handling_org ?? NO_UNIT;
    this.byUnit.set(unit, (this.byUnit.get(unit) ?? 0) + 1);
    if (f.first && HANDLING_SLOTS.has(f.first.slot)) {
      if (f.first.state === 'met') this.met++;
      else if (f.first.state === 'late') this.late++;
      else if (f.first.state === 'overdue') this.overdue++;
    }
    if (f.satisfaction) this.sat[f.satisfaction]++;
  }

  figures(): PeriodFigures {
    const rated = this.sat.satisfied + this.sat.basically_satisfied + this.sat.dissatisfied;
    const byStatus: Partial<Record<CaseStatus, number>> = {};
    for (const s of enumKeys(CASE_STATUS)) {
      const n = this.byStatus.get(s);
      if (n) byStatus[s] = n;
    }
    return {
      period: this.period,
      received: this.received,
      confidential: this.confidential,
      by_category: this.byCategory,
      by_channel: this.byChannel,
      by_register: this.byRegister,
      by_status: byStatus,
      by_unit: [...this.byUnit].map(([unit, n]) => ({ unit, n })).sort((a, b) => b.n - a.n || a.unit.localeCompare(b.unit, 'zh')),
      on_time: { ...rate(this.met, this.met + this.late + this.overdue), late: this.late, overdue: this.overdue },
      satisfaction: {
        ...rate(
          SATISFACTION_RATE.counted.reduce((n, r) => n + this.sat[r], 0),
          rated,
        ),
        ...this.sat,
        unrated: this.received - rated,
      },
      repeat: rate(this.repeat, this.received),
      extensions: this.extensions,
      reviews: this.reviews,
      rereviews: this.rereviews,
    };
  }
}

/** The dates a quarterly report must read: the cohorts it compares and the monthly trend. */
export function quarterlyScope(year: number, quarter: number): { current: Period; previous: Period; last_year: Period; from: IsoDate; to: IsoDate } {
  const current = quarterPeriod(year, quarter);
  const previous = previousQuarter(year, quarter);
  const last_year = quarterPeriod(year - 1, quarter);
  return { current, previous, last_year, from: `${year - 1}-01-01`, to: current.to };
}

/** `monthCounts` ('YYYY-MM' → received) replaces counting the months from the facts, so a caller
 *  can read the trend from an index and pass only the compared periods' cases as facts. */
export function computeQuarterly(facts: Iterable<CaseFacts>, opts: { office: string; year: number; quarter: number; asOf: IsoDate; monthCounts?: Map<string, number> }): QuarterlyFigures {
  const scope = quarterlyScope(opts.year, opts.quarter);
  const tallies = [new PeriodTally(scope.current, opts.asOf), new PeriodTally(scope.previous, opts.asOf), new PeriodTally(scope.last_year, opts.asOf)] as const;
  const lastMonth = opts.quarter * 3;
  const months = new Map<number, number[]>([
    [opts.year, new Array<number>(12).fill(0)],
    [opts.year - 1, new Array<number>(12).fill(0)],
  ]);
  for (const f of facts) {
    for (const t of tallies) t.add(f);
    const m = months.get(Number(f.received_date.slice(0, 4)));
    if (!opts.monthCounts && m && f.received_date <= scope.to && f.received_date <= opts.asOf) m[monthOf(f.received_date) - 1]!++;
  }
  if (opts.monthCounts) {
    for (const [y, counts] of months) for (let i = 0; i < 12; i++) counts[i] = opts.monthCounts.get(`${y}-${String(i + 1).padStart(2, '0')}`) ?? 0;
  }
  return {
    office: opts.office,
    year: opts.year,
    quarter: opts.quarter,
    as_of: opts.asOf,
    current: tallies[0].figures(),
    previous: tallies[1].figures(),
    last_year: tallies[2].figures(),
    monthly: [
      { year: opts.year, counts: months.get(opts.year)!.map((n, i) => (i < lastMonth ? n : null)) },
      { year: opts.year - 1, counts: months.get(opts.year - 1)! },
    ],
  };
}

/** Change against a base, as a fraction (null when the base is 0). */
export function change(now: number, base: number): number | null {
  return base ? (now - base) / base : null;
}
