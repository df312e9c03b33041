// What a notice needs beyond the case record, derived from the form's descriptor and the office's rule
// packs: who signs it (the descriptor's issuer: at 复查/复核 the review body), the "不再受理" article that
// binds a termination, and the non-acceptance's legal basis (given, else the ground catalogue's).
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import type { ResolvedRulePack } from '../domain/rulepacks.js';
import { noticeBasis } from '../domain/grounds.js';
import type { GroundCode } from '../domain/enums.js';
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

export function addNoticeFacts(view: FormView, d: FormDescriptor, rec: CaseRecord, office: OfficeConfig, pack: ResolvedRulePack): FormView {
  const signer = issuerOrg(d, rec, office, view.issuing_org, view);
  if (signer) view.signer_org = signer;
  const fin = rec.progress.termination ? pack.finality[rec.progress.termination.reason] : undefined;
  if (fin) view.finality = fin;
  const p = printedNonAcceptance(rec);
  if (p) {
    const b = noticeBasis(p.na.ground_codes as GroundCode[], p.na.legal_basis);
    view.na_basis = b.basis;
    view.na_uncovered = b.uncovered;
  }
  return view;
}
