// What the ledger and the statistics need to know about one case, read from its record and its
// clocks (src/domain/clocks.ts): due dates and on-time verdicts are never recomputed here.
import type { CaseRecord } from '../domain/case.js';
import { type Clock, type ClockState, clockState, daysLeft } from '../domain/clocks.js';
import type { IsoDate } from '../domain/dates.js';
import type { ClockSlot } from '../domain/rulepacks.js';
import { type Rating, SATISFACTION_RATE } from '../domain/rules/statistics.js';
import { registerOf, type RegisterId } from './registers.js';

export type Satisfaction = Rating;

/** The clock that says when the first instance is due: the stricter online reply where it applies,
 *  then the handling clocks (agent, national), then the intake decision clocks. */
const FIRST_INSTANCE: readonly ClockSlot[] = ['online_reply', 'proxy_handling', 'handling', 'dispatch', 'transfer_notice', 'intake_notice'];
/** Clocks of accepted (or online) matters: the ones 按期办结率 is about. */
export const HANDLING_SLOTS: ReadonlySet<ClockSlot> = new Set(['online_reply', 'proxy_handling', 'handling']);

export interface FirstInstance {
  slot: ClockSlot;
  rule_id: string;
  label_zh: string;
  due: IsoDate;
  act_by: IsoDate;
  /** The act that closed the clock (opinion issued, decision, transfer…), when done. */
  done_date?: IsoDate;
  state: ClockState;
}

export interface OverdueClock {
  label_zh: string;
  act_by: IsoDate;
  days: number;
}

export interface CaseFacts {
  case_no: string;
  register: RegisterId;
  received_date: IsoDate;
  category: CaseRecord['category'];
  channel: CaseRecord['channel'];
  via_agent: boolean;
  confidential: boolean;
  status: CaseRecord['status'];
  handling_org?: string;
  accepted_date?: IsoDate;
  terminated_date?: IsoDate;
  first?: FirstInstance;
  /** Organ clocks past their act-by day on the as-of date. */
  overdue: OverdueClock[];
  extension?: { days: number; date: IsoDate };
  review_received?: IsoDate;
  rereview_received?: IsoDate;
  /** Only the petitioner's own recorded evaluation; absent = not known (never counted as satisfied). */
  satisfaction?: Satisfaction;
  /** Same fingerprint (normalised request, facts, reasons) as a case received earlier. */
  repeat: boolean;
}

export function firstInstance(clocks: Clock[], asOf: IsoDate): FirstInstance | undefined {
  for (const slot of FIRST_INSTANCE) {
    const c = clocks.find((k) => k.slot === slot);
    if (!c) continue;
    const state = clockState(c, asOf);
    return {
      slot,
      rule_id: c.rule.id,
      label_zh: c.rule.label_zh,
      due: c.deadline.due,
      act_by: c.deadline.act_by,
      state,
      ...(c.met !== undefined && c.closed_date ? { done_date: c.closed_date } : {}),
    };
  }
  return undefined;
}

/** The petitioner's rating, as the 满意率 definition reads it (src/domain/rules/statistics.ts). */
export function satisfactionOf(rec: CaseRecord): Satisfaction | undefined {
  return SATISFACTION_RATE.ratingOf(rec);
}

export function caseFacts(rec: CaseRecord, clocks: Clock[], asOf: IsoDate, repeat: boolean): CaseFacts {
  const p = rec.progress;
  const overdue = clocks.filter((c) => clockState(c, asOf) === 'overdue').map((c) => ({ label_zh: c.rule.label_zh, act_by: c.deadline.act_by, days: -daysLeft(c, asOf) }));
  const first = firstInstance(clocks, asOf);
  const sat = satisfactionOf(rec);
  return {
    case_no: rec.case_no,
    register: registerOf(rec),
    received_date: rec.received_date,
    category: rec.category,
    channel: rec.channel,
    via_agent: rec.via_agent,
    confidential: !!rec.confidential,
    status: rec.status,
    overdue,
    repeat,
    ...(rec.handler?.handling_org_name ? { handling_org: rec.handler.handling_org_name } : {}),
    ...(p.acceptance ? { accepted_date: p.acceptance.accepted_date } : {}),
    ...(p.termination ? { terminated_date: p.termination.terminated_date } : {}),
    ...(first ? { first } : {}),
    ...(p.extension ? { extension: { days: p.extension.extension_days, date: p.extension.notice_date } } : {}),
    ...(p.review ? { review_received: p.review.application_received_date } : {}),
    ...(p.rereview ? { rereview_received: p.rereview.application_received_date } : {}),
    ...(sat ? { satisfaction: sat } : {}),
  };
}
