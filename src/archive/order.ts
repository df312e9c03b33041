// Order of the documents within a case's 件 or 案卷 (SPEC §7.1). conclusion_first follows DA/T 22:
// 复文在前、来文在后; 正文在前、附件在后 — for a 信访 file: the conclusions (复核 → 复查 → 处理意见书, each
// followed by its 送达回证), the procedural notices, agent papers, investigation materials, the
// 拟办/批示 slips, and last the original petition. chronological sorts by date, then by that rank.
import type { CaseDocument } from './documents.js';
import type { FilingOrder } from './settings.js';

const FORM_RANK: Record<string, number> = {
  rereview_opinion: 10, review_opinion: 20, handling_opinion: 30,
  hearing_report: 40, hearing_minutes: 41, hearing_notice: 42,
  termination_notice: 45, non_acceptance_notice: 46, acceptance_notice: 47, extension_notice: 48,
  transfer_letter: 49, materials_cure_notice: 50,
  proxy_contact_slip: 55, proxy_closure_record: 56, proxy_authorization: 57, proxy_request_form: 58,
  proposal_slip: 70, intake_record: 80,
};

const ATTACHMENT_RANK: Record<string, number> = {
  mediation: 35, objection: 51, rereview_application: 52, review_application: 53,
  investigation: 60, other: 65, original: 81, envelope: 82, transfer_in: 83,
};

export function rankOf(d: CaseDocument): number {
  if (d.kind === 'attachment') return ATTACHMENT_RANK[d.class] ?? 65;
  // a 送达回证 follows the document it proves served (正文在前、附件在后)
  if (d.formId === 'service_certificate') return (FORM_RANK[d.serves ?? ''] ?? 44) + 0.5;
  return FORM_RANK[d.formId] ?? 54;
}

function byKey(a: CaseDocument, b: CaseDocument): number {
  // keys are "form_id", "form_id#n" or "att#n": compare the number numerically
  const [ka, na] = a.key.split('#');
  const [kb, nb] = b.key.split('#');
  if (ka !== kb) return ka! < kb! ? -1 : 1;
  return Number(na ?? 0) - Number(nb ?? 0);
}

export function orderDocuments(docs: readonly CaseDocument[], order: FilingOrder): CaseDocument[] {
  const ranked = docs.map((d) => ({ d, rank: rankOf(d) }));
  ranked.sort((x, y) => {
    if (order === 'chronological' && x.d.date !== y.d.date) return x.d.date < y.d.date ? -1 : 1;
    if (x.rank !== y.rank) return x.rank - y.rank;
    if (order === 'conclusion_first' && x.d.date !== y.d.date) return x.d.date < y.d.date ? 1 : -1;
    return byKey(x.d, y.d);
  });
  return ranked.map((r) => r.d);
}
