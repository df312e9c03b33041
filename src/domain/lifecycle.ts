// The case lifecycle (SPEC §4): states, the events that move between them, their guards and what
// each adds to the record. Pure: an event is applied to a copy of the record; the register stores
// the result and the event in one transaction.
import { Type, type TSchema } from '@sinclair/typebox';
import * as S from './case-schema.js';
import type { CaseRecord } from './case.js';
import type { Calendar } from './calendar.js';
import { caseClocks, cureNoticeEvent, type Clock } from './clocks.js';
import type { IsoDate } from './dates.js';
import { CASE_STATUS, labelOf, PROXY_STATUS, type CaseStatus, type GroundCode, type ProxyStatus } from './enums.js';
import { XfError, validationError, type Violation } from './errors.js';
import { t } from './i18n.js';
import type { ResolvedRulePack } from './rulepacks.js';
import { check, violate, type CheckInput, type CheckName, type RuleId } from './rules/index.js';
import { schemaViolations } from './schema-check.js';
import { isConfidential, respondentKeys } from './disclosure.js';

export interface LifecycleContext {
  pack: ResolvedRulePack;
  calendar: Calendar;
  isXfBureau: boolean;
  /** Today (Asia/Shanghai); events may not be dated after it. */
  today: IsoDate;
  /** Default names for the remedy paragraph (V-DOC-3) from the office config. */
  reviewOrgName?: string;
  rereviewOrgName?: string;
  /** 纪委监委 an accusation may be routed to (xf.config.json discipline_bodies; V-DOC-2). */
  disciplineBodies?: readonly string[];
}

export interface CaseEvent {
  event: string;
  date: IsoDate;
  details?: Record<string, unknown>;
}

export interface Applied {
  record: CaseRecord;
  warnings: Violation[];
  /** Side effects the register carries out in the same transaction. */
  effects: { allocateSlip?: boolean };
}

type Details = Record<string, unknown>;

interface EventSpec {
  label_zh: string;
  label_en: string;
  from: readonly CaseStatus[] | 'any_open';
  /** Details object, checked before `apply` runs. Dates default to the event date where noted. */
  details?: TSchema;
  /** Fields filled from the event date when absent. */
  dateFields?: string[];
  apply(rec: CaseRecord, ev: Required<CaseEvent> & { details: Details }, ctx: LifecycleContext, v: Problems): CaseStatus;
}

/** What the guards found; severities and messages come from the rule registry. */
class Problems {
  readonly list: Violation[] = [];
  /** Run a registered check on the event's values. */
  check<I extends RuleId, C extends CheckName<I>>(id: I, name: C, input: CheckInput<I, C>): void {
    this.list.push(...check(id, name, input));
  }
}

const CLOSED: ReadonlySet<CaseStatus> = new Set(['terminated', 'archived']);
const REVIEW_STATES: readonly CaseStatus[] = ['review_received', 'review_awaiting_materials', 'review_in_progress'];
const REREVIEW_STATES: readonly CaseStatus[] = ['rereview_received', 'rereview_awaiting_materials', 'rereview_in_progress'];

/** A clock of the record; `anchorEvent` picks among clocks sharing a slot (each stage's materials cure). */
function clock(rec: CaseRecord, ctx: LifecycleContext, slot: Clock['slot'], anchorEvent?: string): Clock | undefined {
  return caseClocks(rec, { pack: ctx.pack, calendar: ctx.calendar, isXfBureau: ctx.isXfBureau, asOf: ctx.today }).find(
    (c) => c.slot === slot && (anchorEvent === undefined || c.anchor_event === anchorEvent),
  );
}

/** V-DOC-2: the event's outgoing recipients never match the respondent of a confidential case. */
function checkRecipients(rec: CaseRecord, ctx: LifecycleContext, recipients: { field: string; name: string | undefined }[], v: Problems): void {
  const named = recipients.filter((r): r is { field: string; name: string } => !!r.name);
  v.check('V-DOC-2', 'recipients', { confidential: isConfidential(rec), respondent: respondentKeys(rec), recipients: named, discipline_bodies: ctx.disciplineBodies ?? [] });
}

function attendeeRecipients(list: readonly { name: string; org?: string }[] | undefined): { field: string; name: string | undefined }[] {
  return (list ?? []).flatMap((a, i) => [
    { field: `attendees[${i}].name`, name: a.name },
    { field: `attendees[${i}].org`, name: a.org },
  ]);
}

/** V-AG-3: an act done by the agent needs an unrevoked authorization covering the date, with the power. */
function checkAgentPower(rec: CaseRecord, date: IsoDate, power: string, v: Problems): void {
  v.check('V-AG-3', 'act', { authorization: rec.authorization, revoked: rec.proxy_status === 'authorization_revoked', date, power });
}

/**
 * An event's details from a record schema: every key the schema requires stays required, except
 * the dates in `defaulted`, which the event date fills when absent (the event's `dateFields`).
 */
const DetailsOf = (schema: TSchema, defaulted: string[] = []) => {
  const s = schema as unknown as { properties: Record<string, TSchema>; required?: string[] };
  const props: Record<string, TSchema> = {};
  for (const [k, p] of Object.entries(s.properties)) props[k] = (s.required ?? []).includes(k) && !defaulted.includes(k) ? p : Type.Optional(p);
  return Type.Object(props, { additionalProperties: false, title: (schema as { title?: string }).title });
};

const ByAgent = { by_agent: Type.Optional(Type.Boolean({ title: '由代理人办理' })) };

