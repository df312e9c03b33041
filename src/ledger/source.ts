// Reading cases out of the register for the ledger and the statistics: one streaming query, each
// row with its repeat-petition flag computed by SQLite from the indexed fingerprint column.
import type { CaseRecord } from '../domain/case.js';
import type { Registry } from '../registry/registry.js';
import { caseFacts, type CaseFacts } from './case-facts.js';
import type { Period } from './periods.js';

/** A case repeats an earlier one when its fingerprint (normalised request, facts and reasons, set at
 *  registration) equals that of a case received earlier — any earlier case, in any year or status. */
const REPEAT = `EXISTS (SELECT 1 FROM cases p WHERE p.fingerprint = c.fingerprint AND c.fingerprint <> ''
  AND (p.received_date < c.received_date OR (p.received_date = c.received_date AND p.case_no < c.case_no)))`;

export interface SourcedCase { record: CaseRecord; facts: CaseFacts }

/** Cases matching `where` (SQL over `cases c`), in received order, one at a time. */
export function* sourceCases(reg: Registry, where: string, ...args: unknown[]): Generator<SourcedCase> {
  yield* sourceCasesIn(reg, 'ORDER BY c.received_date, c.case_no', where, ...args);
}

/** The same in no particular order: no sort, so SQLite never holds the records in a temporary tree. */
export function* sourceCasesUnordered(reg: Registry, where: string, ...args: unknown[]): Generator<SourcedCase> {
  yield* sourceCasesIn(reg, '', where, ...args);
}

function* sourceCasesIn(reg: Registry, order: string, where: string, ...args: unknown[]): Generator<SourcedCase> {
  const stmt = reg.db.prepare(`SELECT c.record AS record, ${REPEAT} AS rep FROM cases c WHERE ${where} ${order}`);
  for (const row of stmt.iterate(...args) as Iterable<{ record: string; rep: number }>) {
    const record = JSON.parse(row.record) as CaseRecord;
    yield { record, facts: caseFacts(record, reg.clocksOf(record), reg.today, row.rep === 1) };
  }
}

export function countCases(reg: Registry, where: string, ...args: unknown[]): number {
  return (reg.db.prepare(`SELECT COUNT(*) AS n FROM cases c WHERE ${where}`).get(...args) as { n: number }).n;
}

/** How far back a case's extension, review or re-review may lie behind its receipt. Applications
 *  come within 30 days of service (R9 lets a window run from when the petitioner knew: years, at most). */
export const EVENT_LOOKBACK_YEARS = 5;

/** Every case a quarterly report's tallies need: the cohorts received in the compared periods (by the
 *  received-date index), plus earlier cases whose extension, review or re-review falls in them. */
export function* quarterlyFacts(reg: Registry, periods: Period[]): Generator<CaseFacts> {
  const params: Record<string, string> = {};
  const cohorts = periods.map((p, i) => { params[`f${i}`] = p.from; params[`t${i}`] = p.to; return `c.received_date BETWEEN @f${i} AND @t${i}`; });
  const from = periods.map((p) => p.from).sort()[0]!, to = periods.map((p) => p.to).sort().at(-1)!;
  Object.assign(params, { from, to, lookback: `${Number(from.slice(0, 4)) - EVENT_LOOKBACK_YEARS}${from.slice(4)}` });
  const ev = (path: string) => `json_extract(c.record, '$.progress.${path}') BETWEEN @from AND @to`;
  const where = `${cohorts.join(' OR ')} OR (c.received_date BETWEEN @lookback AND @to AND (${ev('extension.notice_date')} OR ${ev('review.application_received_date')} OR ${ev('rereview.application_received_date')}))`;
  for (const s of sourceCasesUnordered(reg, where, params)) yield s.facts;
}

/** Cases received per month ('YYYY-MM' → n), straight from the index. */
export function monthlyCounts(reg: Registry, from: string, to: string): Map<string, number> {
  const rows = reg.db.prepare('SELECT substr(received_date, 1, 7) AS m, COUNT(*) AS n FROM cases WHERE received_date BETWEEN ? AND ? GROUP BY m').all(from, to) as { m: string; n: number }[];
  return new Map(rows.map((r) => [r.m, r.n]));
}
