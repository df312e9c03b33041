// The clocks of one case (SPEC §3.6, §4.1, §5.2), derived from the record alone: the register
// stores them only as an index for `deadlines` and `case list --overdue`.
import type { Calendar } from './calendar.js';
import type { CaseRecord } from './case.js';
import { type IsoDate, daysBetween, nextDate } from './dates.js';
import { computeDeadline, type DeadlineResult, type Pause } from './deadlines.js';
import type { ClockSlot, DeadlineRule, ResolvedRulePack } from './rulepacks.js';
import type { CaseStatus } from './enums.js';

export interface Clock {
  slot: ClockSlot;
  rule: DeadlineRule;
  anchor_event: string;
  anchor_date: IsoDate;
  /** R7: the anchor was reset to the date materials were completed. */
  reset: boolean;
  pauses: Pause[];
  /** A hearing is under way: the clock is stopped. */
  paused: boolean;
  deadline: DeadlineResult;
  /** When the act was done; absent while the clock runs. */
  closed_date?: IsoDate;
  /** For a clock closed by its act: was the act done in time (by `due`)? Absent when the case ended first. */
  met?: boolean;
  open: boolean;
}

export interface ClockContext {
  pack: ResolvedRulePack;
  calendar: Calendar;
  /** Is this office a 信访部门 (DL-01) rather than a handling organ (DL-02/03)? */
  isXfBureau: boolean;
  /** Hearings still under way are counted as paused up to this day. */
  asOf?: IsoDate;
}

const FINAL: ReadonlySet<CaseStatus> = new Set([
  'terminated',
  'archived',
  'withdrawn',
  'not_accepted',
  'transferred_out',
  'routed_to_legal_procedure',
  'review_not_accepted',
  'rereview_not_accepted',
  'mediated',
]);

const REVIEW_STAGES = [
  { stage: 'review', windowFrom: 'handling_opinion', windowEvent: 'served', window: 'review_window', acceptance: 'review_acceptance', opinion: 'review_opinion', opinionDoc: 'review_opinion' },
  {
    stage: 'rereview',
    windowFrom: 'review_opinion',
    windowEvent: 'review_served',
    window: 'rereview_window',
    acceptance: 'rereview_acceptance',
    opinion: 'rereview_opinion',
    opinionDoc: 'rereview_opinion',
  },
] as const;

function servedDate(rec: CaseRecord, docType: string): { date?: IsoDate; provisional: boolean } {
  const s = rec.progress.services?.find((x) => x.doc_type === docType);
  if (!s) return { provisional: false };
  // R9: without the remedy notice the window runs from when the petitioner knew of it.
  if (s.remedy_notice_included === false) return s.known_date ? { date: s.known_date, provisional: false } : { date: s.served_date, provisional: true };
  return { date: s.served_date, provisional: false };
}

/** The anchor event of a stage's materials-cure clock: one slot, a clock per stage that asked for materials. */
export function cureNoticeEvent(stage?: 'review' | 'rereview'): string {
  return stage ? `${stage}_cure_notice` : 'cure_notice';
}

function firstDate(...ds: (IsoDate | undefined)[]): IsoDate | undefined {
  return ds.filter((d): d is IsoDate => !!d).sort()[0];
}

function hearingPauses(rec: CaseRecord, stage: 'handling' | 'review' | 'rereview', asOf?: IsoDate): { pauses: Pause[]; paused: boolean } {
  const pauses: Pause[] = [];
  let paused = false;
  for (const h of rec.progress.hearings ?? []) {
    if (h.stage !== stage) continue;
    // R6: from the day after the decision to hold it to the day its conclusion is made.
    const from = nextDate(h.decided_date);
    if (h.concluded_date) pauses.push({ from, to: h.concluded_date });
    else {
      paused = true;
      pauses.push({ from, to: asOf && asOf >= from ? asOf : h.decided_date });
    }
  }
  return { pauses, paused };
}