const ReviewApplication = Type.Object(
  {
    application_date: Type.Optional(S.ReviewStage.properties.application_date),
    application_received_date: Type.Optional(S.ReviewStage.properties.application_received_date),
    reviewing_org_name: S.ReviewStage.properties.reviewing_org_name,
    respondent_org: S.ReviewStage.properties.respondent_org,
    review_requests: S.ReviewStage.properties.review_requests,
    applicant_claims: S.ReviewStage.properties.applicant_claims,
    late_reason: S.ReviewStage.properties.late_reason,
    ...ByAgent,
  },
  { additionalProperties: false, title: '复查（复核）申请' },
);

const ReviewDecision = Type.Object(
  {
    findings: S.ReviewStage.properties.findings,
    respondent_reply: S.ReviewStage.properties.respondent_reply,
    respondent_evidence: S.ReviewStage.properties.respondent_evidence,
    outcome: S.ReviewStage.properties.outcome.anyOf ? S.ReviewStage.properties.outcome : S.ReviewStage.properties.outcome,
    defects: S.ReviewStage.properties.defects,
    redo_deadline: S.ReviewStage.properties.redo_deadline,
    legal_basis: S.ReviewStage.properties.legal_basis,
    next_org_name: S.ReviewStage.properties.next_org_name,
    next_org_address: S.ReviewStage.properties.next_org_address,
    remedy_text: S.ReviewStage.properties.remedy_text,
    publication_allowed: S.ReviewStage.properties.publication_allowed,
    doc_no: S.ReviewStage.properties.doc_no,
    issue_date: S.ReviewStage.properties.issue_date,
  },
  { additionalProperties: false, title: '复查（复核）意见' },
);

function stageOf(status: CaseStatus): 'review' | 'rereview' | undefined {
  if ((REVIEW_STATES as string[]).includes(status) || status === 'review_served') return 'review';
  if ((REREVIEW_STATES as string[]).includes(status) || status === 'rereview_served') return 'rereview';
  return undefined;
}

/** A table's own entry: an event name from input must not find Object.prototype's members (toString, constructor). */
function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** Whether `name` is a case event (not a proxy or bookkeeping one). */
export function isCaseEvent(name: string): boolean {
  return Object.hasOwn(EVENTS, name);
}

