// What a notice needs beyond the case record, derived from the form's descriptor and the office's rule
// packs: who signs it (the descriptor's issuer: at 复查/复核 the review body), the "不再受理" article that
// binds a termination, and the non-acceptance's legal basis (given, else the ground catalogue's).
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import type { ResolvedRulePack } from '../domain/rulepacks.js';
import { noticeBasis } from '../domain/grounds.js';
import { labelOf, OUTCOME, type GroundCode } from '../domain/enums.js';
import { issuerOrg, type FormDescriptor } from './descriptor.js';
import type { FormView } from './view.js';

type NonAcceptance = NonNullable<CaseRecord['progress']['non_acceptance']>;

/** The non-acceptance a notice prints (first petition, else 复查, else 复核: the template's order) and its view path. */
export function printedNonAcceptance(rec: CaseRecord): { na: NonAcceptance; path: string; stage: 'initial' | 'review' | 'rereview' } | undefined {
  const p = rec.progress;
  if (p.non_acceptance) return { na: p.non_acceptance, path: 'case.progress.non_acceptance', stage: 'initial' };
  if (p.review?.non_acceptance) return { na: p.review.non_acceptance, path: 'case.progress.review.non_acceptance', stage: 'review' };
  if (p.rereview?.non_acceptance) return { na: p.rereview.non_acceptance, path: 'case.progress.rereview.non_acceptance', stage: 'rereview' };
  return undefined;
}

/** The 四联单's feedback half (办理反馈): what the slip records, else what the answer and its service say. */
export const SLIP_FEEDBACK_KEYS = ['handling_basis', 'handling_result', 'opinion_doc_no', 'agent_feedback_date', 'petitioner_reply_date', 'petitioner_reply_method', 'satisfaction'] as const;
export type SlipFeedback = Partial<Record<(typeof SLIP_FEEDBACK_KEYS)[number], string>>;

const basisText = (list: readonly { instrument: string; article?: string }[]) => list.map((b) => (/^《/.test(b.instrument) ? b.instrument : `《${b.instrument}》`) + (b.article ?? '')).join('、');

export function slipFeedback(rec: CaseRecord): SlipFeedback {
  const cs = rec.contact_slip ?? {};
  const ho = rec.progress.handling_opinion;
  const sv = rec.progress.services?.find((x) => x.doc_type === 'handling_opinion');
  const result = ho?.outcomes.length ? ho.outcomes.map((o) => `${ho.outcomes.length > 1 ? `第${o.request_seq}项` : ''}${labelOf(OUTCOME, o.outcome)}`).join('；') : undefined;
  const out: SlipFeedback = {};
  const set = <K extends keyof SlipFeedback>(k: K, v: string | undefined) => {
    if (v) out[k] = v;
  };
  set('handling_basis', cs.handling_basis ?? (ho?.legal_basis?.length ? basisText(ho.legal_basis) : undefined));
  set('handling_result', cs.handling_result ?? result);
  set('opinion_doc_no', cs.opinion_doc_no ?? ho?.doc_no);
  set('agent_feedback_date', cs.agent_feedback_date ?? (sv?.service_method === 'via_agent' ? sv.served_date : undefined));
  set('petitioner_reply_date', cs.petitioner_reply_date ?? sv?.served_date);
  set('petitioner_reply_method', cs.petitioner_reply_method ?? sv?.service_method);
  set('satisfaction', cs.satisfaction ?? sv?.satisfaction);
  return out;
}

export function addNoticeFacts(view: FormView, d: FormDescriptor, rec: CaseRecord, office: OfficeConfig, pack: ResolvedRulePack): FormView {
  const signer = issuerOrg(d, rec, office, view.issuing_org, view);
  if (signer) view.signer_org = signer;
  const fin = rec.progress.termination ? pack.finality[rec.progress.termination.reason] : undefined;
  if (fin) view.finality = fin;
  if (rec.agents?.length) view.slip_feedback = slipFeedback(rec);
  const p = printedNonAcceptance(rec);
  if (p) {
    const b = noticeBasis(p.na.ground_codes as GroundCode[], p.na.legal_basis);
    view.na_basis = b.basis;
    view.na_uncovered = b.uncovered;
  }
  return view;
}
