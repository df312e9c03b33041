// Confidential cases (SPEC §7.8; V-CASE-4: accusations always): the petitioner's identity never
// appears in what is meant for distribution — titles, lists, covers, dossier.json, bag-info, the year
// bundle. The filed documents themselves keep it: they are the restricted archival originals.
import type { CaseRecord } from '../domain/case.js';
import { petitionerDisplayName } from '../domain/case.js';

export const MASK = '（保密）';

export function isConfidential(rec: CaseRecord): boolean {
  return rec.category === 'accusation' || rec.confidential === true || rec.confidentiality_requested === true;
}

export type ConfidentialReason = 'accusation' | 'privacy' | 'trade_secret' | 'other';

export function confidentialReason(rec: CaseRecord): ConfidentialReason {
  if (rec.category === 'accusation') return 'accusation';
  if (rec.confidentiality_requested) return 'privacy';
  return 'other';
}

/** The petitioner as lists and metadata may show them. */
export function maskedPetitioner(rec: CaseRecord): string {
  return isConfidential(rec) ? MASK : petitionerDisplayName(rec);
}

/** Every identifying string of the petitioners and representatives (to check outputs against). */
export function identityStrings(rec: CaseRecord): string[] {
  const out = new Set<string>();
  for (const p of rec.petitioners) for (const v of [p.name, p.id_doc_no, p.phone, p.address]) if (v && v.length >= 2) out.add(v);
  for (const r of rec.representatives ?? []) for (const v of [r.name, r.id_doc_no, r.phone]) if (v && v.length >= 2) out.add(v);
  return [...out];
}

/** 案卷题名 (SPEC §7.6): {petitioner}关于{matter}的信访事项（{case_no}）; no petitioner when confidential. */
export function caseTitle(rec: CaseRecord): string {
  const matter = scrub(rec, matterOf(rec));
  const who = isConfidential(rec) ? '' : petitionerDisplayName(rec);
  return `${who}关于${matter}的信访事项（${rec.case_no}）`;
}

function matterOf(rec: CaseRecord): string {
  if (rec.title) {
    const m = /^关于(.+?)(?:的)?信访事项$/.exec(rec.title.trim());
    if (m) return m[1]!;
    return rec.title.trim().replace(/^关于/, '');
  }
  const req = rec.request_text.replace(/^请求/, '').replace(/[。；，、.;,\s]+$/u, '');
  return req.length > 30 ? req.slice(0, 30) + '…' : req;
}

/** For a confidential case, any identifying string in `text` replaced by （保密）. */
export function scrub(rec: CaseRecord, text: string): string {
  if (!isConfidential(rec)) return text;
  let out = text;
  for (const s of identityStrings(rec).sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK);
  return out;
}