export const EVENTS: Readonly<Record<string, EventSpec>> = {
  request_materials: {
    label_zh: '通知补齐材料',
    label_en: 'ask for missing materials',
    from: ['registered', 'review_received', 'rereview_received'],
    details: DetailsOf(S.MaterialsCure, ['notice_date']),
    dateFields: ['notice_date'],
    apply(rec, ev) {
      const d = ev.details as S.CaseProgress['materials_cure'] & object;
      delete (d as { completed_date?: string }).completed_date;
      const st = stageOf(rec.status);
      if (st) {
        rec.progress[st]!.materials = d;
        return st === 'review' ? 'review_awaiting_materials' : 'rereview_awaiting_materials';
      }
      rec.progress.materials_cure = d;
      return 'awaiting_materials';
    },
  },
  materials_cured: {
    label_zh: '材料已补齐',
    label_en: 'materials completed',
    from: ['awaiting_materials', 'review_awaiting_materials', 'rereview_awaiting_materials'],
    apply(rec, ev, ctx, v) {
      const st = stageOf(rec.status);
      const m = st ? rec.progress[st]!.materials! : rec.progress.materials_cure!;
      m.completed_date = ev.date; // R7: the receipt date becomes the completion date
      // this stage's cure clock: a first-instance cure, long past, must not make a review's cure late
      const c = clock(rec, ctx, 'materials_cure', cureNoticeEvent(st));
      v.check('DL-09', 'late', { date: ev.date, due: c?.deadline.due });
      return st === 'review' ? 'review_received' : st === 'rereview' ? 'rereview_received' : 'registered';
    },
  },
  transfer: {
    label_zh: '转送/交办',
    label_en: 'forward or assign',
    from: ['registered'],
    details: DetailsOf(S.Transfer, ['transfer_date']),
    dateFields: ['transfer_date'],
    apply(rec, ev, ctx, v) {
      rec.progress.transfer = ev.details as S.CaseProgress['transfer'];
      checkRecipients(rec, ctx, [{ field: 'target_org', name: rec.progress.transfer?.target_org }], v);
      return 'transferred_out';
    },
  },
  object: {
    label_zh: '提出转交办异议',
    label_en: 'object to a transfer',
    from: ['registered'],
    details: DetailsOf(S.Objection, ['objection_date']),
    dateFields: ['objection_date'],
    apply(rec, ev, ctx, v) {
      v.check('T3', 'transferred', { transfer_from_org: rec.transfer_from_org });
      const c = clock(rec, ctx, 'transfer_objection');
      v.check('DL-04', 'late', { date: ev.date, due: c?.deadline.due });
      rec.progress.objection = ev.details as S.CaseProgress['objection'];
      return 'objection_pending';
    },
  },
  objection_accepted: {
    label_zh: '异议成立，退回材料',
    label_en: 'objection accepted',
    from: ['objection_pending'],
    apply() {
      return 'transferred_out';
    },
  },
  objection_rejected: {
    label_zh: '异议不成立，继续办理',
    label_en: 'objection rejected',
    from: ['objection_pending'],
    apply(rec) {
      delete rec.progress.objection;
      return 'registered';
    },
  },
  decline: {
    label_zh: '不予受理',
    label_en: 'decline to accept',
    from: ['registered', 'review_received', 'rereview_received'],
    details: DetailsOf(S.NonAcceptance, ['decided_date']),
    dateFields: ['decided_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as S.CaseProgress['non_acceptance'] & object;
      const st = stageOf(rec.status);
      // a decline names at least one ground (XFGZ §30-§31); without one it once crashed here
      v.check('V-NA-1', 'present', { codes: d.ground_codes });
      d.ground_codes ??= [];
      v.check('V-NA-1', 'grounds', { codes: d.ground_codes as GroundCode[], stage: st ? 'review' : 'initial', via_agent: rec.via_agent });
      if (st) {
        const late = rec.progress[st]!.late_reason === undefined && isLate(rec, st, ctx);
        v.check('V-NA-1', 'late', { late, codes: d.ground_codes });
        v.check('S004-§16', 'appeal', { appeal_text: d.appeal_text });
        rec.progress[st]!.non_acceptance = d;
        return st === 'review' ? 'review_not_accepted' : 'rereview_not_accepted';
      }
      rec.progress.non_acceptance = d;
      return 'not_accepted';
    },
  },
  route_legal: {
    label_zh: '导入法定程序',
    label_en: 'route to a legal procedure',
    // Also after acceptance: handling may show the matter belongs to a legal procedure (XFGZ §31).
    from: ['registered', 'accepted', 'in_progress'],
    details: Type.Object(
      {
        route: S.CaseProgress.properties.routing.properties.route,
        redirect_org: Type.Optional(Type.String({ minLength: 1, title: '指引机关' })),
        doc_no: Type.Optional(Type.String({ minLength: 1, title: '文号' })),
      },
      { additionalProperties: false, title: '导入法定程序' },
    ),
    apply(rec, ev, _ctx, v) {
      v.check('V-CASE-6', 'event', { event: 'route_legal', category: rec.category, claim_route: rec.claim_route });
      rec.progress.routing = { routed_date: ev.date, ...(ev.details as { route: 'litigation' }) };
      return 'routed_to_legal_procedure';
    },
  },
  accept: {
    label_zh: '受理',
    label_en: 'accept',
    from: ['registered', 'review_received', 'rereview_received'],
    details: Type.Object(
      {
        ...DetailsOf(S.Acceptance, ['accepted_date']).properties,
        handler: Type.Optional(S.Handler),
      },
      { additionalProperties: false, title: '受理' },
    ),
    dateFields: ['accepted_date'],
    apply(rec, ev, ctx, v) {
      const { handler, ...acc } = ev.details as NonNullable<S.CaseProgress['acceptance']> & { handler?: S.CaseFile['handler'] };
      if (handler) rec.handler = handler;
      v.check('V-CASE-5', 'handler', { handler: rec.handler, at: 'accept' });
      const st = stageOf(rec.status);
      if (st) {
        const r = rec.progress[st]!;
        r.accepted_date = ev.date;
        const c = clock(rec, ctx, st === 'review' ? 'review_acceptance' : 'rereview_acceptance');
        v.check('V-DOC-8', 'timely', { key: 'decision_late', field: 'date', date: ev.date, due: c?.deadline.act_by });
        if (rec.via_agent && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_review_assist';
        return st === 'review' ? 'review_in_progress' : 'rereview_in_progress';
      }
      v.check('V-CASE-6', 'event', { event: 'accept', category: rec.category, claim_route: rec.claim_route });
      const c = clock(rec, ctx, rec.transfer_from_org ? 'transfer_notice' : 'intake_notice');
      const noticeDate = acc.issue_date ?? ev.date;
      v.check('V-DOC-8', 'timely', { key: 'notice_late', field: 'issue_date', date: noticeDate, due: c?.deadline.due });
      rec.progress.acceptance = { ...acc, accepted_date: ev.date };
      if (rec.via_agent && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_tracking';
      return 'accepted';
    },
  },
  start: {
    label_zh: '开始办理',
    label_en: 'start handling',
    from: ['accepted'],
    apply() {
      return 'in_progress';
    },
  },
  extend: {
    label_zh: '延期办理',
    label_en: 'extend the handling period',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.Extension, ['notice_date']),
    dateFields: ['notice_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as NonNullable<S.CaseProgress['extension']>;
      const c = clock(rec, ctx, 'handling');
      v.check('V-DOC-9', 'extension', { extension: d, original_due: c?.deadline.due, limits: ctx.pack.limits, already_extended: !!rec.progress.extension });
      rec.progress.extension = d;
      return 'in_progress';
    },
  },
  hearing: {
    label_zh: '决定举行听证',
    label_en: 'decide to hold a hearing',
    from: ['accepted', 'in_progress', 'review_in_progress', 'rereview_in_progress'],
    details: DetailsOf(Type.Omit(S.Hearing, ['stage']), ['decided_date']),
    dateFields: ['decided_date'],
    apply(rec, ev, ctx, v) {
      const h = ev.details as unknown as S.CaseProgress['hearings'] extends (infer H)[] | undefined ? H : never;
      const stage = stageOf(rec.status) ?? 'handling';
      checkRecipients(rec, ctx, attendeeRecipients(h.attendees), v);
      v.check('V-HEAR-1', 'hearing', { hearing: h, complete: false });
      v.check('V-HEAR-2', 'decision', { category: rec.category, confidentiality_requested: rec.confidentiality_requested });
      rec.progress.hearings = [...(rec.progress.hearings ?? []), { ...h, stage }];
      return 'hearing';
    },
  },
  hearing_end: {
    label_zh: '听证结束',
    label_en: 'hearing concluded',
    from: ['hearing'],
    details: DetailsOf(Type.Omit(S.Hearing, ['stage', 'decided_date']), ['concluded_date']),
    dateFields: ['concluded_date'],
    apply(rec, ev, ctx, v) {
      const list = rec.progress.hearings ?? [];
      const h = list[list.length - 1]!;
      Object.assign(h, ev.details, { concluded_date: ev.date });
      checkRecipients(rec, ctx, attendeeRecipients(h.attendees), v);
      v.check('V-HEAR-1', 'hearing', { hearing: h, complete: false });
      return h.stage === 'review' ? 'review_in_progress' : h.stage === 'rereview' ? 'rereview_in_progress' : 'in_progress';
    },
  },
  mediate: {
    label_zh: '调解/和解',
    label_en: 'mediated settlement',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.Mediation, ['agreed_date']),
    dateFields: ['agreed_date'],
    apply(rec, ev) {
      rec.progress.mediation = ev.details as unknown as S.CaseProgress['mediation'];
      return 'mediated';
    },
  },
  answer: {
    label_zh: '出具处理意见书',
    label_en: 'issue the handling opinion',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.HandlingOpinion, ['issue_date']),
    dateFields: ['issue_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as S.CaseProgress['handling_opinion'] & object;
      v.check('V-CASE-6', 'event', { event: 'answer', category: rec.category, claim_route: rec.claim_route });
      v.check('V-DOC-4', 'outcomes', d);
      v.check('XFGZ-32', 'enforcement', d);
      d.review_org_name ??= ctx.reviewOrgName;
      v.check('V-DOC-3', 'body', { org: d.review_org_name, field: 'review_org_name' });
      checkRecipients(
        rec,
        ctx,
        (d.copy_to ?? []).map((name, i) => ({ field: `copy_to[${i}]`, name })),
        v,
      );
      rec.progress.handling_opinion = d;
      return 'answered';
    },
  },
  decide: {
    label_zh: '作出复查/复核意见',
    label_en: 'record the review opinion',
    from: ['review_in_progress', 'rereview_in_progress'],
    details: ReviewDecision,
    dateFields: ['issue_date'],
    apply(rec, ev, ctx, v) {
      const st = stageOf(rec.status)!;
      const d = ev.details as Partial<S.CaseProgress['review'] & object>;
      const r = rec.progress[st]!;
      Object.assign(r, d);
      v.check('SCHEMA', 'outcome', { outcome: r.outcome });
      v.check('SD15-45', 'outcome', r);
      if (st === 'review') {
        r.next_org_name ??= ctx.rereviewOrgName;
        v.check('V-DOC-3', 'body', { org: r.next_org_name, field: 'next_org_name' });
      }
      v.check('XFGZ-36', 'publication', { stage: st, publication_allowed: r.publication_allowed, heard: (rec.progress.hearings ?? []).some((h) => h.stage === 'rereview') });
      return rec.status;
    },
  },
  serve: {
    label_zh: '送达',
    label_en: 'serve the opinion',
    from: ['answered', 'review_in_progress', 'rereview_in_progress'],
    details: Type.Object({ ...DetailsOf(Type.Omit(S.Service, ['doc_type']), ['served_date']).properties, ...ByAgent }, { additionalProperties: false, title: '送达' }),
    dateFields: ['served_date'],
    apply(rec, ev, ctx, v) {
      const { by_agent, ...d } = ev.details as unknown as S.CaseProgress['services'] extends (infer X)[] | undefined ? X & { by_agent?: boolean } : never;
      const st = stageOf(rec.status);
      const doc_type = st === 'review' ? 'review_opinion' : st === 'rereview' ? 'rereview_opinion' : 'handling_opinion';
      if (st) v.check('T16', 'decided', { outcome: rec.progress[st]!.outcome });
      if (d.service_method === 'via_agent' || by_agent) checkAgentPower(rec, ev.date, 'receive_documents', v);
      v.check('R9', 'service', { remedy_notice_included: d.remedy_notice_included, final: doc_type === 'rereview_opinion' });
      checkRecipients(rec, ctx, [{ field: 'addressee', name: d.addressee }], v);
      rec.progress.services = [...(rec.progress.services ?? []), { ...d, doc_type, served_date: ev.date }];
      return st === 'review' ? 'review_served' : st === 'rereview' ? 'rereview_served' : 'answer_served';
    },
  },
  request_review: {
    label_zh: '收到复查申请',
    label_en: 'review application received',
    from: ['answer_served'],
    details: ReviewApplication,
    dateFields: ['application_received_date'],
    apply(rec, ev, ctx, v) {
      return receiveReview(rec, ev, ctx, v, 'review');
    },
  },
  request_rereview: {
    label_zh: '收到复核申请',
    label_en: 're-review application received',
    from: ['review_served'],
    details: ReviewApplication,
    dateFields: ['application_received_date'],
    apply(rec, ev, ctx, v) {
      return receiveReview(rec, ev, ctx, v, 'rereview');
    },
  },
  withdraw: {
    label_zh: '撤回申请',
    label_en: 'withdraw the application',
    from: [...REVIEW_STATES, ...REREVIEW_STATES],
    details: Type.Object(
      { reason: Type.Optional(Type.String({ minLength: 1, title: '撤回理由' })), approved: Type.Optional(Type.Boolean({ title: '准许撤回' })), ...ByAgent },
      { additionalProperties: false, title: '撤回' },
    ),
    apply(rec, ev, _ctx, v) {
      const d = ev.details as { reason?: string; approved?: boolean; by_agent?: boolean };
      if (d.by_agent) checkAgentPower(rec, ev.date, 'withdraw', v);
      v.check('S004-§17', 'approval', { approved: d.approved });
      rec.progress.withdrawal = { withdrawn_date: ev.date, ...(d.reason ? { reason: d.reason } : {}), approved: true };
      return 'withdrawn';
    },
  },
  terminate: {
    label_zh: '办理终结',
    label_en: 'close the case',
    from: 'any_open',
    details: Type.Object(
      {
        reason: S.Termination.properties.reason,
        note: S.Termination.properties.note,
        doc_no: S.Termination.properties.doc_no,
        confirm_calendar: Type.Optional(Type.Boolean({ title: '已核实日历（临时期限）' })),
      },
      { additionalProperties: false, title: '办理终结' },
    ),
    apply(rec, ev, ctx, v) {
      const { confirm_calendar, ...d } = ev.details as {
        reason: S.CaseProgress['termination'] extends { reason: infer R } | undefined ? R : never;
        note?: string;
        doc_no?: string;
        confirm_calendar?: boolean;
      };
      const need: Partial<Record<string, CaseStatus[]>> = {
        rereview_served: ['rereview_served'],
        answer_window_lapsed: ['answer_served'],
        review_window_lapsed: ['review_served'],
        mediated: ['mediated'],
        withdrawn: ['withdrawn'],
        not_accepted: ['not_accepted', 'review_not_accepted', 'rereview_not_accepted'],
        transferred_out: ['transferred_out'],
        routed_to_legal_procedure: ['routed_to_legal_procedure'],
      };
      const states = need[d.reason];
      v.check('T14', 'state', { reason: d.reason, status: rec.status, states });
      const windowSlot = d.reason === 'answer_window_lapsed' ? 'review_window' : d.reason === 'review_window_lapsed' ? 'rereview_window' : undefined;
      if (windowSlot) {
        const c = clock(rec, ctx, windowSlot);
        v.check('T14', 'window', { date: ev.date, due: c?.deadline.due });
        v.check('R9', 'window', { provisional: c?.deadline.provisional });
        // Only the calendar's own uncertainty (past the holiday data) needs the confirmation; R9's warns.
        const pastData = !!c?.deadline.provisional && c.deadline.due > ctx.calendar.coveredUntil;
        v.check('V-CAL-2', 'confirm', { provisional: pastData, due: c?.deadline.due, confirmed: confirm_calendar });
      }
      rec.progress.termination = { terminated_date: ev.date, ...d };
      if (rec.via_agent && rec.proxy_status && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_closed';
      return 'terminated';
    },
  },
  archive: {
    label_zh: '归档',
    label_en: 'archive',
    from: ['terminated'],
    details: Type.Object(
      {
        archival_code: Type.Optional(Type.String({ minLength: 1, title: '档号' })),
        tag_manifest_sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', title: '标签清单摘要' })),
        // V-ARC-1 overridden: the recorded reason lets a rebuild reproduce the same 备考表.
        incomplete_reason: Type.Optional(Type.String({ minLength: 1, title: '不完整归档理由' })),
        // the archivist's own retention for this case, with the reason (SPEC §7.7 is provisional)
        retention: Type.Optional(Type.Union([Type.Literal('Y'), Type.Literal('D30'), Type.Literal('D10')], { title: '保管期限' })),
        retention_reason: Type.Optional(Type.String({ minLength: 1, title: '保管期限理由' })),
      },
      { additionalProperties: false, title: '归档' },
    ),
    apply(rec, ev) {
      rec.progress.archived = { archived_date: ev.date, ...(ev.details as object) };
      return 'archived';
    },
  },
};

