// V-ARC-1 (SPEC §7.1): the archive-completeness checklist. `terminated` → `archived` is blocked until
// every applicable entry is present; each missing piece is named. Entries marked "if any" in the
// SPEC apply only when the case record shows the step happened. What the register records but no
// electronic file proves (paper investigation records, a review application kept on paper) does not
// block: it is written into the 备考表 so the records room knows where the paper is.
import type { CaseRecord } from '../domain/case.js';
import { formatDateZh } from '../domain/format.js';
import { HEARING_STAGE } from '../domain/enums.js';
import type { Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { AttachmentClass, AttachmentDocument, CaseDocuments, FormDocument } from './documents.js';
import { violate } from '../domain/rules/index.js';

export const CHECKLIST: Readonly<Record<number, { zh: string; en: string }>> = {
  1: { zh: '信访原件材料', en: 'original petition' },
  2: { zh: '登记和接谈记录', en: 'registration and intake record' },
  3: { zh: '拟办意见和领导批示', en: 'proposal and leader instruction slips' },
  4: { zh: '转送、交办、异议函件', en: 'transfer, assignment and objection letters' },
  5: { zh: '受理或不予受理告知书', en: 'acceptance or non-acceptance notice' },
  6: { zh: '调查材料', en: 'investigation materials' },
  7: { zh: '延期办理告知书', en: 'extension notice' },
  8: { zh: '听证通知、笔录和报告', en: 'hearing notice, minutes and report' },
  9: { zh: '调解协议或和解协议', en: 'mediation or settlement agreement' },
  10: { zh: '处理意见书及送达回证', en: 'handling opinion and its service certificate' },
  11: { zh: '复查申请、复查意见书及送达回证', en: 'review application, opinion and service certificate' },
  12: { zh: '复核申请、复核意见书及送达回证', en: 're-review application, opinion and service certificate' },
  13: { zh: '代理材料（委托单、授权委托书、四联单、办结记录）', en: 'agent papers (request form, authorization, four-part slip, closure record)' },
  14: { zh: '终结告知书', en: 'termination notice' },
  15: { zh: '备考表', en: 'case summary (备考)' },
};

export interface MissingItem {
  entry: number;
  /** What exactly is missing (Chinese for the 备考表, English for XF_LANG=en messages). */
  zh: string;
  en: string;
  /** The form's own errors when it is missing because it could not be rendered. */
  violations?: Violation[];
  /** The attachment kind that would supply it (for the clerk's message, not the 备考表). */
  hint?: string;
}

const both = (zh: string, en: string) => ({ zh, en });

/** Registered material kept on paper only: counts as present, listed in the 卷内文件目录 marked 纸质件另存. */
export interface PaperItem {
  entry: number;
  title: string;
  date: string;
  creator?: string;
}

export interface Completeness {
  missing: MissingItem[];
  notes: string[];
  paper: PaperItem[];
}

/** What proves a service (V-ARC-1 items 10–12): a generated 送达回证 is blank, so never the proof. */
const STAGE_WORDS: Record<string, RegExp> = {
  handling_opinion: /处理意见|答复意见|handling/i,
  review_opinion: /复查|review/i,
  rereview_opinion: /复核|rereview|re-review/i,
};

type Service = NonNullable<CaseRecord['progress']['services']>[number];

/** A recorded electronic receipt: the online system's log of the reply being opened, or the carrier's
 *  electronic delivery record of a registered letter (its tracking number with the record). */
export function electronicReceipt(s: Service): boolean {
  if (!s.service_evidence?.trim()) return false;
  return s.service_method === 'online' || (s.service_method === 'registered_mail' && !!s.tracking_no?.trim() && /妥投|投递|签收|delivered/i.test(s.service_evidence));
}

export function checkCompleteness(rec: CaseRecord, docs: CaseDocuments): Completeness {
  const missing: MissingItem[] = [];
  const notes: string[] = [];
  const paper: PaperItem[] = [];
  const forms = new Map<string, FormDocument>();
  for (const d of docs.documents) if (d.kind === 'form') forms.set(d.key, d);
  const failed = new Map(docs.failed.map((f) => [f.key, f]));
  const attachments = docs.documents.filter((d): d is AttachmentDocument => d.kind === 'attachment');
  const has = (cls: AttachmentClass) => attachments.some((a) => a.class === cls);
  const p = rec.progress;

  // the SPEC's requirements name the forms and the item they are required under; a form's own
  // descriptor (checklist) places it when it fails to render, and lets an office's form satisfy an item
  const need = (entry: number, key: string, zh: string, en: string) => {
    if (forms.has(key)) return;
    const f = failed.get(key);
    missing.push({ entry, ...(f ? both(`${zh}（无法生成，见下列错误）`, `${en} (cannot be rendered, see the errors below)`) : both(zh, en)), ...(f ? { violations: f.violations } : {}) });
  };
  // the 备考表 says what the file lacks; how to register it is the CLI's hint (missingAsViolations)
  const needAttachment = (entry: number, cls: AttachmentClass, zh: string, en: string) => {
    if (!has(cls)) missing.push({ entry, ...both(`${zh}（未附扫描件）`, `${en} (no scan attached)`), hint: KIND_HINT[cls] });
  };

  // 1 + 2: the original petition, and the registration record made on receipt.
  if (rec.channel === 'letter') {
    needAttachment(1, 'original', '来信原件', 'the original letter');
    needAttachment(1, 'envelope', '信封', 'the envelope');
  } else if (rec.channel === 'fax') {
    needAttachment(1, 'original', '传真原件', 'the fax as received');
  } else {
    // visits, calls and online petitions are recorded by the office: the record is the original
    need(1, 'intake_record', rec.channel === 'visit' ? '来访接谈记录' : rec.channel === 'phone' ? '来电记录' : '网上信访事项登记表', 'the intake record');
  }
  if (rec.channel === 'letter' || rec.channel === 'fax') need(2, 'intake_record', '来信登记表', 'the registration record');

  // 3: 拟办 and 批示 (the instruction is written on the slip).
  if (rec.instruction && !rec.proposal)
    missing.push({ entry: 3, ...both('拟办意见（有领导批示而无拟办意见：批示须批在拟办单上）', 'the proposal (an instruction is recorded without the proposal it answers)') });
  if (rec.proposal) need(3, 'proposal_slip', '拟办单', 'the proposal slip');

  // 4: transfers in and out, objections.
  if (p.transfer) need(4, 'transfer_letter', '转送（交办）函', 'the transfer letter');
  if (rec.transfer_from_org) needAttachment(4, 'transfer_in', `${rec.transfer_from_org}的转送（交办）函`, `the transfer letter from ${rec.transfer_from_org}`);
  if (p.objection) needAttachment(4, 'objection', '异议函', 'the objection letter');

  // 5: the decision on acceptance.
  if (p.acceptance) need(5, 'acceptance_notice', '受理告知书', 'the acceptance notice');
  if (p.non_acceptance || p.review?.non_acceptance || p.rereview?.non_acceptance) need(5, 'non_acceptance_notice', '不予受理告知书', 'the non-acceptance notice');
  if (p.handling_opinion && !p.acceptance) missing.push({ entry: 5, ...both('受理告知书（有处理意见而无受理记录）', 'the acceptance notice (an opinion was issued but no acceptance is recorded)') });

  // 6: investigation materials: those registered without a file are noted, not blocking.
  const investigationFiles = attachments.filter((a) => a.class === 'investigation').map((a) => a.title);
  for (const inv of rec.investigation ?? []) {
    if (!investigationFiles.some((title) => title === inv.title || title.includes(inv.title) || inv.title.includes(title))) {
      paper.push({ entry: 6, title: inv.title, date: inv.date, ...(rec.handler?.handling_org_name ? { creator: rec.handler.handling_org_name } : {}) });
      notes.push(`调查材料《${inv.title}》（${formatDateZh(inv.date)}）为纸质件，另存，已列入卷内文件目录。`);
    }
  }

  if (p.extension) need(7, 'extension_notice', '延期办理告知书', 'the extension notice');
  if (p.hearings?.length) {
    need(8, 'hearing_notice', '听证通知书', 'the hearing notice');
    need(8, 'hearing_minutes', '听证笔录', 'the hearing minutes');
    need(8, 'hearing_report', '听证报告', 'the hearing report');
  }
  // the agreement is a scan as signed, or a form of the office's own that files under item 9
  const formUnder = (entry: number) => [...forms.values()].some((f) => f.checklist === entry);
  if (p.mediation && !formUnder(9)) needAttachment(9, 'mediation', '调解（和解）协议书', 'the mediation agreement');

  // 10–12: each opinion with the proof of its service: the signed 送达回证 (its scan) or a recorded
  // electronic receipt. The 送达回证 xf renders is the blank to be signed, filed as 底稿, no proof.
  const returns = attachments.filter((a) => a.class === 'service_return');
  const proves = (a: AttachmentDocument, s: Service) => a.date === s.served_date || STAGE_WORDS[s.doc_type]?.test(a.title) === true;
  const opinion = (entry: number, formId: string, zh: string, en: string) => {
    need(entry, formId, zh, en);
    const services = (p.services ?? []).filter((s) => s.doc_type === formId);
    if (!services.length) {
      missing.push({ entry, ...both(`${zh}的送达回证（未记录送达）`, `the service certificate of ${en} (no service recorded)`) });
      return;
    }
    for (const s of services) {
      if (electronicReceipt(s) || returns.some((a) => proves(a, s))) continue;
      missing.push({
        entry,
        ...both(`${zh}经签收的送达回证（${formatDateZh(s.served_date)}送达，未附签收件扫描件）`, `the signed service certificate of ${en} (served ${s.served_date}; no scan of the signed return)`),
        hint: KIND_HINT.service_return,
      });
    }
  };
  if (p.handling_opinion) opinion(10, 'handling_opinion', '信访处理意见书', 'the handling opinion');
  for (const [stage, entry] of [
    ['review', 11],
    ['rereview', 12],
  ] as const) {
    const { zh, en } = HEARING_STAGE[stage];
    const st = p[stage];
    if (!st) continue;
    if (st.accepted_date) need(entry, `${stage}_acceptance_notice`, `${zh}受理告知书`, `the ${en} acceptance notice`);
    if (!has(`${stage}_application`)) notes.push(`${zh}申请（${st.application_date}提出，${st.application_received_date}收到）已登记，申请书原件未附电子文件。`);
    if (st.outcome) opinion(entry, `${stage}_opinion`, `${zh}意见书`, `the ${en} opinion`);
    else if (!st.non_acceptance) missing.push({ entry, ...both(`${zh}意见书（${zh}已受理但未记录${zh}意见）`, `the ${en} opinion (accepted, but no outcome recorded)`) });
  }

  if (rec.via_agent) {
    need(13, 'proxy_request_form', '信访代理委托单', 'the agency request form');
    need(13, 'proxy_authorization', '授权委托书', 'the authorization');
    need(13, 'proxy_contact_slip', '四联单', 'the four-part slip');
    need(13, 'proxy_closure_record', '代理事项办结记录', 'the agency closure record');
  }
  if (p.termination) need(14, 'termination_notice', '信访事项终结告知书', 'the termination notice');

  // Any other form that the case reaches but that could not be rendered.
  const reported = new Set(missing.map((m) => m.violations).filter(Boolean));
  for (const f of docs.failed) {
    if (reported.has(f.violations)) continue;
    missing.push({ entry: f.checklist, ...both(`${f.title}（无法生成，见下列错误）`, `${f.title} (cannot be rendered, see the errors below)`), violations: f.violations });
  }
  missing.sort((a, b) => a.entry - b.entry);
  return { missing, notes, paper };
}

const KIND_HINT: Record<AttachmentClass, string> = {
  service_return: '送达回证',
  sealed_original: '盖章原件',
  original: '来信原件',
  envelope: '信封',
  transfer_in: '转送函',
  objection: '异议函',
  mediation: '调解协议',
  review_application: '复查申请',
  rereview_application: '复核申请',
  investigation: '调查材料',
  other: '',
};

/** The checklist's missing entries as Violations (rule V-ARC-1), each form error listed under its entry. */
export function missingAsViolations(missing: MissingItem[]): Violation[] {
  const out: Violation[] = [];
  for (const m of missing) {
    const e = CHECKLIST[m.entry];
    // the clerk is told how to supply a scan: register it in the case file's attachments with that kind
    const zh = m.hint ? `；在案件文件 attachments 中登记其扫描件，kind 填「${m.hint}」` : '';
    const en = m.hint ? `; register its scan in the case file's attachments with kind "${m.hint}"` : '';
    out.push(violate('V-ARC-1', 'missing', { field: `checklist.${m.entry}`, label: e ? `${m.entry}. ${e.zh}` : t('其他文书', 'other documents'), params: { what: m.zh + zh, what_en: m.en + en } }));
    for (const v of m.violations ?? []) out.push({ ...v, severity: 'error', field: v.field });
  }
  return out;
}

export function missingSummary(missing: MissingItem[]): string[] {
  return missing.map((m) => `${m.entry}. ${CHECKLIST[m.entry]?.zh ?? '其他文书'}：${m.zh}`);
}
