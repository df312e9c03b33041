// The documents of a case, as the archive files them: every form the case reaches, rendered by the
// document engine (PDF what is filed, DOCX, and the document tree as source JSON), one 送达回证 per
// service, and the attachments the clerk registered (scans, photos, PDFs). Forms that fail their own
// checks are returned as failures: the V-ARC-1 checklist reports them.
import { extname } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import type { Violation } from '../domain/errors.js';
import { XfError } from '../domain/errors.js';
import type { FormEngine } from '../forms/engine.js';
import { listFormIds } from '../forms/templates.js';
import { AFTER_SERVED, AS_SERVED, issuerOrg, resolveDocNo, type FormDescriptor } from '../forms/descriptor.js';
import { recordForHearing, recordForService } from '../forms/copies.js';
import type { OfficeConfig } from '../domain/config.js';
import { canonicalTreeJson } from './source-json.js';
import { maskedPetitioner } from './confidential.js';
import { resolveAttachmentPath } from '../io/safe-path.js';

export type AttachmentClass =
  | 'service_return'
  | 'sealed_original'
  | 'original'
  | 'envelope'
  | 'transfer_in'
  | 'objection'
  | 'mediation'
  | 'review_application'
  | 'rereview_application'
  | 'investigation'
  | 'other';

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
  /** Place in the file under conclusion_first (the descriptor's filing_rank). */
  rank: number;
  /** The V-ARC-1 item the document belongs to (the descriptor's checklist). */
  checklist: number;
  /**
   * An outgoing letter (it has a seal zone) rendered without the office's e-seal: not the copy that
   * was issued, so it is filed marked 底稿 (the scan of the sealed original, when attached, is the
   * issued copy). A 送达回证 rendered blank is marked the same way: the signed return is the proof.
   */
  draft?: boolean;
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

export interface FailedForm {
  key: string;
  formId: string;
  title: string;
  checklist: number;
  violations: Violation[];
}

export interface CaseDocuments {
  documents: CaseDocument[];
  failed: FailedForm[];
}

/** Forms the archive never files (none today; an office's own non-archival forms would go here). */
const NOT_FILED = new Set<string>();