type Dep = readonly [event: string, date: IsoDate | undefined];
const last = <T>(xs: readonly T[] | undefined): T | undefined => xs?.[xs.length - 1];

/**
 * What each event depends on (V-CASE-2): the earlier events whose dates it may not precede, read
 * from the record as it stands before the event. One table, so a service cannot be dated before
 * the opinion it serves, a decision before the application, a cure before the notice.
 */
export const DEPENDS_ON: Readonly<Record<string, (rec: CaseRecord) => readonly Dep[]>> = {
  request_materials: (r) => {
    const st = stageOf(r.status);
    return st ? [[`request_${st}`, r.progress[st]?.application_received_date]] : [];
  },
  materials_cured: (r) => {
    const st = stageOf(r.status);
    return [['request_materials', (st ? r.progress[st]?.materials : r.progress.materials_cure)?.notice_date]];
  },
  transfer: (r) => [['materials_cured', r.progress.materials_cure?.completed_date]],
  object: (r) => [['register', r.org_received_date]],
  objection_accepted: (r) => [['object', r.progress.objection?.objection_date]],
  objection_rejected: (r) => [['object', r.progress.objection?.objection_date]],
  decline: (r) => {
    const st = stageOf(r.status);
    return st
      ? [
          [`request_${st}`, r.progress[st]?.application_received_date],
          ['materials_cured', r.progress[st]?.materials?.completed_date],
        ]
      : [['materials_cured', r.progress.materials_cure?.completed_date]];
  },
  route_legal: (r) => [['accept', r.progress.acceptance?.accepted_date]],
  accept: (r) => {
    const st = stageOf(r.status);
    return st
      ? [
          [`request_${st}`, r.progress[st]?.application_received_date],
          ['materials_cured', r.progress[st]?.materials?.completed_date],
        ]
      : [['materials_cured', r.progress.materials_cure?.completed_date]];
  },
  start: (r) => [['accept', r.progress.acceptance?.accepted_date]],
  extend: (r) => [['accept', r.progress.acceptance?.accepted_date]],
  hearing: (r) => {
    const st = stageOf(r.status);
    return [
      ['accept', st ? r.progress[st]?.accepted_date : r.progress.acceptance?.accepted_date],
      ['hearing_end', last(r.progress.hearings)?.concluded_date],
    ];
  },
  hearing_end: (r) => [['hearing', last(r.progress.hearings)?.decided_date]],
  mediate: (r) => [
    ['accept', r.progress.acceptance?.accepted_date],
    ['hearing_end', last(r.progress.hearings)?.concluded_date],
  ],
  answer: (r) => [
    ['accept', r.progress.acceptance?.accepted_date],
    ['hearing_end', last(r.progress.hearings?.filter((h) => h.stage === 'handling'))?.concluded_date],
  ],
  decide: (r) => {
    const st = stageOf(r.status)!;
    return [
      ['accept', r.progress[st]?.accepted_date],
      ['hearing_end', last(r.progress.hearings?.filter((h) => h.stage === st))?.concluded_date],
    ];
  },
  serve: (r) => {
    const st = stageOf(r.status);
    return st ? [['decide', r.progress[st]?.outcome ? r.progress[st]?.issue_date : undefined]] : [['answer', r.progress.handling_opinion?.issue_date]];
  },
  request_review: (r) => [['serve', last(r.progress.services?.filter((x) => x.doc_type === 'handling_opinion'))?.served_date]],
  request_rereview: (r) => [['serve', last(r.progress.services?.filter((x) => x.doc_type === 'review_opinion'))?.served_date]],
  withdraw: (r) => {
    const st = stageOf(r.status)!;
    return [[`request_${st}`, r.progress[st]?.application_received_date]];
  },
  terminate: (r) => {
    const p = r.progress;
    switch (r.status) {
      case 'answer_served':
      case 'review_served':
      case 'rereview_served':
        return [['serve', last(p.services)?.served_date]];
      case 'mediated':
        return [['mediate', p.mediation?.agreed_date]];
      case 'withdrawn':
        return [['withdraw', p.withdrawal?.withdrawn_date]];
      case 'not_accepted':
        return [['decline', p.non_acceptance?.decided_date]];
      case 'review_not_accepted':
      case 'rereview_not_accepted':
        return [['decline', p[r.status === 'review_not_accepted' ? 'review' : 'rereview']?.non_acceptance?.decided_date]];
      case 'transferred_out':
        return [['transfer', p.transfer?.transfer_date]];
      case 'routed_to_legal_procedure':
        return [['route_legal', p.routing?.routed_date]];
      default:
        return [];
    }
  },
  archive: (r) => [['terminate', r.progress.termination?.terminated_date]],
};

