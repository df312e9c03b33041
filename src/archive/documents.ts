// The documents of a case, as the archive files them: every form the case reaches, rendered by the
// document engine (PDF what is filed, DOCX, and the document tree as source JSON), one 送达回证 per
// service, and the attachments the clerk registered (scans, photos, PDFs). Forms that fail their own
// checks are returned as failures: the V-ARC-1 checklist reports them.
import { extname } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import type { Violation } from '../domain/errors.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { FormEngine } from '../forms/engine.js';
import { listFormIds } from '../forms/templates.js';
import { canonicalTreeJson } from './source-json.js';
import { maskedPetitioner } from './confidential.js';
import { resolveAttachmentPath } from '../io/safe-path.js';

export type AttachmentClass = 'original' | 'envelope' | 'transfer_in' | 'objection' | 'mediation'
  | 'review_application' | 'rereview_application' | 'investigation' | 'other';

export interface FormDocument {
  kind: 'form';
  key: string;
  formId: string;
  docType?: string;
  title: string;
  creator: string;
  date: string;
  docNo?: string;
  /** For a 送达回证: the form id of the document it proves served. */
  serves?: string;
  pdf: Uint8Array;
  docx: Uint8Array;
  source: string;
}

export interface AttachmentDocument {
  kind: 'attachment';
  key: string;
  index: number;
  class: AttachmentClass;
  title: string;
  creator: string;
  date: string;
  /** Absolute path of the file as received. */
  abs: string;
  /** Lower-case extension without the dot. */
  ext: string;
}

export type CaseDocument = FormDocument | AttachmentDocument;

export interface FailedForm { key: string; formId: string; title: string; violations: Violation[] }

export interface CaseDocuments { documents: CaseDocument[]; failed: FailedForm[] }

/** Forms the archive never files (none today; an office's own non-archival forms would go here). */
const NOT_FILED = new Set<string>();

const CLASS_PATTERNS: [AttachmentClass, RegExp][] = [
  ['envelope', /信封|envelope/i],
  ['rereview_application', /复核申请|rereview/i],
  ['review_application', /复查申请|review/i],
  ['objection', /异议|objection/i],
  ['mediation', /调解|和解|mediation|settlement/i],
  ['transfer_in', /转送|交办|转办|transfer|assign/i],
  ['investigation', /调查|询问|笔录|勘验|勘查|证据|照片|视频|录音|核查|evidence|interview|inspection|photo|investigat|site/i],
  ['original', /原件|来信|信件|传真|来访|来电|诉求|letter|original|petition|fax/i],
];

export function classifyAttachment(kind: string | undefined, title: string): AttachmentClass {
  for (const [cls, re] of CLASS_PATTERNS) if (kind && re.test(kind)) return cls;
  for (const [cls, re] of CLASS_PATTERNS) if (re.test(title)) return cls;
  return 'other';
}

/** Where each form keeps its 文号 (the lists print it). */
function docNoOf(formId: string, rec: CaseRecord, serviceIndex?: number): string | undefined {
  const p = rec.progress;
  switch (formId) {
    case 'acceptance_notice': return p.acceptance?.doc_no;
    case 'non_acceptance_notice': return p.non_acceptance?.doc_no ?? p.review?.non_acceptance?.doc_no ?? p.rereview?.non_acceptance?.doc_no;
    case 'handling_opinion': return p.handling_opinion?.doc_no;
    case 'extension_notice': return p.extension?.doc_no;
    case 'review_opinion': return p.review?.doc_no;
    case 'rereview_opinion': return p.rereview?.doc_no;
    case 'hearing_notice': return p.hearings?.[0]?.notice_doc_no;
    case 'materials_cure_notice': return p.materials_cure?.doc_no ?? p.review?.materials?.doc_no ?? p.rereview?.materials?.doc_no;
    case 'transfer_letter': return p.transfer?.doc_no;
    case 'termination_notice': return p.termination?.doc_no;
    case 'proxy_contact_slip': return rec.slip_no ?? rec.contact_slip?.slip_no;
    case 'proxy_authorization': return rec.authorization?.authorization_no;
    case 'proxy_request_form': return rec.proxy_request?.request_form_no;
    case 'service_certificate': return serviceIndex === undefined ? undefined : p.services?.[serviceIndex]?.doc_no;
    default: return undefined;
  }
}

