// The quarterly figures as pure arithmetic: periods, the definitions of the rates, event-dated
// counts, comparisons; and the invariants any set of cases must satisfy (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/ledger/case-facts.js';
import { niceScale } from '../../src/ledger/charts.js';
import { previousQuarter, quarterPeriod, scopePeriod } from '../../src/ledger/periods.js';
import { change, computeQuarterly, NO_UNIT } from '../../src/ledger/quarterly.js';
import { cellText, reportTables, summaryText } from '../../src/ledger/report-tables.js';

const base: CaseFacts = {
  case_no: 'X',
  register: 'letter',
  received_date: '2026-07-01',
  category: 'claim',
  channel: 'letter',
  via_agent: false,
  confidential: false,
  status: 'terminated',
  overdue: [],
  repeat: false,
};
const f = (o: Partial<CaseFacts>): CaseFacts => ({ ...base, ...o });
const handling = (state: 'met' | 'late' | 'overdue' | 'running' | 'paused' | 'ended') => ({
  slot: 'handling' as const,
  rule_id: 'DL-05',
  label_zh: '信访事项办结',
  due: '2026-09-01',
  act_by: '2026-09-01',
  state,
});
const opts = { office: '某局', year: 2026, quarter: 3, asOf: '2026-11-21' };

describe('periods', () => {
  it('quarters, their neighbours and the year', () => {
    expect(quarterPeriod(2026, 3)).toMatchObject({ id: '2026Q3', from: '2026-07-01', to: '2026-09-30', label_zh: '2026年第三季度' });
    expect(quarterPeriod(2024, 1).to).toBe('2024-03-31');
    expect(previousQuarter(2026, 1)).toMatchObject({ id: '2025Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(scopePeriod(2026)).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('computeQuarterly', () => {
  it('on-time rate counts only handling deadlines that have come due', () => {
    const q = computeQuarterly(
      [
        f({ first: handling('met') }),
        f({ first: handling('met') }),
        f({ first: handling('late') }),
        f({ first: handling('overdue') }),
        f({ first: handling('running') }),
        f({ first: handling('paused') }),
        // an intake decision is not a handling deadline
        f({ first: { ...handling('late'), slot: 'intake_notice' } }),
      ],
      opts,
    );
    expect(q.current.on_time).toMatchObject({ n: 2, of: 4, late: 1, overdue: 1, rate: 0.5 });
    expect(q.current.received).toBe(7);
  });

  it('satisfaction: unknown is never satisfied and stays out of the denominator', () => {
    const q = computeQuarterly([f({ satisfaction: 'satisfied' }), f({ satisfaction: 'basically_satisfied' }), f({ satisfaction: 'dissatisfied' }), f({}), f({})], opts);
    expect(q.current.satisfaction).toMatchObject({ n: 2, of: 3, unrated: 2, satisfied: 1, basically_satisfied: 1, dissatisfied: 1 });
    expect(q.current.satisfaction.rate).toBeCloseTo(2 / 3);
    expect(computeQuarterly([f({})], opts).current.satisfaction.rate).toBeNull();
  });

  it('extensions, reviews and re-reviews count by their own date; cohorts by received date', () => {
    const q = computeQuarterly(
      [
        f({ received_date: '2025-03-02', review_received: '2026-08-01', extension: { days: 30, date: '2026-07-05' } }),
        f({ received_date: '2026-05-02', rereview_received: '2026-07-30', review_received: '2026-06-10' }),
        f({ received_date: '2025-08-02', review_received: '2025-09-01' }),
      ],
      opts,
    );
    expect(q.current).toMatchObject({ received: 0, extensions: 1, reviews: 1, rereviews: 1 });
    expect(q.previous).toMatchObject({ received: 1, reviews: 1 });
    expect(q.last_year).toMatchObject({ received: 1, reviews: 1 });
  });

  it('breakdowns, repeat rate, units and the monthly series', () => {
    const q = computeQuarterly(
      [
        f({ received_date: '2026-07-03', channel: 'online', register: 'online', category: 'suggestion', handling_org: '甲局' }),
        f({ received_date: '2026-08-03', channel: 'fax', register: 'letter', repeat: true, handling_org: '甲局' }),
        f({ received_date: '2026-09-30', channel: 'visit', register: 'agent', via_agent: true, status: 'in_progress', confidential: true }),
        f({ received_date: '2026-10-01' }), // after the quarter: in no figure
        f({ received_date: '2025-02-01' }),
      ],
      opts,
    );
    const c = q.current;
    expect(c.received).toBe(3);
    expect(c.by_channel).toMatchObject({ online: 1, fax: 1, visit: 1, letter: 0, phone: 0 });
    expect(c.by_register).toEqual({ letter: 1, visit: 0, online: 1, agent: 1 });
    expect(c.by_category).toEqual({ suggestion: 1, accusation: 0, claim: 2 });
    expect(c.by_status).toEqual({ in_progress: 1, terminated: 2 });
    expect(c.by_unit).toEqual([
      { unit: '甲局', n: 2 },
      { unit: NO_UNIT, n: 1 },
    ]);
    expect(c.repeat).toMatchObject({ n: 1, of: 3 });
    expect(c.confidential).toBe(1);
    expect(q.monthly[0]!.counts).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, null, null, null]);
    expect(q.monthly[1]!.counts[1]).toBe(1);
  });

  it('invariants hold for any cases', () => {
    const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    const fact = fc
      .record({
        received_date: day,
        category: fc.constantFrom('suggestion', 'accusation', 'claim' as const),
        channel: fc.constantFrom('online', 'letter', 'phone', 'fax', 'visit' as const),
        state: fc.constantFrom('met', 'late', 'overdue', 'running', undefined),
        satisfaction: fc.constantFrom('satisfied', 'basically_satisfied', 'dissatisfied', undefined),
        repeat: fc.boolean(),
      })
      .map((r) =>
        f({
          received_date: r.received_date,
          category: r.category as CaseFacts['category'],
          channel: r.channel as CaseFacts['channel'],
          repeat: r.repeat,
          ...(r.state ? { first: handling(r.state as 'met') } : {}),
          ...(r.satisfaction ? { satisfaction: r.satisfaction as 'satisfied' } : {}),
        }),
      );
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 200 }), fc.integer({ min: 1, max: 4 }), (facts, quarter) => {
        const q = computeQuarterly(facts, { ...opts, quarter });
        for (const p of [q.current, q.previous, q.last_year]) {
          const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
          expect(sum(p.by_category)).toBe(p.received);
          expect(sum(p.by_channel)).toBe(p.received);
          expect(sum(p.by_register)).toBe(p.received);
          expect(sum(p.by_status as Record<string, number>)).toBe(p.received);
          expect(p.by_unit.reduce((a, u) => a + u.n, 0)).toBe(p.received);
          expect(p.on_time.n).toBeLessThanOrEqual(p.on_time.of);
          expect(p.satisfaction.of + p.satisfaction.unrated).toBe(p.received);
          for (const r of [p.on_time, p.satisfaction, p.repeat])
            if (r.rate !== null) {
              expect(r.rate).toBeGreaterThanOrEqual(0);
              expect(r.rate).toBeLessThanOrEqual(1);
            }
        }
        const months = q.monthly[0]!.counts.slice((quarter - 1) * 3, quarter * 3) as number[];
        expect(months.reduce((a, b) => a + b, 0)).toBe(q.current.received);
        // every table prints, and the summary always ends a sentence
        expect(reportTables(q).every((t) => t.rows.every((r) => r.length === t.header.length))).toBe(true);
        expect(summaryText(q).endsWith('。')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('formatting', () => {
  it('rates, changes and percentage points', () => {
    expect(cellText({ pct: 0.6667 })).toBe('66.7%');
    expect(cellText({ pct: null })).toBe('—');
    expect(cellText({ change: change(3, 4) })).toBe('-25.0%');
    expect(cellText({ change: change(3, 0) })).toBe('—');
    expect(cellText({ pp: 3.25 })).toBe('+3.3个百分点');
  });
  it('chart scales are round and cover the data', () => {
    expect(niceScale(0)).toEqual({ top: 5, step: 1 });
    expect(niceScale(3)).toEqual({ top: 3, step: 1 });
    expect(niceScale(47)).toEqual({ top: 50, step: 10 });
    expect(niceScale(12345)).toEqual({ top: 15000, step: 5000 });
  });
});