function dependencies(rec: CaseRecord, event: string): { event: string; zh: string; en: string; date: IsoDate }[] {
  const spec = (e: string) => own(EVENTS, e) ?? (e === 'register' ? { label_zh: '本机关收到转交办', label_en: 'receipt of the transfer' } : undefined);
  return (DEPENDS_ON[event]?.(rec) ?? []).flatMap(([e, date]) => (date ? [{ event: e, zh: spec(e)?.label_zh ?? e, en: spec(e)?.label_en ?? e, date }] : []));
}

function isLate(rec: CaseRecord, st: 'review' | 'rereview', ctx: LifecycleContext): boolean {
  const c = clock(rec, ctx, st === 'review' ? 'review_window' : 'rereview_window');
  const received = rec.progress[st]?.application_received_date;
  return !!(c && received && received > c.deadline.due);
}

function receiveReview(rec: CaseRecord, ev: Required<CaseEvent> & { details: Details }, ctx: LifecycleContext, v: Problems, st: 'review' | 'rereview'): CaseStatus {
  const { by_agent, ...d } = ev.details as Partial<S.CaseProgress['review'] & object> & { by_agent?: boolean };
  const app = { application_date: d.application_date ?? ev.date, ...d, application_received_date: ev.date } as S.CaseProgress['review'] & object;
  v.check('V-CASE-2', 'application', { application_date: app.application_date, received: ev.date });
  if (by_agent || rec.via_agent) {
    if (by_agent) checkAgentPower(rec, ev.date, st === 'review' ? 'apply_review' : 'apply_rereview', v);
  }
  // V-REV-2: review requests stay within the original requests.
  const original = (st === 'review' ? rec.progress.handling_opinion?.requests : (rec.progress.review?.review_requests ?? rec.progress.handling_opinion?.requests)) ?? [];
  v.check('V-REV-2', 'requests', { requests: app.review_requests ?? [], original });
  rec.progress[st] = app;
  const c = clock(rec, ctx, st === 'review' ? 'review_window' : 'rereview_window');
  v.check('V-REV-1', 'window', { received: ev.date, due: c?.deadline.due, ...(app.late_reason ? { late_reason: app.late_reason } : {}) });
  v.check('V-CAL-1', 'window', { provisional: c?.deadline.provisional });
  return st === 'review' ? 'review_received' : 'rereview_received';
}