/** 责任者: the organ that made the document, or the petitioner for what the petitioner signed. */
function creatorOf(formId: string, rec: CaseRecord, issuingOrg: string, office: string, reviewOrg?: string, rereviewOrg?: string): string {
  switch (formId) {
    case 'intake_record': return office;
    case 'review_opinion': return rec.progress.review?.reviewing_org_name ?? reviewOrg ?? issuingOrg;
    case 'rereview_opinion': return rec.progress.rereview?.reviewing_org_name ?? rereviewOrg ?? issuingOrg;
    case 'proxy_authorization': case 'proxy_request_form': return maskedPetitioner(rec);
    case 'proxy_contact_slip': case 'proxy_closure_record': return rec.agents?.[0]?.agent_post ?? issuingOrg;
    default: return issuingOrg;
  }
}

/** The record a 送达回证 template sees: the service to print is the last one it is given. */
function recordForService(rec: CaseRecord, i: number): CaseRecord {
  return { ...rec, progress: { ...rec.progress, services: rec.progress.services!.slice(0, i + 1) } };
}

/** Render the case's forms and list its attachments. Throws IO for an unreadable attachment. */
export async function collectDocuments(rec: CaseRecord, engine: FormEngine, attachmentsDir: string): Promise<CaseDocuments> {
  const documents: CaseDocument[] = [];
  const failed: FailedForm[] = [];
  const office = engine.opts.office;
  const view = engine.view(rec);
  const ids = listFormIds(engine.opts.templatesDir).filter((id) => !NOT_FILED.has(id));
  const renderOne = async (formId: string, key: string, r: CaseRecord, serviceIndex?: number): Promise<void> => {
    const tpl = engine.template(formId);
    try {
      const out = await engine.render(formId, r, { pdf: true, docx: true });
      const serves = serviceIndex === undefined ? undefined : rec.progress.services?.[serviceIndex]?.doc_type;
      const docNo = docNoOf(formId, rec, serviceIndex);
      documents.push({
        kind: 'form', key, formId, ...(tpl.spec.doc_type ? { docType: tpl.spec.doc_type } : {}),
        title: out.tree.meta.title, date: out.tree.meta.date,
        creator: creatorOf(formId, rec, view.issuing_org, office.office_name, office.review_org_name, office.rereview_org_name),
        ...(docNo ? { docNo } : {}), ...(serves ? { serves } : {}),
        pdf: out.pdf!, docx: out.docx!, source: canonicalTreeJson(out.tree),
      });
    } catch (e) {
      if (!(e instanceof XfError)) throw e;
      failed.push({ key, formId, title: tpl.spec.title, violations: e.violations.length ? e.violations : [{ rule: e.code, field: formId, label: tpl.spec.title, message: e.message, severity: 'error' }] });
    }
  };
  for (const id of ids) {
    if (!engine.reaches(id, rec)) continue;
    if (id === 'service_certificate') {
      const services = rec.progress.services ?? [];
      for (let i = 0; i < services.length; i++) await renderOne(id, `${id}#${i + 1}`, recordForService(rec, i), i);
    } else {
      await renderOne(id, id, rec);
    }
  }
  (rec.attachments ?? []).forEach((a, index) => {
    // inside the attachments root only, a regular file, no link at any level (V-ATT-1)
    const abs = resolveAttachmentPath(attachmentsDir, a.path, { case_no: rec.case_no, index, title: a.title });
    const cls = classifyAttachment(a.kind, a.title);
    const fromPetitioner = cls === 'original' || cls === 'envelope' || cls === 'review_application' || cls === 'rereview_application';
    documents.push({
      kind: 'attachment', key: `att#${index + 1}`, index, class: cls, title: a.title, abs,
      ext: extname(abs).slice(1).toLowerCase(),
      creator: fromPetitioner ? maskedPetitioner(rec) : cls === 'transfer_in' ? (rec.transfer_from_org ?? view.issuing_org) : (rec.handler?.handling_org_name ?? view.issuing_org),
      date: a.date ?? (fromPetitioner || cls === 'transfer_in' ? rec.received_date : rec.progress.termination?.terminated_date ?? rec.received_date),
    });
  });
  return { documents, failed };
}
