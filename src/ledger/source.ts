// Reading cases out of the register for the ledger and the statistics: the register's streaming
// queries (src/registry/queries/ledger.ts), each row with its repeat-petition flag, plus its facts.
import type { CaseFile } from '../domain/case-schema.js';
import type { CaseRecord } from '../domain/case.js';
import type { IsoDate } from '../domain/dates.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { registerCase, replayLog, type LoggedEvent } from '../domain/lifecycle.js';
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

/**
 * A case as its log stood at the end of `asOf`: registered from its file and replayed through the
 * lifecycle with only the events dated on or before that day (corrections included when they are
 * dated by then). Undefined when the case was registered after it. A report as of a past day thus
 * never sees what happened later, and gives the same figures however late it is run.
 */
export function recordAsOf(reg: Registry, caseNo: string, asOf: IsoDate): CaseRecord | undefined {
  const rows = reg.events(caseNo);
  const first = rows.find((r) => r.event === 'register');
  if (!first || first.event_date > asOf) return undefined;
  const log: LoggedEvent[] = rows
    .filter((r) => r.seq > first.seq && r.event_date <= asOf)
    .map((r) => ({ seq: r.seq, event: r.event, date: r.event_date, details: JSON.parse(r.details) as Record<string, unknown> }));
  try {
    return replayLog(registerCase(JSON.parse(first.details) as CaseFile, caseNo), log, reg.lifecycleContext()).record;
  } catch (e) {
    throw new XfError('INTEGRITY', t(`信访件 ${caseNo} 截至 ${asOf} 的办理记录无法重演：${(e as Error).message}`, `case ${caseNo} does not replay up to ${asOf}: ${(e as Error).message}`), [], {
      case_no: caseNo,
      as_of: asOf,
    });
  }
}

/** Every case a quarterly report's tallies need: the cohorts received in the compared periods (by the
 *  received-date index), plus earlier cases whose extension, review or re-review falls in them, each
 *  as it stood on `asOf` (cases with later events are replayed up to it, after the scan). */
export function* quarterlyFacts(reg: Registry, periods: Period[], asOf: IsoDate): Generator<CaseFacts> {
  const from = periods.map((p) => p.from).sort()[0]!,
    to = periods
      .map((p) => p.to)
      .sort()
      .at(-1)!;
  const lookback = `${Number(from.slice(0, 4)) - EVENT_LOOKBACK_YEARS}${from.slice(4)}`;
  const later = new Set(reg.ledger.casesWithEventsAfter(asOf));
  // no other query while the cursor is open: cases to replay are taken up after the scan
  const replay: { case_no: string; repeat: boolean }[] = [];
  for (const row of reg.ledger.quarterlyCases(periods, { from, to }, lookback)) {
    const record = JSON.parse(row.record) as CaseRecord;
    if (later.has(record.case_no)) {
      replay.push({ case_no: record.case_no, repeat: row.repeat });
      continue;
    }
    if (record.registered_date > asOf) continue;
    yield caseFacts(record, reg.clocksOf(record, asOf), asOf, row.repeat);
  }
  for (const r of replay) {
    const record = recordAsOf(reg, r.case_no, asOf);
    if (record) yield caseFacts(record, reg.clocksOf(record, asOf), asOf, r.repeat);
  }
}

/** Cases received per month ('YYYY-MM' → n), straight from the index. */
export function monthlyCounts(reg: Registry, from: string, to: string, registeredBy?: IsoDate): Map<string, number> {
  return new Map(reg.ledger.monthlyCounts({ from, to }, registeredBy).map((r) => [r.month, r.n]));
}