/** The agent overlay's own steps (SPEC §4.4); lifecycle events above move it where the law does. */
export const PROXY_EVENTS: Readonly<Record<string, { from: readonly ProxyStatus[]; to: ProxyStatus; label_zh: string; label_en: string }>> = {
  proxy_close: { from: ['proxy_submitted', 'proxy_tracking', 'proxy_review_assist'], to: 'proxy_closed', label_zh: '代理终结', label_en: 'close the agency' },
  proxy_archive: { from: ['proxy_closed'], to: 'proxy_archived', label_zh: '代理归档', label_en: 'file the agency record' },
  proxy_revoke: {
    from: ['proxy_entrusted', 'proxy_verified', 'proxy_submitted', 'proxy_tracking', 'proxy_review_assist'],
    to: 'authorization_revoked',
    label_zh: '撤销委托',
    label_en: 'revoke the authorization',
  },
};

export function allowedEvents(rec: Pick<CaseRecord, 'status' | 'proxy_status'>): string[] {
  if (CLOSED.has(rec.status) && rec.status === 'archived') return [];
  const out = Object.entries(EVENTS)
    .filter(([, s]) => (s.from === 'any_open' ? !CLOSED.has(rec.status) : s.from.includes(rec.status)))
    .map(([k]) => k);
  if (rec.proxy_status) for (const [k, s] of Object.entries(PROXY_EVENTS)) if (s.from.includes(rec.proxy_status)) out.push(k);
  return out;
}