export function caseClocks(rec: CaseRecord, ctx: ClockContext): Clock[] {
  const { pack, calendar } = ctx;
  const p = rec.progress;
  const clocks: Clock[] = [];
  const finalDate = firstDate(p.termination?.terminated_date, p.withdrawal?.withdrawn_date);
  const add = (
    slot: ClockSlot,
    rule: DeadlineRule | undefined,
    anchor_event: string,
    anchor: IsoDate | undefined,
    closed: IsoDate | undefined,
    extra: { reset?: boolean; pauses?: Pause[]; paused?: boolean; extendDays?: number; provisional?: boolean; endedBy?: IsoDate } = {},
  ) => {
    if (!rule || !anchor) return;
    const deadline = computeDeadline(
      {
        from: anchor,
        days: rule.length,
        unit: rule.unit,
        actor: rule.actor,
        pauses: extra.pauses,
        extendDays: extra.extendDays,
        rollover: pack.limits.rollover,
      },
      calendar,
    );
    if (extra.provisional) deadline.provisional = true;
    // A clock ends by its act (`closed`) or because the case itself ended first.
    const closedDate = closed ?? extra.endedBy ?? (FINAL.has(rec.status) ? finalDate : undefined);
    const open = closedDate === undefined && !FINAL.has(rec.status);
    clocks.push({
      slot,
      rule,
      anchor_event,
      anchor_date: anchor,
      reset: !!extra.reset,
      pauses: extra.pauses ?? [],
      paused: !!extra.paused,
      deadline,
      open,
      ...(closedDate ? { closed_date: closedDate } : {}),
      ...(closed ? { met: closed <= deadline.due } : {}),
    });
  };

  // First instance: from receipt to the written notice / dispatch.
  const cure = p.materials_cure;
  const receipt = cure?.completed_date ?? rec.received_date; // R7 (T5): receipt date := completion date
  const decided = firstDate(
    p.acceptance?.issue_date ?? p.acceptance?.accepted_date,
    p.non_acceptance?.issue_date ?? p.non_acceptance?.decided_date,
    p.transfer?.transfer_date,
    p.objection?.objection_date,
    p.routing?.routed_date,
  );
  const waived = rec.petitioners.every((x) => !!x.notice_waived_reason);
  const reset = { reset: !!cure?.completed_date };
  if (ctx.isXfBureau) add('dispatch', pack.deadlines.dispatch, 'received', receipt, decided, reset);
  else if (!waived) {
    if (rec.transfer_from_org && rec.org_received_date) {
      add('transfer_notice', pack.deadlines.transfer_notice, 'org_received', cure?.completed_date ?? rec.org_received_date, decided, reset);
    } else add('intake_notice', pack.deadlines.intake_notice, 'received', receipt, decided, reset);
  }
  if (rec.transfer_from_org && rec.org_received_date && !ctx.isXfBureau) {
    // Only an objection is this clock's act; accepting or declining the matter simply ends it.
    add('transfer_objection', pack.deadlines.transfer_objection, 'org_received', rec.org_received_date, p.objection?.objection_date, { endedBy: decided });
  }
  if (cure) add('materials_cure', pack.deadlines.materials_cure, cureNoticeEvent(), cure.notice_date, cure.completed_date ?? (rec.status !== 'awaiting_materials' ? decided : undefined));
  if (rec.channel === 'online' && rec.online_type && pack.online_reply) {
    const replied = firstDate(p.handling_opinion?.issue_date, p.non_acceptance?.decided_date, p.transfer?.transfer_date, p.mediation?.agreed_date);
    add('online_reply', pack.online_reply[rec.online_type], 'received', rec.received_date, replied);
  }

  // Handling (DL-05, DL-15), extension (R8); hearings do not pause it (SPEC §11.8).
  if (p.acceptance) {
    const done = firstDate(p.handling_opinion?.issue_date, p.mediation?.agreed_date);
    const ext = p.extension?.extension_days;
    add('handling', pack.deadlines.handling, 'accepted', p.acceptance.accepted_date, done, { extendDays: ext });
    if (rec.via_agent) add('proxy_handling', pack.deadlines.proxy_handling, 'accepted', p.acceptance.accepted_date, done, { extendDays: ext });
  }

  // Each upper-level stage: its application window, then acceptance, cure and opinion clocks.
  for (const st of REVIEW_STAGES) {
    const served = servedDate(rec, st.windowFrom);
    const r = p[st.stage];
    if (served.date) add(st.window, pack.deadlines[st.window], st.windowEvent, served.date, r?.application_received_date, { provisional: served.provisional });
    if (!r) continue;
    const reset = r.materials?.completed_date; // R7: the receipt date becomes the completion date
    const anchor = reset ?? r.application_received_date;
    const received = `${st.stage}_received`;
    add(st.acceptance, pack.deadlines[st.acceptance], received, anchor, firstDate(r.accepted_date, r.non_acceptance?.decided_date), { reset: !!reset });
    if (r.materials) add('materials_cure', pack.deadlines.materials_cure, cureNoticeEvent(st.stage), r.materials.notice_date, r.materials.completed_date);
    const done = firstDate(r.issue_date, servedDate(rec, st.opinionDoc).date, r.non_acceptance?.decided_date);
    const pausesFor = (rule: DeadlineRule | undefined) => (rule?.hearing_pauses ? hearingPauses(rec, st.stage, ctx.asOf) : { pauses: [], paused: false });
    add(st.opinion, pack.deadlines[st.opinion], received, anchor, done, { reset: !!reset, ...pausesFor(pack.deadlines[st.opinion]) });
    // S002's town target counts from the acceptance of the review, not its receipt.
    if (st.stage === 'review' && r.accepted_date) {
      add('review_opinion_town', pack.deadlines.review_opinion_town, 'review_accepted', r.accepted_date, done, pausesFor(pack.deadlines.review_opinion_town));
    }
  }
  return clocks;
}

/** Days from `asOf` to the act-by date (negative when overdue). */
export function daysLeft(c: Clock, asOf: IsoDate): number {
  return daysBetween(asOf, c.deadline.act_by);
}

/**
 * Where a clock stands on `asOf`. An organ's clock past its act-by day is overdue; a petitioner's
 * window past its due day has lapsed (the organ may then close the case: T14, T17).
 */
export type ClockState = 'running' | 'paused' | 'overdue' | 'lapsed' | 'met' | 'late' | 'ended';

export function clockState(c: Clock, asOf: IsoDate): ClockState {
  if (!c.open) {
    if (c.met !== undefined) return c.met ? 'met' : 'late';
    return c.rule.actor === 'petitioner' && c.closed_date && c.closed_date > c.deadline.due ? 'lapsed' : 'ended';
  }
  if (c.paused) return 'paused';
  if (c.rule.actor === 'petitioner') return c.deadline.due < asOf ? 'lapsed' : 'running';
  return c.deadline.act_by < asOf ? 'overdue' : 'running';
}

export function isOverdue(c: Clock, asOf: IsoDate): boolean {
  return clockState(c, asOf) === 'overdue';
}
