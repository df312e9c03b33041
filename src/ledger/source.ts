// Reading cases out of the register for the ledger and the statistics: one streaming query, each
// row with its repeat-petition flag computed by SQLite from the indexed fingerprint column.
import type { CaseRecord } from '../domain/case.js';
import type { Registry } from '../registry/registry.js';
import { caseFacts, type CaseFacts } from './case-facts.js';

/** A case repeats an earlier one when its fingerprint (normalised request, facts and reasons, set at
 *  registration) equals that of a case received earlier — any earlier case, in any year or status. */
const REPEAT = `EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND c.fingerprint <> ''
  AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`;

export interface SourcedCase { record: CaseRecord; facts: CaseFacts }

/** Cases matching `where` (SQL over `cases c`), in received order, one at a time. */
export function* sourceCases(reg: Registry, where: string, ...args: unknown[]): Generator<SourcedCase> {
  const stmt = reg.db.prepare(`SELECT c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where} ORDER BY c.received_date, c.case_no`);
  for (const row of stmt.iterate(...args) as Iterable<{ record: string; rep: number }>) {
    const record = JSON.parse(row.record) as CaseRecord;
    yield { record, facts: caseFacts(record, reg.clocksOf(record), reg.today, row.rep === 1) };
  }
}

export function countCases(reg: Registry, where: string, ...args: unknown[]): number {
  return (reg.db.prepare(`SELECT COUNT(*) AS n FROM cases c WHERE ${where}`).get(...args) as { n: number }).n;
}

/** Every case a quarterly report needs: received from the start of last year to the quarter's end,
 *  plus older cases with an extension, review or re-review dated in one of the compared periods. */
export function* quarterlyFacts(reg: Registry, scope: { from: string; to: string; eventsFrom: string }): Generator<CaseFacts> {
  const ev = (path: string) => `json_extract(c.record, '$.progress.${path}') BETWEEN @eventsFrom AND @to`;
  const where = `c.received_date <= @to AND (c.received_date >= @from OR ${ev('extension.notice_date')} OR ${ev('review.application_received_date')} OR ${ev('rereview.application_received_date')})`;
  for (const s of sourceCases(reg, where, scope)) yield s.facts;
}