const OTHER_EVENTS: Readonly<Record<string, { label_zh: string; label_en: string }>> = {
  register: { label_zh: '登记', label_en: 'registered' },
  void_serial: { label_zh: '作废编号', label_en: 'serial voided' },
  correct: { label_zh: '更正', label_en: 'correction' },
  disclose: { label_zh: '显示保密信息', label_en: 'confidential identities shown' },
};

export function eventLabel(name: string): string {
  const s = own(EVENTS, name) ?? own(PROXY_EVENTS, name) ?? own(OTHER_EVENTS, name);
  return s ? t(s.label_zh, s.label_en) : name;
}

export function allEventNames(): string[] {
  return [...Object.keys(EVENTS), ...Object.keys(PROXY_EVENTS)];
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

/**
 * Apply one event to a record. Throws ILLEGAL_STEP or VALIDATION; never returns a half-applied
 * record. `inPlace` skips the copy when the caller discards the record on any error (import replay).
 */
export function applyEvent(record: CaseRecord, ev: CaseEvent, ctx: LifecycleContext, opts: { inPlace?: boolean } = {}): Applied {
  const rec = opts.inPlace ? record : clone(record);
  const allowed = allowedEvents(rec);
  const stateLabel = `${labelOf(CASE_STATUS, rec.status)}（${rec.status}）`;
  const spec = own(EVENTS, ev.event);
  const proxy = own(PROXY_EVENTS, ev.event);
  if (!spec && !proxy) {
    throw new XfError('USAGE', t(`未知的事件「${ev.event}」；可用事件：${allEventNames().join(', ')}`, `unknown event "${ev.event}"; events: ${allEventNames().join(', ')}`));
  }
  if (rec.status === 'archived') {
    throw new XfError('ILLEGAL_STEP', t(`案件 ${rec.case_no} 已归档并锁定，不能再记录事件`, `case ${rec.case_no} is archived and locked; no further events`), [], { status: rec.status, allowed: [] });
  }
  if (!allowed.includes(ev.event)) {
    const here = proxy ? `${labelOf(PROXY_STATUS, rec.proxy_status)}（${rec.proxy_status ?? '—'}）` : stateLabel;
    throw new XfError(
      'ILLEGAL_STEP',
      t(
        `当前状态为${here}，不能执行「${ev.event}」（${eventLabel(ev.event)}）。可执行的事件：${allowed.join(', ') || '无'}`,
        `the case is ${here}; "${ev.event}" is not allowed. Allowed: ${allowed.join(', ') || 'none'}`,
      ),
      [],
      { status: rec.status, proxy_status: rec.proxy_status, allowed },
    );
  }
  const problems = new Problems();
  problems.check('DATE', 'date', { date: ev.date, today: ctx.today });
  problems.check('V-CASE-2', 'order', { key: 'event_before_received', field: 'date', date: ev.date, min: rec.received_date });
  if (proxy) {
    rec.proxy_status = proxy.to;
    if (proxy.to === 'authorization_revoked' && rec.authorization) rec.authorization.revoked_date ??= ev.date;
  } else if (spec) {
    const details: Details = { ...(ev.details ?? {}) };
    for (const f of spec.dateFields ?? []) if (details[f] === undefined) details[f] = ev.date;
    if (spec.details) {
      const sv = schemaViolations(spec.details, details);
      if (sv.length) throw validationError(t(`事件 ${ev.event} 的详情`, `details of ${ev.event}`), sv);
    } else if (Object.keys(details).length) {
      throw validationError(t(`事件 ${ev.event} 的详情`, `details of ${ev.event}`), [violate('SCHEMA', 'no_details', { field: 'details', found: details })]);
    }
    problems.check('V-CASE-2', 'depends', { date: ev.date, deps: dependencies(rec, ev.event) });
    try {
      rec.status = spec.apply(rec, { event: ev.event, date: ev.date, details }, ctx, problems);
    } catch (e) {
      // details the schema leaves optional but the step reads (answer without requests/outcomes…):
      // a named refusal, not a crash (issue 11); the step's own checks should name the field
      if (!(e instanceof TypeError)) throw e;
      throw validationError(t(`事件 ${ev.event} 的详情`, `details of ${ev.event}`), check('V-EVT-1', 'complete', { error: e.message, event: ev.event, label: eventLabel(ev.event) }));
    }
  }
  const errors = problems.list.filter((p) => p.severity === 'error');
  if (errors.length) throw validationError(t(`事件 ${ev.event}`, `event ${ev.event}`), problems.list);
  const clocks = caseClocks(rec, { pack: ctx.pack, calendar: ctx.calendar, isXfBureau: ctx.isXfBureau, asOf: ctx.today });
  const warnings = [...problems.list];
  for (const c of clocks)
    if (c.open) warnings.push(...check('V-CAL-1', 'clock', { provisional: c.deadline.provisional, due: c.deadline.due, until: ctx.calendar.coveredUntil, field: c.slot }, { label: c.rule.label_zh }));
  const effects = ev.event === 'accept' && rec.status === 'accepted' && rec.via_agent && !rec.slip_no ? { allocateSlip: true } : {};
  return { record: rec, warnings, effects };
}

/** A new case record from a checked case file (T1). */
export function registerCase(file: S.CaseFile, caseNo: string): CaseRecord {
  const { history: _h, $schema: _s, ...rest } = file;
  return {
    ...clone(rest),
    case_no: caseNo,
    status: 'registered',
    progress: {},
    ...(file.via_agent ? { proxy_status: 'proxy_submitted' as ProxyStatus } : {}),
  };
}

// --- an event's detail fields, from its schema (`xf case event EVENT --help`, the README table) ---

export interface DetailField {
  /** Path as `--set` takes it: `handler.handler_name`, `requests[].seq`. */
  id: string;
  label: string;
  /** string | text | date | integer | boolean | enum | list | object, with `list` items after a colon. */
  type: string;
  /** Enum values, when the field (or a list's items) is one. */
  values?: string[];
  /** Required (inside its parent object or list item when `within` is set). */
  required: boolean;
  within?: string;
  /** Filled from the event date when absent. */
  defaults_to_event_date?: boolean;
}

type Node = { type?: string; format?: string; minLength?: number; title?: string; anyOf?: { const?: unknown }[]; items?: Node; properties?: Record<string, Node>; required?: string[] };

function typeOf(n: Node): { type: string; values?: string[] } {
  if (n.anyOf) return { type: 'enum', values: n.anyOf.map((x) => String(x.const)) };
  if (n.type === 'string') return { type: n.format === 'date' ? 'date' : n.minLength ? 'string' : 'text' };
  if (n.type === 'array') {
    const it = typeOf(n.items ?? {});
    return { type: `list:${it.type}`, ...(it.values ? { values: it.values } : {}) };
  }
  return { type: n.type ?? 'unknown' };
}

/** Every detail field of an event (objects and lists of objects opened one level deep). */
export function eventFields(event: string): DetailField[] {
  const spec = own(EVENTS, event);
  if (!spec?.details) return [];
  const out: DetailField[] = [];
  const walk = (n: Node, prefix: string, within: string | undefined, depth: number) => {
    for (const [k, p] of Object.entries(n.properties ?? {})) {
      const id = prefix + k;
      const required = (n.required ?? []).includes(k);
      const ty = typeOf(p);
      const dated = depth === 0 && (spec.dateFields ?? []).includes(k);
      out.push({ id, label: p.title ?? '', type: ty.type, ...(ty.values ? { values: ty.values } : {}), required, ...(within ? { within } : {}), ...(dated ? { defaults_to_event_date: true } : {}) });
      if (depth < 2 && p.type === 'object') walk(p, `${id}.`, id, depth + 1);
      if (depth < 2 && p.type === 'array' && p.items?.type === 'object') walk(p.items, `${id}[].`, id, depth + 1);
    }
  };
  walk(spec.details as unknown as Node, '', undefined, 0);
  return out;
}

/** The schema node of a details path (`handler.handler_name`), for typing `--set` values. */
export function detailNode(event: string, path: string[]): { type?: string; items?: { type?: string; anyOf?: unknown[] }; anyOf?: unknown[] } | undefined {
  let n = own(EVENTS, event)?.details as unknown as Node | undefined;
  for (const k of path) {
    n = n?.properties?.[k];
    if (!n) return undefined;
  }
  return n;
}

// --- corrections (更正) and the replay of a case's log ---

/** One entry of a case's event log, as the register keeps it (details as recorded). */
export interface LoggedEvent {
  seq: number;
  event: string;
  date: IsoDate;
  details: Details;
}

/** What a `correct` event records. */
export interface CorrectionDetails {
  target_seq: number;
  target_event: string;
  set: Details;
  event_date?: IsoDate;
  reason: string;
  approved_by: string;
}

/** Events a correction may target: the lifecycle's own (not the registration, a void or another correction). */
export function isCorrectable(event: string): boolean {
  return Object.hasOwn(EVENTS, event) || Object.hasOwn(PROXY_EVENTS, event);
}

function mergeDetails(a: Details, b: Details): Details {
  const out: Details = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v) ? mergeDetails(cur as Details, v as Details) : v;
  }
  return out;
}

