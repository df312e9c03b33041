// Order of the documents within a case's 件 or 案卷 (SPEC §7.1). conclusion_first follows DA/T 22:
// 复文在前、来文在后; 正文在前、附件在后 — for a 信访 file: the conclusions (复核 → 复查 → 处理意见书, each
// followed by its 送达回证), the procedural notices, agent papers, investigation materials, the
// 拟办/批示 slips, and last the original petition. chronological sorts by date, then by that rank.
// A form's rank is its descriptor's filing_rank (templates/<id>/fields.yaml); attachments' are here.
import type { CaseDocument } from './documents.js';
import type { FilingOrder } from './settings.js';

const ATTACHMENT_RANK: Record<string, number> = {
  mediation: 35,
  objection: 51,
  rereview_application: 52,
  review_application: 53,
  investigation: 60,
  other: 65,
  original: 81,
  envelope: 82,
  transfer_in: 83,
};

export function rankOf(d: CaseDocument): number {
  if (d.kind === 'attachment') return ATTACHMENT_RANK[d.class] ?? 65;
  return d.rank;
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
