// The case lifecycle (SPEC §4): states, the events that move between them, their guards and what
// each adds to the record. Pure: an event is applied to a copy of the record; the register stores
// the result and the event in one transaction.
import { Type, type TSchema } from '@sinclair/typebox';
import * as S from './case-schema.js';
import type { CaseRecord } from './case.js';
import type { Calendar } from './calendar.js';
import { caseClocks, type Clock } from './clocks.js';
import { type IsoDate } from './dates.js';
import { CASE_STATUS, GROUND_STAGE, labelOf, PROXY_STATUS, type CaseStatus, type GroundCode, type ProxyStatus } from './enums.js';
import { XfError, validationError, type Violation } from './errors.js';
import { t } from './i18n.js';
import type { ResolvedRulePack } from './rulepacks.js';
import { schemaViolations } from './schema-check.js';

export interface LifecycleContext {
  pack: ResolvedRulePack;
  calendar: Calendar;
  isXfBureau: boolean;
  /** Today (Asia/Shanghai); events may not be dated after it. */
  today: IsoDate;
  /** Default names for the remedy paragraph (V-DOC-3) from the office config. */
  reviewOrgName?: string;
  rereviewOrgName?: string;
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

class Problems {
  readonly list: Violation[] = [];
  error(rule: string, field: string, label: string, message: string, found?: unknown): void {
    this.list.push({ rule, field, label, message, severity: 'error', ...(found !== undefined ? { found } : {}) });
  }
  warn(rule: string, field: string, label: string, message: string, found?: unknown): void {
    this.list.push({ rule, field, label, message, severity: 'warning', ...(found !== undefined ? { found } : {}) });
  }
}

const CLOSED: ReadonlySet<CaseStatus> = new Set(['terminated', 'archived']);
const REVIEW_STATES: readonly CaseStatus[] = ['review_received', 'review_awaiting_materials', 'review_in_progress'];
const REREVIEW_STATES: readonly CaseStatus[] = ['rereview_received', 'rereview_awaiting_materials', 'rereview_in_progress'];

function clock(rec: CaseRecord, ctx: LifecycleContext, slot: Clock['slot']): Clock | undefined {
  return caseClocks(rec, { pack: ctx.pack, calendar: ctx.calendar, isXfBureau: ctx.isXfBureau, asOf: ctx.today }).find((c) => c.slot === slot);
}

/** V-AG-3: an act done by the agent needs an unrevoked authorization covering the date, with the power. */
function checkAgentPower(rec: CaseRecord, date: IsoDate, power: string, v: Problems): void {
  const au = rec.authorization;
  if (!au) { v.error('V-AG-3', 'authorization', '授权委托书', t('代理人办理须有授权委托书', 'the agent needs an authorization letter')); return; }
  if (rec.proxy_status === 'authorization_revoked' || (au.revoked_date && au.revoked_date <= date)) {
    v.error('V-AG-3', 'authorization.revoked_date', '撤销日期', t('授权委托已撤销，代理人不得再办理（BJ06 §27）', 'the authorization was revoked (BJ06 §27)'), au.revoked_date);
  }
  if (!(au.proxy_powers as string[]).includes(power)) {
    v.error('V-AG-3', 'authorization.proxy_powers', '代理权限', t(`授权委托书未授予「${power}」权限`, `the authorization does not grant "${power}"`), au.proxy_powers);
  }
  if (date < au.proxy_term_from || (au.proxy_term_to && date > au.proxy_term_to && !au.until_case_terminated)) {
    v.error('V-AG-3', 'authorization.proxy_term_to', '代理期限', t(`代理期限未覆盖${date}`, `the term does not cover ${date}`), `${au.proxy_term_from}–${au.proxy_term_to ?? ''}`);
  }
}

function remedyCheck(rec: CaseRecord, orgName: string | undefined, field: string, v: Problems): void {
  if (!orgName) {
    v.error('V-DOC-3', field, '复查（复核）机关', t('意见书须写明救济途径：上一级复查（复核）机关名称（本文件或 xf.config.json 中设置）', 'the remedy paragraph needs the next-level body (in the details or xf.config.json)'));
  }
}

function checkGrounds(codes: readonly GroundCode[], stage: 'initial' | 'review', rec: CaseRecord, v: Problems): void {
  codes.forEach((c, i) => {
    const s = GROUND_STAGE[c];
    const ok = s === 'any' || s === stage || (s === 'agent' && rec.via_agent);
    if (!ok) v.error('V-NA-1', `ground_codes[${i}]`, '不予受理理由', t(`${c} 不适用于${stage === 'review' ? '复查/复核申请' : '初次信访'}`, `${c} does not apply to ${stage === 'review' ? 'review applications' : 'first petitions'}`), c);
  });
}

const DetailsOf = (schema: TSchema, omit: string[] = []) => {
  // Dates that default to the event date become optional in the details.
  const s = schema as unknown as { properties: Record<string, TSchema>; required?: string[] };
  const props: Record<string, TSchema> = {};
  for (const [k, p] of Object.entries(s.properties)) props[k] = (s.required ?? []).includes(k) && !omit.includes(k) ? p : Type.Optional(p);
  return Type.Object(props, { additionalProperties: false, title: (schema as { title?: string }).title });
};

const ByAgent = { by_agent: Type.Optional(Type.Boolean({ title: '由代理人办理' })) };

const ReviewApplication = Type.Object({
  application_date: Type.Optional(S.ReviewStage.properties.application_date),
  application_received_date: Type.Optional(S.ReviewStage.properties.application_received_date),
  reviewing_org_name: S.ReviewStage.properties.reviewing_org_name,
  respondent_org: S.ReviewStage.properties.respondent_org,
  review_requests: S.ReviewStage.properties.review_requests,
  applicant_claims: S.ReviewStage.properties.applicant_claims,
  late_reason: S.ReviewStage.properties.late_reason,
  ...ByAgent,
}, { additionalProperties: false, title: '复查（复核）申请' });

const ReviewDecision = Type.Object({
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
}, { additionalProperties: false, title: '复查（复核）意见' });

function stageOf(status: CaseStatus): 'review' | 'rereview' | undefined {
  if ((REVIEW_STATES as string[]).includes(status) || status === 'review_served') return 'review';
  if ((REREVIEW_STATES as string[]).includes(status) || status === 'rereview_served') return 'rereview';
  return undefined;
}

export const EVENTS: Readonly<Record<string, EventSpec>> = {
  request_materials: {
    label_zh: '通知补齐材料', label_en: 'ask for missing materials',
    from: ['registered', 'review_received', 'rereview_received'],
    details: DetailsOf(S.MaterialsCure, ['missing_items']), dateFields: ['notice_date'],
    apply(rec, ev) {
      const d = ev.details as S.CaseProgress['materials_cure'] & object;
      delete (d as { completed_date?: string }).completed_date;
      const st = stageOf(rec.status);
      if (st) { rec.progress[st]!.materials = d; return st === 'review' ? 'review_awaiting_materials' : 'rereview_awaiting_materials'; }
      rec.progress.materials_cure = d;
      return 'awaiting_materials';
    },
  },
  materials_cured: {
    label_zh: '材料已补齐', label_en: 'materials completed',
    from: ['awaiting_materials', 'review_awaiting_materials', 'rereview_awaiting_materials'],
    apply(rec, ev, ctx, v) {
      const st = stageOf(rec.status);
      const m = st ? rec.progress[st]!.materials! : rec.progress.materials_cure!;
      if (ev.date < m.notice_date) v.error('V-CASE-2', 'date', '补齐日期', t(`不得早于补齐通知日期（${m.notice_date}）`, `must not be before the notice (${m.notice_date})`), ev.date);
      m.completed_date = ev.date; // R7: the receipt date becomes the completion date
      const c = clock(rec, ctx, 'materials_cure');
      if (c && ev.date > c.deadline.due) v.warn('DL-09', 'date', '补齐日期', t(`补齐期限已于${c.deadline.due}届满，可依 NA11 不予受理`, `the cure period ended on ${c.deadline.due}; NA11 may apply`), ev.date);
      return st === 'review' ? 'review_received' : st === 'rereview' ? 'rereview_received' : 'registered';
    },
  },
  transfer: {
    label_zh: '转送/交办', label_en: 'forward or assign',
    from: ['registered'],
    details: DetailsOf(S.Transfer, ['target_org', 'kind']), dateFields: ['transfer_date'],
    apply(rec, ev) { rec.progress.transfer = ev.details as S.CaseProgress['transfer']; return 'transferred_out'; },
  },
  object: {
    label_zh: '提出转交办异议', label_en: 'object to a transfer',
    from: ['registered'],
    details: DetailsOf(S.Objection, ['reasons']), dateFields: ['objection_date'],
    apply(rec, ev, ctx, v) {
      if (!rec.transfer_from_org) v.error('T3', 'transfer_from_org', '转送/交办机关', t('只有经转送、交办的事项才能提出异议', 'only a transferred matter can be objected to'));
      const c = clock(rec, ctx, 'transfer_objection');
      if (c && ev.date > c.deadline.due) v.warn('DL-04', 'date', '异议日期', t(`异议期限为${c.deadline.due}（5个工作日），已逾期`, `the objection window ended on ${c.deadline.due}`), ev.date);
      rec.progress.objection = ev.details as S.CaseProgress['objection'];
      return 'objection_pending';
    },
  },
  objection_accepted: {
    label_zh: '异议成立，退回材料', label_en: 'objection accepted',
    from: ['objection_pending'],
    apply() { return 'transferred_out'; },
  },
  objection_rejected: {
    label_zh: '异议不成立，继续办理', label_en: 'objection rejected',
    from: ['objection_pending'],
    apply(rec) { delete rec.progress.objection; return 'registered'; },
  },
  decline: {
    label_zh: '不予受理', label_en: 'decline to accept',
    from: ['registered', 'review_received', 'rereview_received'],
    details: DetailsOf(S.NonAcceptance, ['ground_codes']), dateFields: ['decided_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as S.CaseProgress['non_acceptance'] & object;
      const st = stageOf(rec.status);
      // a decline names at least one ground (XFGZ §30-§31); without one it once crashed here
      if (!Array.isArray(d.ground_codes) || !d.ground_codes.length) v.error('V-NA-1', 'ground_codes', '不予受理理由', t('不予受理须列明至少一个理由代码（NA01–NA15）', 'a decline needs at least one ground code (NA01–NA15)'));
      d.ground_codes ??= [];
      checkGrounds(d.ground_codes as GroundCode[], st ? 'review' : 'initial', rec, v);
      if (st) {
        const late = rec.progress[st]!.late_reason === undefined && isLate(rec, st, ctx);
        if (late && !d.ground_codes.includes('NA10')) v.warn('V-NA-1', 'ground_codes', '不予受理理由', t('申请已超过法定期限，应适用 NA10(d)', 'the application was late: NA10(d) applies'));
        if (!d.appeal_text) v.warn('S004-§16', 'appeal_text', '救济告知', t('复查/复核不予受理通知书应告知申诉途径', 'the review non-acceptance notice should state how to appeal'));
        rec.progress[st]!.non_acceptance = d;
        return st === 'review' ? 'review_not_accepted' : 'rereview_not_accepted';
      }
      rec.progress.non_acceptance = d;
      return 'not_accepted';
    },
  },
  route_legal: {
    label_zh: '导入法定程序', label_en: 'route to a legal procedure',
    // Also after acceptance: handling may show the matter belongs to a legal procedure (XFGZ §31).
    from: ['registered', 'accepted', 'in_progress'],
    details: Type.Object({
      route: S.CaseProgress.properties.routing.properties.route,
      redirect_org: Type.Optional(Type.String({ minLength: 1, title: '指引机关' })),
      doc_no: Type.Optional(Type.String({ minLength: 1, title: '文号' })),
    }, { additionalProperties: false, title: '导入法定程序' }),
    apply(rec, ev, _ctx, v) {
      if (rec.claim_route === 'xf_opinion') v.error('V-CASE-6', 'claim_route', '申诉求决分流', t('分流途径为 xf_opinion 的事项应出具信访处理意见书，不能导入法定程序', 'a matter routed to xf_opinion gets a handling opinion, not a legal route'), rec.claim_route);
      rec.progress.routing = { routed_date: ev.date, ...(ev.details as { route: 'litigation' }) };
      return 'routed_to_legal_procedure';
    },
  },
  accept: {
    label_zh: '受理', label_en: 'accept',
    from: ['registered', 'review_received', 'rereview_received'],
    details: Type.Object({
      ...DetailsOf(S.Acceptance).properties,
      handler: Type.Optional(S.Handler),
    }, { additionalProperties: false, title: '受理' }),
    dateFields: ['accepted_date'],
    apply(rec, ev, ctx, v) {
      const { handler, ...acc } = ev.details as NonNullable<S.CaseProgress['acceptance']> & { handler?: S.CaseFile['handler'] };
      if (handler) rec.handler = handler;
      if (rec.handler?.conflict_declared && !(rec.handler.recusal_decision && rec.handler.recusal_decided_by)) {
        v.error('V-CASE-5', 'handler.recusal_decision', '回避决定', t('承办人声明存在利害关系，须先作出回避决定并更换承办人', 'the handler declared a conflict: record the recusal decision first'));
      }
      const st = stageOf(rec.status);
      if (st) {
        const r = rec.progress[st]!;
        r.accepted_date = ev.date;
        const c = clock(rec, ctx, st === 'review' ? 'review_acceptance' : 'rereview_acceptance');
        if (c && ev.date > c.deadline.act_by) v.warn('V-DOC-8', 'date', '受理日期', t(`受理决定期限为${c.deadline.act_by}，已逾期`, `the acceptance decision was due by ${c.deadline.act_by}`), ev.date);
        if (rec.via_agent && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_review_assist';
        return st === 'review' ? 'review_in_progress' : 'rereview_in_progress';
      }
      const base = rec.progress.materials_cure?.completed_date ?? rec.received_date;
      if (ev.date < base) v.error('V-CASE-2', 'accepted_date', '受理日期', t(`受理日期不得早于${base}`, `must not be before ${base}`), ev.date);
      if (rec.category === 'claim' && rec.claim_route && rec.claim_route !== 'xf_opinion') {
        v.warn('V-CASE-6', 'claim_route', '申诉求决分流', t('该事项应导入相应法定程序（route_legal，XFGZ §31(一)–(五)），不出具信访处理意见书', 'this matter belongs to a legal procedure (route_legal, XFGZ §31(1)–(5)); it gets no handling opinion'), rec.claim_route);
      }
      const c = clock(rec, ctx, rec.transfer_from_org ? 'transfer_notice' : 'intake_notice');
      const noticeDate = (acc.issue_date ?? ev.date);
      if (c && noticeDate > c.deadline.due) v.warn('V-DOC-8', 'issue_date', '告知日期', t(`受理告知期限为${c.deadline.due}，逾期告知`, `the notice was due by ${c.deadline.due}`), noticeDate);
      rec.progress.acceptance = { ...acc, accepted_date: ev.date };
      if (rec.via_agent && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_tracking';
      return 'accepted';
    },
  },
  start: {
    label_zh: '开始办理', label_en: 'start handling',
    from: ['accepted'],
    apply() { return 'in_progress'; },
  },
  extend: {
    label_zh: '延期办理', label_en: 'extend the handling period',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.Extension, ['extension_days', 'extension_reason', 'approved_by']), dateFields: ['notice_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as NonNullable<S.CaseProgress['extension']>;
      if (rec.progress.extension) v.error('V-DOC-9', 'extension', '延期办理', t('办理期限只能延长一次', 'the handling period can be extended once'));
      const max = ctx.pack.limits.max_extension_days;
      if (d.extension_days > max) v.error('V-DOC-9', 'extension_days', '延长天数', t(`延长期限不得超过${max}日（XFGZ §34）`, `at most ${max} days (XFGZ §34)`), d.extension_days);
      if (d.approved_by_is_head === false) v.error('V-DOC-9', 'approved_by', '批准人', t('延期须经本机关负责人批准', 'an extension needs the organ head\'s approval'), d.approved_by);
      const c = clock(rec, ctx, 'handling');
      if (c && d.notice_date >= c.deadline.due) v.error('V-DOC-9', 'notice_date', '延期告知日期', t(`延期须在原办结期限（${c.deadline.due}）届满前告知信访人`, `the petitioner must be told before the original due date (${c.deadline.due})`), d.notice_date);
      rec.progress.extension = d;
      return 'in_progress';
    },
  },
  hearing: {
    label_zh: '决定举行听证', label_en: 'decide to hold a hearing',
    from: ['accepted', 'in_progress', 'review_in_progress', 'rereview_in_progress'],
    details: DetailsOf(Type.Omit(S.Hearing, ['stage']), []), dateFields: ['decided_date'],
    apply(rec, ev, _ctx, v) {
      const h = ev.details as unknown as S.CaseProgress['hearings'] extends (infer H)[] | undefined ? H : never;
      const stage = stageOf(rec.status) ?? 'handling';
      if (h.chair && h.investigators?.includes(h.chair)) v.error('V-HEAR-1', 'chair', '主持人', t('主持人不得由本案调查人员担任', 'the chair may not be one of the case investigators'), h.chair);
      if (rec.category === 'accusation' || rec.confidentiality_requested) v.warn('V-HEAR-2', 'hearing', '听证', t('涉及隐私、商业秘密或保密事项的，一般不举行听证', 'hearings are not held on confidential matters'));
      rec.progress.hearings = [...(rec.progress.hearings ?? []), { ...h, stage }];
      return 'hearing';
    },
  },
  hearing_end: {
    label_zh: '听证结束', label_en: 'hearing concluded',
    from: ['hearing'],
    details: DetailsOf(Type.Omit(S.Hearing, ['stage', 'decided_date'])), dateFields: ['concluded_date'],
    apply(rec, ev, _ctx, v) {
      const list = rec.progress.hearings ?? [];
      const h = list[list.length - 1]!;
      Object.assign(h, ev.details, { concluded_date: ev.date });
      if (h.chair && h.investigators?.includes(h.chair)) v.error('V-HEAR-1', 'chair', '主持人', t('主持人不得由本案调查人员担任', 'the chair may not be one of the case investigators'), h.chair);
      return h.stage === 'review' ? 'review_in_progress' : h.stage === 'rereview' ? 'rereview_in_progress' : 'in_progress';
    },
  },
  mediate: {
    label_zh: '调解/和解', label_en: 'mediated settlement',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.Mediation, ['terms']), dateFields: ['agreed_date'],
    apply(rec, ev) { rec.progress.mediation = ev.details as unknown as S.CaseProgress['mediation']; return 'mediated'; },
  },
  answer: {
    label_zh: '出具处理意见书', label_en: 'issue the handling opinion',
    from: ['accepted', 'in_progress'],
    details: DetailsOf(S.HandlingOpinion, ['requests', 'petitioner_facts_reasons', 'findings', 'outcomes', 'legal_basis']), dateFields: ['issue_date'],
    apply(rec, ev, ctx, v) {
      const d = ev.details as unknown as S.CaseProgress['handling_opinion'] & object;
      if (rec.category === 'claim' && rec.claim_route !== 'xf_opinion') {
        v.error('V-CASE-6', 'claim_route', '申诉求决分流', t('只有分流途径为 xf_opinion 的申诉求决类事项才出具信访处理意见书；其他途径应出具导入程序告知', 'only claims routed to xf_opinion get a handling opinion'), rec.claim_route);
      }
      const seqs = d.requests.map((r) => r.seq);
      for (const s of seqs) {
        const n = d.outcomes.filter((o) => o.request_seq === s).length;
        if (n !== 1) v.error('V-DOC-4', 'outcomes', '处理意见', t(`第${s}项请求须有且只有一项处理意见（现有${n}项）`, `request ${s} needs exactly one outcome (has ${n})`));
      }
      d.outcomes.forEach((o, i) => { if (!seqs.includes(o.request_seq)) v.error('V-DOC-4', `outcomes[${i}].request_seq`, '请求序号', t('没有对应的请求', 'matches no request'), o.request_seq); });
      if (d.outcomes.some((o) => o.outcome === 'support') && !d.enforcement_text) {
        v.warn('XFGZ-32', 'enforcement_text', '执行督促', t('支持的处理意见应写明督促落实措施', 'a supporting opinion should say how it will be enforced'));
      }
      d.review_org_name ??= ctx.reviewOrgName;
      remedyCheck(rec, d.review_org_name, 'review_org_name', v);
      if (rec.confidential && rec.respondent && d.copy_to?.some((x) => x.includes(rec.respondent!) || rec.respondent!.includes(x))) {
        v.error('V-DOC-2', 'copy_to', '抄送', t('保密事项不得抄送被反映对象', 'a confidential matter may not be copied to the respondent'), d.copy_to);
      }
      rec.progress.handling_opinion = d;
      return 'answered';
    },
  },
  decide: {
    label_zh: '作出复查/复核意见', label_en: 'record the review opinion',
    from: ['review_in_progress', 'rereview_in_progress'],
    details: ReviewDecision, dateFields: ['issue_date'],
    apply(rec, ev, ctx, v) {
      const st = stageOf(rec.status)!;
      const d = ev.details as Partial<S.CaseProgress['review'] & object>;
      const r = rec.progress[st]!;
      Object.assign(r, d);
      if (!r.outcome) v.error('SCHEMA', 'outcome', '复查（复核）意见', t('须写明复查（复核）意见：uphold / revoke_and_redo / modify', 'give the outcome'));
      if (r.outcome && r.outcome !== 'uphold' && !r.defects?.length) v.error('SD15-45', 'defects', '撤销/变更理由', t('撤销或变更须写明理由', 'revoking or modifying needs the defects found'));
      if (r.outcome === 'revoke_and_redo' && !r.redo_deadline) v.error('SD15-45', 'redo_deadline', '重作期限', t('撤销并责令重作须写明期限', 'an order to redo needs a deadline'));
      if (st === 'review') { r.next_org_name ??= ctx.rereviewOrgName; remedyCheck(rec, r.next_org_name, 'next_org_name', v); }
      if (st === 'rereview' && r.publication_allowed && !(rec.progress.hearings ?? []).some((h) => h.stage === 'rereview')) {
        v.error('XFGZ-36', 'publication_allowed', '可以向社会公示', t('只有经过听证的复核意见才可以向社会公示', 'only a re-review opinion after a hearing may be published'));
      }
      return rec.status;
    },
  },
  serve: {
    label_zh: '送达', label_en: 'serve the opinion',
    from: ['answered', 'review_in_progress', 'rereview_in_progress'],
    details: Type.Object({ ...DetailsOf(Type.Omit(S.Service, ['doc_type']), ['service_method']).properties, ...ByAgent }, { additionalProperties: false, title: '送达' }),
    dateFields: ['served_date'],
    apply(rec, ev, _ctx, v) {
      const { by_agent, ...d } = ev.details as unknown as S.CaseProgress['services'] extends (infer X)[] | undefined ? X & { by_agent?: boolean } : never;
      const st = stageOf(rec.status);
      const doc_type = st === 'review' ? 'review_opinion' : st === 'rereview' ? 'rereview_opinion' : 'handling_opinion';
      if (st && !rec.progress[st]!.outcome) v.error('T16', 'outcome', '复查（复核）意见', t('送达前须先记录意见（decide 事件）', 'record the opinion (decide) before serving it'));
      if (d.service_method === 'via_agent' || by_agent) checkAgentPower(rec, ev.date, 'receive_documents', v);
      if (d.remedy_notice_included === false && doc_type !== 'rereview_opinion') v.warn('R9', 'remedy_notice_included', '已告知救济途径和期限', t('未告知救济途径和期限：申请期限自知道或者应当知道之日起算，期限暂为临时', 'no remedy notice: the window is provisional until known_date is recorded'));
      rec.progress.services = [...(rec.progress.services ?? []), { ...d, doc_type, served_date: ev.date }];
      return st === 'review' ? 'review_served' : st === 'rereview' ? 'rereview_served' : 'answer_served';
    },
  },
  request_review: {
    label_zh: '收到复查申请', label_en: 'review application received',
    from: ['answer_served'],
    details: ReviewApplication, dateFields: ['application_received_date'],
    apply(rec, ev, ctx, v) { return receiveReview(rec, ev, ctx, v, 'review'); },
  },
  request_rereview: {
    label_zh: '收到复核申请', label_en: 're-review application received',
    from: ['review_served'],
    details: ReviewApplication, dateFields: ['application_received_date'],
    apply(rec, ev, ctx, v) { return receiveReview(rec, ev, ctx, v, 'rereview'); },
  },
  withdraw: {
    label_zh: '撤回申请', label_en: 'withdraw the application',
    from: [...REVIEW_STATES, ...REREVIEW_STATES],
    details: Type.Object({ reason: Type.Optional(Type.String({ minLength: 1, title: '撤回理由' })), approved: Type.Optional(Type.Boolean({ title: '准许撤回' })), ...ByAgent }, { additionalProperties: false, title: '撤回' }),
    apply(rec, ev, _ctx, v) {
      const d = ev.details as { reason?: string; approved?: boolean; by_agent?: boolean };
      if (d.by_agent) checkAgentPower(rec, ev.date, 'withdraw', v);
      if (d.approved === false) v.error('S004-§17', 'approved', '准许撤回', t('撤回未获准许（损害公共利益或他人合法权益的不予准许）', 'the withdrawal was not permitted'));
      rec.progress.withdrawal = { withdrawn_date: ev.date, ...(d.reason ? { reason: d.reason } : {}), approved: true };
      return 'withdrawn';
    },
  },
  terminate: {
    label_zh: '办理终结', label_en: 'close the case',
    from: 'any_open',
    details: Type.Object({ reason: S.Termination.properties.reason, note: S.Termination.properties.note, doc_no: S.Termination.properties.doc_no }, { additionalProperties: false, title: '办理终结' }),
    apply(rec, ev, ctx, v) {
      const d = ev.details as { reason: S.CaseProgress['termination'] extends { reason: infer R } | undefined ? R : never; note?: string; doc_no?: string };
      const need: Partial<Record<string, CaseStatus[]>> = {
        rereview_served: ['rereview_served'], answer_window_lapsed: ['answer_served'], review_window_lapsed: ['review_served'],
        mediated: ['mediated'], withdrawn: ['withdrawn'], not_accepted: ['not_accepted', 'review_not_accepted', 'rereview_not_accepted'],
        transferred_out: ['transferred_out'], routed_to_legal_procedure: ['routed_to_legal_procedure'],
      };
      const states = need[d.reason];
      if (states && !states.includes(rec.status)) {
        v.error('T14', 'reason', '终结原因', t(`终结原因「${d.reason}」只适用于状态：${states.join('、')}`, `reason "${d.reason}" applies only in: ${states.join(', ')}`), rec.status);
      }
      const windowSlot = d.reason === 'answer_window_lapsed' ? 'review_window' : d.reason === 'review_window_lapsed' ? 'rereview_window' : undefined;
      if (windowSlot) {
        const c = clock(rec, ctx, windowSlot);
        if (c && ev.date <= c.deadline.due) v.error('T14', 'date', '终结日期', t(`申请期限至${c.deadline.due}届满，届满前不能以期限届满终结`, `the window runs until ${c.deadline.due}; it has not lapsed`), ev.date);
        if (c?.deadline.provisional) v.warn('R9', 'date', '终结日期', t('申请期限为临时计算（未告知救济途径或超出日历数据范围），请核实', 'the window is provisional; check it'));
      }
      rec.progress.termination = { terminated_date: ev.date, ...d };
      if (rec.via_agent && rec.proxy_status && rec.proxy_status !== 'authorization_revoked') rec.proxy_status = 'proxy_closed';
      return 'terminated';
    },
  },
  archive: {
    label_zh: '归档', label_en: 'archive',
    from: ['terminated'],
    details: Type.Object({
      archival_code: Type.Optional(Type.String({ minLength: 1, title: '档号' })),
      tag_manifest_sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', title: '标签清单摘要' })),
      // V-ARC-1 overridden: the recorded reason lets a rebuild reproduce the same 备考表.
      incomplete_reason: Type.Optional(Type.String({ minLength: 1, title: '不完整归档理由' })),
    }, { additionalProperties: false, title: '归档' }),
    apply(rec, ev) {
      rec.progress.archived = { archived_date: ev.date, ...(ev.details as object) };
      return 'archived';
    },
  },
};

function isLate(rec: CaseRecord, st: 'review' | 'rereview', ctx: LifecycleContext): boolean {
  const c = clock(rec, ctx, st === 'review' ? 'review_window' : 'rereview_window');
  const received = rec.progress[st]?.application_received_date;
  return !!(c && received && received > c.deadline.due);
}

function receiveReview(rec: CaseRecord, ev: Required<CaseEvent> & { details: Details }, ctx: LifecycleContext, v: Problems, st: 'review' | 'rereview'): CaseStatus {
  const { by_agent, ...d } = ev.details as Partial<S.CaseProgress['review'] & object> & { by_agent?: boolean };
  const app = { application_date: d.application_date ?? ev.date, ...d, application_received_date: ev.date } as S.CaseProgress['review'] & object;
  if (app.application_date > ev.date) v.error('V-CASE-2', 'application_date', '申请日期', t('申请日期不得晚于收到日期', 'the application date may not be after its receipt'), app.application_date);
  if (by_agent || rec.via_agent) {
    if (by_agent) checkAgentPower(rec, ev.date, st === 'review' ? 'apply_review' : 'apply_rereview', v);
  }
  // V-REV-2: review requests stay within the original requests.
  const original = (st === 'review' ? rec.progress.handling_opinion?.requests : rec.progress.review?.review_requests ?? rec.progress.handling_opinion?.requests) ?? [];
  (app.review_requests ?? []).forEach((r, i) => {
    if (!original.some((o) => o.seq === r.seq)) v.error('V-REV-2', `review_requests[${i}]`, '复查（复核）请求', t('超出原信访（复查）请求范围', 'goes beyond the original requests'), r.seq);
  });
  rec.progress[st] = app;
  const c = clock(rec, ctx, st === 'review' ? 'review_window' : 'rereview_window');
  if (c && ev.date > c.deadline.due && !app.late_reason) {
    v.warn('V-REV-1', 'date', '收到申请日期', t(`申请期限已于${c.deadline.due}届满：应依 NA10(d) 不予受理，或记录正当理由（late_reason）`, `the window ended on ${c.deadline.due}: decline under NA10(d) or record late_reason`), ev.date);
  }
  if (c?.deadline.provisional) v.warn('V-CAL-1', 'date', '收到申请日期', t('申请期限为临时计算，请核实', 'the window is provisional; check it'));
  return st === 'review' ? 'review_received' : 'rereview_received';
}

/** The agent overlay's own steps (SPEC §4.4); lifecycle events above move it where the law does. */
export const PROXY_EVENTS: Readonly<Record<string, { from: readonly ProxyStatus[]; to: ProxyStatus; label_zh: string; label_en: string }>> = {
  proxy_close: { from: ['proxy_submitted', 'proxy_tracking', 'proxy_review_assist'], to: 'proxy_closed', label_zh: '代理终结', label_en: 'close the agency' },
  proxy_archive: { from: ['proxy_closed'], to: 'proxy_archived', label_zh: '代理归档', label_en: 'file the agency record' },
  proxy_revoke: { from: ['proxy_entrusted', 'proxy_verified', 'proxy_submitted', 'proxy_tracking', 'proxy_review_assist'], to: 'authorization_revoked', label_zh: '撤销委托', label_en: 'revoke the authorization' },
};

export function allowedEvents(rec: Pick<CaseRecord, 'status' | 'proxy_status'>): string[] {
  if (CLOSED.has(rec.status) && rec.status === 'archived') return [];
  const out = Object.entries(EVENTS).filter(([, s]) => s.from === 'any_open' ? !CLOSED.has(rec.status) : s.from.includes(rec.status)).map(([k]) => k);
  if (rec.proxy_status) for (const [k, s] of Object.entries(PROXY_EVENTS)) if (s.from.includes(rec.proxy_status)) out.push(k);
  return out;
}

const OTHER_EVENTS: Readonly<Record<string, { label_zh: string; label_en: string }>> = {
  register: { label_zh: '登记', label_en: 'registered' },
  void_serial: { label_zh: '作废编号', label_en: 'serial voided' },
};

export function eventLabel(name: string): string {
  const s = EVENTS[name] ?? PROXY_EVENTS[name] ?? OTHER_EVENTS[name];
  return s ? t(s.label_zh, s.label_en) : name;
}

export function allEventNames(): string[] {
  return [...Object.keys(EVENTS), ...Object.keys(PROXY_EVENTS)];
}

function clone<T>(x: T): T { return structuredClone(x); }

/**
 * Apply one event to a record. Throws ILLEGAL_STEP or VALIDATION; never returns a half-applied
 * record. `inPlace` skips the copy when the caller discards the record on any error (import replay).
 */
export function applyEvent(record: CaseRecord, ev: CaseEvent, ctx: LifecycleContext, opts: { inPlace?: boolean } = {}): Applied {
  const rec = opts.inPlace ? record : clone(record);
  const allowed = allowedEvents(rec);
  const stateLabel = `${labelOf(CASE_STATUS, rec.status)}（${rec.status}）`;
  const spec = EVENTS[ev.event];
  const proxy = PROXY_EVENTS[ev.event];
  if (!spec && !proxy) {
    throw new XfError('USAGE', t(`未知的事件「${ev.event}」；可用事件：${allEventNames().join(', ')}`, `unknown event "${ev.event}"; events: ${allEventNames().join(', ')}`));
  }
  if (rec.status === 'archived') {
    throw new XfError('ILLEGAL_STEP', t(`案件 ${rec.case_no} 已归档并锁定，不能再记录事件`, `case ${rec.case_no} is archived and locked; no further events`), [], { status: rec.status, allowed: [] });
  }
  if (!allowed.includes(ev.event)) {
    const here = proxy ? `${labelOf(PROXY_STATUS, rec.proxy_status)}（${rec.proxy_status ?? '—'}）` : stateLabel;
    throw new XfError('ILLEGAL_STEP',
      t(`当前状态为${here}，不能执行「${ev.event}」（${eventLabel(ev.event)}）。可执行的事件：${allowed.join(', ') || '无'}`,
        `the case is ${here}; "${ev.event}" is not allowed. Allowed: ${allowed.join(', ') || 'none'}`),
      [], { status: rec.status, proxy_status: rec.proxy_status, allowed });
  }
  const problems = new Problems();
  if (ev.date > ctx.today) problems.error('DATE', 'date', '日期', t(`事件日期不得晚于今天（${ctx.today}）`, `the event date may not be after today (${ctx.today})`), ev.date);
  if (ev.date < rec.received_date) problems.error('V-CASE-2', 'date', '日期', t(`不得早于收到日期（${rec.received_date}）`, `may not be before received_date (${rec.received_date})`), ev.date);
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
      throw validationError(t(`事件 ${ev.event} 的详情`, `details of ${ev.event}`), [{ rule: 'SCHEMA', field: 'details', label: '详情', severity: 'error', message: t('该事件不接受详情', 'this event takes no details'), found: details }]);
    }
    try { rec.status = spec.apply(rec, { event: ev.event, date: ev.date, details }, ctx, problems); }
    catch (e) {
      // details the schema leaves optional but the step reads (answer without requests/outcomes…):
      // a named refusal, not a crash (issue 11); the step's own checks should name the field
      if (!(e instanceof TypeError)) throw e;
      throw validationError(t(`事件 ${ev.event} 的详情`, `details of ${ev.event}`), [{ rule: 'V-EVT-1', field: 'details', label: '详情', severity: 'error', found: e.message,
        message: t(`「${eventLabel(ev.event)}」的详情不完整：缺少该步骤需要的字段`, `the details of "${ev.event}" are incomplete: a field this step needs is missing`) }]);
    }
  }
  const errors = problems.list.filter((p) => p.severity === 'error');
  if (errors.length) throw validationError(t(`事件 ${ev.event}`, `event ${ev.event}`), problems.list);
  const clocks = caseClocks(rec, { pack: ctx.pack, calendar: ctx.calendar, isXfBureau: ctx.isXfBureau, asOf: ctx.today });
  const warnings = [...problems.list];
  for (const c of clocks) if (c.open && c.deadline.provisional) warnings.push({ rule: 'V-CAL-1', field: c.slot, label: c.rule.label_zh, severity: 'warning', message: t(`期限 ${c.deadline.due} 超出日历数据覆盖范围（至${ctx.calendar.coveredUntil}），为临时计算`, `due ${c.deadline.due} is past the calendar data (until ${ctx.calendar.coveredUntil}): provisional`) });
  const effects = ev.event === 'accept' && rec.status === 'accepted' && rec.via_agent && !rec.slip_no ? { allocateSlip: true } : {};
  return { record: rec, warnings, effects };
}

/** A new case record from a checked case file (T1). */
export function registerCase(file: S.CaseFile, caseNo: string): CaseRecord {
  const { history: _h, $schema: _s, ...rest } = file;
  return {
    ...clone(rest), case_no: caseNo, status: 'registered', progress: {},
    ...(file.via_agent ? { proxy_status: 'proxy_submitted' as ProxyStatus } : {}),
  };
}