/**
 * Replay a case's log from its registered record: every lifecycle event with its details as
 * corrected by every later `correct` event (never its type), so state and clocks come out as if
 * the corrected details had been there. Throws the first event that no longer holds, naming it.
 */
export function replayLog(start: CaseRecord, log: readonly LoggedEvent[], ctx: LifecycleContext): { record: CaseRecord; warnings: Violation[] } {
  const fixes = new Map<number, CorrectionDetails[]>();
  const corrections: NonNullable<CaseRecord['corrections']> = [];
  for (const e of log) {
    if (e.event !== 'correct') continue;
    const c = e.details as unknown as CorrectionDetails;
    fixes.set(c.target_seq, [...(fixes.get(c.target_seq) ?? []), c]);
    corrections.push({ seq: e.seq, date: e.date, ...c });
  }
  let rec = clone(start);
  const warnings: Violation[] = [];
  for (const e of log) {
    if (!isCorrectable(e.event)) continue;
    let details = e.details;
    let date = e.date;
    for (const c of fixes.get(e.seq) ?? []) {
      details = mergeDetails(details, c.set);
      date = c.event_date ?? date;
    }
    try {
      const applied = applyEvent(rec, { event: e.event, date, details }, ctx, { inPlace: true });
      rec = applied.record;
      warnings.push(...applied.warnings);
    } catch (err) {
      if (!(err instanceof XfError) || !fixes.size) throw err;
      throw new XfError(
        err.code,
        t(
          `更正后，第 #${e.seq} 项事件「${eventLabel(e.event)}」（${e.event} ${date}）不再成立：${err.message}`,
          `after the correction, event #${e.seq} (${e.event} ${date}) no longer holds: ${err.message}`,
        ),
        err.violations,
        { ...err.details, seq: e.seq },
      );
    }
  }
  if (corrections.length) rec.corrections = corrections;
  else delete rec.corrections;
  return { record: rec, warnings };
}