const CLASS_PATTERNS: [AttachmentClass, RegExp][] = [
  // the signed return of a service (送达回证 as signed, a postal receipt) proves it (V-ARC-1)
  ['service_return', /送达回证|送达回执|签收回执|回执|service.?return|receipt/i],
  // the scan of an outgoing letter as issued, seal on it: the filed copy of that letter
  ['sealed_original', /盖章原件|盖章件|签发件|正本|sealed/i],
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

/** 责任者 (the descriptor's issuer): the body that signs the copy (src/forms/descriptor.ts), or the petitioner for what the petitioner signed. */
function creatorOf(d: FormDescriptor, rec: CaseRecord, issuingOrg: string, office: OfficeConfig, view: unknown): string {
  if (d.issuer === 'petitioner') return maskedPetitioner(rec);
  if (d.issuer === 'agent') return rec.agents?.[0]?.agent_post ?? issuingOrg;
  return issuerOrg(d, rec, office, issuingOrg, view) ?? issuingOrg;
}

/** Rank and checklist item of a 送达回证 are those of the document served (正文在前、附件在后: just after it). */
const UNKNOWN_SERVED = { rank: 44, checklist: 10 }; // a service of a document no form describes

export function placeOf(d: FormDescriptor, served: FormDescriptor | undefined): { rank: number; checklist: number } {
  const rank = d.filing_rank === AFTER_SERVED ? (served && typeof served.filing_rank === 'number' ? served.filing_rank : UNKNOWN_SERVED.rank) + 0.5 : d.filing_rank;
  const checklist = d.checklist === AS_SERVED ? (served && typeof served.checklist === 'number' ? served.checklist : UNKNOWN_SERVED.checklist) : d.checklist;
  return { rank, checklist };
}

/** The copies a case files of a form: [key, record the template sees, service index]. Keys: "id", or "id#n". */
function copiesOf(d: FormDescriptor, rec: CaseRecord): [string, CaseRecord, number | undefined][] {
  switch (d.copies) {
    case 'one':
      return [[d.id, rec, undefined]];
    case 'per_service':
      return (rec.progress.services ?? []).map((_, i) => [`${d.id}#${i + 1}`, recordForService(rec, i), i]);
    // the first hearing keeps the plain key (one hearing is the usual case)
    case 'per_hearing':
      return (rec.progress.hearings ?? [undefined]).map((_, i) => [i === 0 ? d.id : `${d.id}#${i + 1}`, recordForHearing(rec, i), undefined]);
  }
}

/** Render the case's forms and list its attachments. Throws IO for an unreadable attachment. */
export async function collectDocuments(rec: CaseRecord, engine: FormEngine, attachmentsDir: string, opts: { seal?: Uint8Array } = {}): Promise<CaseDocuments> {
  const documents: CaseDocument[] = [];
  const failed: FailedForm[] = [];
  const office = engine.opts.office;
  const view = engine.view(rec);
  const ids = listFormIds(engine.opts.templatesDir).filter((id) => !NOT_FILED.has(id));
  // every descriptor is read first: a broken one stops the archive (it is no fault of the case)
  const descriptors = new Map(ids.map((id) => [id, engine.descriptor(id)]));
  const renderOne = async (d: FormDescriptor, key: string, r: CaseRecord, serviceIndex?: number): Promise<void> => {
    const formId = d.id;
    const tpl = engine.template(formId);
    const serves = serviceIndex === undefined ? undefined : rec.progress.services?.[serviceIndex]?.doc_type;
    const place = placeOf(d, serves ? descriptors.get(serves) : undefined);
    try {
      const out = await engine.render(formId, r, { pdf: true, docx: true, ...(opts.seal ? { seal: opts.seal } : {}) });
      const sealZone = out.tree.blocks.some((b) => b.type === 'signature' && !!(b as { seal?: unknown }).seal);
      const docNo = resolveDocNo(d, { ...view, case: r })?.value;
      documents.push({
        kind: 'form',
        key,
        formId,
        ...(tpl.spec.doc_type ? { docType: tpl.spec.doc_type } : {}),
        title: out.tree.meta.title,
        date: out.tree.meta.date,
        creator: creatorOf(d, r, view.issuing_org, office, { ...view, case: r }),
        ...(docNo ? { docNo } : {}),
        ...(serves ? { serves } : {}),
        ...((sealZone && !opts.seal) || serves ? { draft: true } : {}),
        ...place,
        pdf: out.pdf!,
        docx: out.docx!,
        source: canonicalTreeJson(out.tree),
      });
    } catch (e) {
      if (!(e instanceof XfError)) throw e;
      failed.push({
        key,
        formId,
        title: tpl.spec.title,
        checklist: place.checklist,
        violations: e.violations.length ? e.violations : [{ rule: e.code, field: formId, label: tpl.spec.title, message: e.message, severity: 'error' }],
      });
    }
  };
  for (const d of descriptors.values()) {
    for (const [key, r, serviceIndex] of copiesOf(d, rec)) {
      if (engine.reaches(d.id, r)) await renderOne(d, key, r, serviceIndex);
    }
  }
  (rec.attachments ?? []).forEach((a, index) => {
    // inside the attachments root only, a regular file, no link at any level (V-ATT-1)
    const abs = resolveAttachmentPath(attachmentsDir, a.path, { case_no: rec.case_no, index, title: a.title });
    const cls = classifyAttachment(a.kind, a.title);
    const fromPetitioner = cls === 'original' || cls === 'envelope' || cls === 'review_application' || cls === 'rereview_application' || cls === 'service_return';
    documents.push({
      kind: 'attachment',
      key: `att#${index + 1}`,
      index,
      class: cls,
      title: a.title,
      abs,
      ext: extname(abs).slice(1).toLowerCase(),
      creator: fromPetitioner ? maskedPetitioner(rec) : cls === 'transfer_in' ? (rec.transfer_from_org ?? view.issuing_org) : (rec.handler?.handling_org_name ?? view.issuing_org),
      date: a.date ?? (fromPetitioner || cls === 'transfer_in' ? rec.received_date : (rec.progress.termination?.terminated_date ?? rec.received_date)),
    });
  });
  return { documents, failed };
}
