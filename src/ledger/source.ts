// Reading cases out of the register for the ledger and the statistics: the register's streaming
// queries (src/registry/queries/ledger.ts), each row with its repeat-petition flag, plus its facts.
import type { CaseRecord } from '../domain/case.js';
import type { Registry } from '../registry/registry.js';
import type { LedgerCaseRow, LedgerSheetFilter } from '../registry/store.js';
import { caseFacts, type CaseFacts } from './case-facts.js';
import type { Period } from './periods.js';

export interface SourcedCase {
  record: CaseRecord;
  facts: CaseFacts;
}

/** One register sheet's cases received in a period, in received order, one at a time. */
export function* sheetCases(reg: Registry, period: Period, filter: LedgerSheetFilter): Generator<SourcedCase> {
  yield* withFacts(reg, reg.ledger.sheetCases(period, filter));
}

function* withFacts(reg: Registry, rows: Iterable<LedgerCaseRow>): Generator<SourcedCase> {
  for (const row of rows) {
    const record = JSON.parse(row.record) as CaseRecord;
    yield { record, facts: caseFacts(record, reg.clocksOf(record), reg.today, row.repeat) };
  }
}

/** How far back a case's extension, review or re-review may lie behind its receipt. Applications
 *  come within 30 days of service (R9 lets a window run from when the petitioner knew: years, at most). */
export const EVENT_LOOKBACK_YEARS = 5;

/** Every case a quarterly report's tallies need: the cohorts received in the compared periods (by the
 *  received-date index), plus earlier cases whose extension, review or re-review falls in them. */
export function* quarterlyFacts(reg: Registry, periods: Period[]): Generator<CaseFacts> {
  const from = periods.map((p) => p.from).sort()[0]!,
    to = periods
      .map((p) => p.to)
      .sort()
      .at(-1)!;
  const lookback = `${Number(from.slice(0, 4)) - EVENT_LOOKBACK_YEARS}${from.slice(4)}`;
  for (const s of withFacts(reg, reg.ledger.quarterlyCases(periods, { from, to }, lookback))) yield s.facts;
}

/** Cases received per month ('YYYY-MM' → n), straight from the index. */
export function monthlyCounts(reg: Registry, from: string, to: string): Map<string, number> {
  return new Map(reg.ledger.monthlyCounts({ from, to }).map((r) => [r.month, r.n]));
}
