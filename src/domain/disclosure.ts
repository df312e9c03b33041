// The disclosure policy (SPEC §7.8; XFGZ §30 ¶3, §46(五)): who may see what of a case, defined once.
// An accuser's identity never reaches the accused, and a confidential petitioner's identity reaches
// only the petitioner, their agent, the discipline inspection body and — as an explicit, logged act —
// the office itself. Every output path (forms, `case show/list`, `deadlines`, the ledger, the archive's
// lists, notes, bag-info and file names) asks this module for the view it may print. Pure: no I/O.
import type { CaseRecord } from './case.js';
import { petitionerDisplayName } from './case.js';

export const MASK = '（保密）';
/** What a letter to a transfer target says in place of the accuser (S001 practice). */
export const WITHHELD_NOTE = '信访人信息依规保密，联系请经本机关';

/** Who receives an output. `internal` is the register's own view (lists, show, deadlines). */
export const DISCLOSURE_AUDIENCES = ['petitioner', 'agent', 'transfer_target', 'respondent_unit', 'discipline_body', 'public', 'internal'] as const;
export type DisclosureAudience = (typeof DISCLOSURE_AUDIENCES)[number];

export interface AudiencePolicy {
  /** May see the petitioners', representatives' and agents' names, ID numbers, phones, addresses. */
  identity: boolean;
  /** May see what the accusation says (request, facts, reasons). */
  content: boolean;
}

/**
 * For a confidential case, what each audience may see. A case that is not confidential shows
 * everything to everyone but the public (the ledger and reports print its petitioner by name
 * as they always have: they are internal registers; `public` is statistics only).
 */
export const POLICY: Readonly<Record<DisclosureAudience, AudiencePolicy>> = {
  petitioner: { identity: true, content: true }, // their own letter
  agent: { identity: true, content: true }, // acts for the petitioner (XFTL05)
  transfer_target: { identity: false, content: true }, // handles the matter; contact goes through the office
  respondent_unit: { identity: false, content: false }, // never the accuser, never the accusation (§30 ¶3)
  discipline_body: { identity: true, content: true }, // 纪委监委: the body an accusation is routed to
  public: { identity: false, content: false },
  internal: { identity: false, content: true }, // lists and screens; identities only on a logged request
};

export function isConfidential(rec: Pick<CaseRecord, 'category' | 'confidential' | 'confidentiality_requested'>): boolean {
  return rec.category === 'accusation' || rec.confidential === true || rec.confidentiality_requested === true;
}

export type ConfidentialReason = 'accusation' | 'privacy' | 'trade_secret' | 'other';

export function confidentialReason(rec: CaseRecord): ConfidentialReason {
  if (rec.category === 'accusation') return 'accusation';
  if (rec.confidentiality_requested) return 'privacy';
  return 'other';
}

/** May `audience` see the identities of this case's petitioners? */
export function maySeeIdentity(rec: CaseRecord, audience: DisclosureAudience, includeConfidential = false): boolean {
  if (!isConfidential(rec)) return true;
  if (audience === 'internal' && includeConfidential) return true;
  return POLICY[audience].identity;
}

/** The petitioner as lists and metadata may show them. */
export function maskedPetitioner(rec: CaseRecord): string {
  return isConfidential(rec) ? MASK : petitionerDisplayName(rec);
}

/**
 * How the register's lists (`case list`, its table and its JSON) show a case to `internal` without a
 * logged request: the `field` of a listed case whose `when` flag is set reads `mask`. Data, so that a
 * path that cannot run maskListed (SQLite writing the JSON: registry/read-due.ts) is generated from it.
 */
export interface ListMasking {
  /** The listed field hidden (a string). */
  readonly field: string;
  /** The listed flag (a boolean) that hides it. */
  readonly when: string;
  readonly mask: string;
}
export const LIST_MASKING: ListMasking = Object.freeze({ field: 'petitioner_name', when: 'confidential', mask: MASK });

/** A listed case as `internal` may see it (LIST_MASKING), changed in place; returned for chaining. */
export function maskListed<T extends object>(row: T, rule: ListMasking = LIST_MASKING): T {
  const r = row as Record<string, unknown>;
  if (r[rule.when] === true) r[rule.field] = rule.mask;
  return row;
}

/** The parts of a case that identify someone: a record, or what a case file not yet valid holds of it. */
export interface IdentitySource {
  petitioners: readonly { name?: string | undefined; id_doc_no?: string | undefined; phone?: string | undefined; address?: string | undefined }[];
  representatives?: readonly { name?: string | undefined; id_doc_no?: string | undefined; phone?: string | undefined }[] | undefined;
  agents?: readonly { agent_name?: string | undefined; agent_id_doc_no?: string | undefined; phone?: string | undefined }[] | undefined;
  authorization?: { accompanying_persons?: readonly { name?: string | undefined; id_doc_no?: string | undefined }[] | undefined } | undefined;
}

/** Every identifying string of the petitioners, representatives, agents and companions. */
export function identityStrings(rec: IdentitySource): string[] {
  const out = new Set<string>();
  const add = (...vs: (string | undefined)[]) => {
    for (const v of vs) if (v && v.trim().length >= 2) out.add(v.trim());
  };
  for (const p of rec.petitioners) add(p.name, p.id_doc_no, p.phone, ...addressForms(p.address));
  for (const r of rec.representatives ?? []) add(r.name, r.id_doc_no, r.phone);
  for (const a of rec.agents ?? []) add(a.agent_name, a.agent_id_doc_no, a.phone);
  for (const a of rec.authorization?.accompanying_persons ?? []) add(a.name, a.id_doc_no);
  return [...out].sort((a, b) => b.length - a.length);
}

/** An address and its shorter forms as free text quotes it (without the leading 省/市/区/街道…): 5 characters at least. */
function addressForms(a: string | undefined): string[] {
  if (!a) return [];
  // an address written over two lines is quoted on one: its forms come from the joined text (any line
  // break: \n, \r, U+2028/2029)
  const flat = a.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, '');
  const out = [a, flat];
  let rest = flat;
  for (;;) {
    const m = /^.+?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道|村|社区)(?=.)/su.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    if (rest.length < 5) break;
    out.push(rest);
  }
  return out;
}

/**
 * The identities of a case that is confidential, from a record or a parsed case file that may not
 * be valid yet (what an error about it must not quote); none for a case that is not confidential.
 */
export function confidentialIdentities(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const r = raw as Record<string, unknown>;
  if (!(r.category === 'accusation' || r.confidential === true || r.confidentiality_requested === true)) return [];
  const list = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : []);
  const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);
  const auth = r.authorization && typeof r.authorization === 'object' ? (r.authorization as Record<string, unknown>) : {};
  // typed, not cast: a cast would also hide these fields from mutation testing (stryker-js #6208)
  return identityStrings({
    petitioners: list(r.petitioners).map((p) => ({ name: str(p.name), id_doc_no: str(p.id_doc_no), phone: str(p.phone), address: str(p.address) })),
    representatives: list(r.representatives).map((p) => ({ name: str(p.name), id_doc_no: str(p.id_doc_no), phone: str(p.phone) })),
    agents: list(r.agents).map((p) => ({ agent_name: str(p.agent_name), agent_id_doc_no: str(p.agent_id_doc_no), phone: str(p.phone) })),
    authorization: { accompanying_persons: list(auth.accompanying_persons).map((p) => ({ name: str(p.name), id_doc_no: str(p.id_doc_no) })) },
  });
}

/** For a confidential case, any identifying string in `text` replaced by （保密）. */
export function scrub(rec: CaseRecord, text: string): string {
  if (!isConfidential(rec)) return text;
  let out = text;
  for (const s of identityStrings(rec)) out = out.split(s).join(MASK);
  return out;
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

const PERSON_KEYS = new Set(['name', 'agent_name', 'witness_name']);
const SECRET_KEYS = new Set(['id_doc_no', 'agent_id_doc_no', 'phone', 'address', 'work_unit', 'birth_month']);
const CONTENT_KEYS = new Set(['request_text', 'facts_text', 'reasons_text', 'petitioner_facts_reasons', 'applicant_claims', 'petitioner_statement']);

/**
 * The case as `audience` may see it: for a confidential case whose audience may not see identities,
 * the petitioners', representatives', agents' names, ID numbers, phones and addresses become
 * （保密）, and every other string has them scrubbed out. An audience that may not see
 * the content gets no request, facts or reasons either. The record itself is never changed.
 */
export function caseViewFor(rec: CaseRecord, audience: DisclosureAudience, includeConfidential = false): CaseRecord {
  if (maySeeIdentity(rec, audience, includeConfidential)) return rec;
  const ids = identityStrings(rec);
  const scrubText = (s: string): string => {
    let o = s;
    for (const x of ids) o = o.split(x).join(MASK);
    return o;
  };
  const content = POLICY[audience].content;
  const walk = (x: unknown, key: string, inParty: boolean): unknown => {
    if (typeof x === 'string') {
      if (inParty && PERSON_KEYS.has(key)) return MASK;
      if (!content && CONTENT_KEYS.has(key)) return MASK;
      return scrubText(x);
    }
    if (Array.isArray(x)) return x.map((v) => walk(v, key, inParty));
    if (x && typeof x === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) {
        if (inParty && SECRET_KEYS.has(k)) {
          out[k] = MASK;
          continue;
        }
        if (inParty && k === 'principals') {
          out[k] = (v as string[]).map(() => MASK);
          continue;
        }
        out[k] = walk(v, k, inParty || PARTY_LISTS.has(k));
      }
      return out;
    }
    return x;
  };
  return walk(rec, '', false) as CaseRecord;
}
const PARTY_LISTS = new Set(['petitioners', 'representatives', 'agents', 'accompanying_persons']);

// --- the respondent and the recipient check ----------------------------------------------------

/** Titles and forms of address that do not change who is meant (stripped before comparing). */
const TITLES = [
  '同志',
  '先生',
  '女士',
  '负责人',
  '工作人员',
  '干部',
  '党工委书记',
  '党委书记',
  '党组书记',
  '书记',
  '主任',
  '主席',
  '局长',
  '处长',
  '科长',
  '股长',
  '所长',
  '站长',
  '队长',
  '镇长',
  '乡长',
  '区长',
  '县长',
  '市长',
  '省长',
  '村长',
  '组长',
  '部长',
  '厅长',
  '院长',
  '庭长',
  '检察长',
  '经理',
  '董事长',
  '委员',
  '主管',
].sort((a, b) => b.length - a.length);
const BRACKETS = /[()（）[\]［］【】〔〕{}｛｝<>《》〈〉「」『』"'“”‘’]/gu;

const TITLE_SUFFIX = new RegExp(`(?:常务|代理|常务副|副)?(?:${TITLES.join('|')})$`, 'u');

/**
 * Normalise a name for comparison: NFKC (full-width → half-width), no spaces, brackets or punctuation,
 * and no trailing titles (同志, 副主任…). Titles are taken off the end only: inside a name they are
 * part of it (某区长安街道 keeps its 区长).
 */
export function normaliseName(s: string): string {
  let n = s
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(BRACKETS, '')
    .replace(/[·•．.,，、;；:：]/gu, '');
  for (let m = TITLE_SUFFIX.exec(n); m && m.index > 0; m = TITLE_SUFFIX.exec(n)) n = n.slice(0, m.index);
  return n;
}

/** The parts of a recipient string compared separately: the whole, and what is in and outside brackets. */
function recipientParts(s: string): string[] {
  const n = s.normalize('NFKC');
  const inner = [...n.matchAll(/[(（[［【〔<《〈「『]([^()（）[\]［］【】〔〕<>《》〈〉「」『』]*)[)）\]］】〕>》〉」』]/gu)].map((m) => m[1]!);
  const outer = n.replace(/[(（[［【〔<《〈「『][^()（）[\]［］【】〔〕<>《》〈〉「」『』]*[)）\]］】〕>》〉」』]/gu, ' ');
  return [n, outer, ...inner].map(normaliseName).filter((x) => x.length >= 2);
}

export interface RespondentIdentity {
  person?: string;
  title?: string;
  unit?: string;
  parent_unit?: string;
}

/** The respondent as data: the structured form, else the legacy string split at a title (单位+职务+姓名). */
export function respondentOf(rec: Pick<CaseRecord, 'respondent' | 'respondent_detail'>): RespondentIdentity | undefined {
  const d = rec.respondent_detail;
  if (d && (d.person || d.unit || d.parent_unit)) return { ...d };
  const s = rec.respondent?.trim();
  if (!s) return undefined;
  const n = s.normalize('NFKC').replace(/\s+/gu, '');
  const m =
    /^(.*?)((?:常务|代理|常务副|副)?(?:党工委书记|党委书记|党组书记|书记|主任|主席|局长|处长|科长|股长|所长|站长|队长|镇长|乡长|区长|县长|市长|省长|村长|组长|部长|厅长|院长|庭长|检察长|经理|董事长|委员|主管))(.+)$/u.exec(
      n,
    );
  if (m?.[1] && m[3]) return { unit: m[1], title: m[2], person: m[3] };
  return { unit: n };
}

/** One name no recipient may match; `ancestors`: normalised names above it (its parent, its area) that a recipient may be. */
export interface RespondentKey {
  key: string;
  name: string;
  ancestors?: string[];
}

/** 某省某市某区 / 某区人民政府: a name that is only an administrative area or its government (an ancestor, not a unit of its own). */
const AREA = /^(?:.+?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡))+(?:人民政府|政府)?$/u;

/**
 * Normalised names of the respondent's person and unit (what no recipient may match). The parent
 * unit is not the respondent: it is known so that the unit written with it (某区人民政府鹍城街道办事处)
 * is recognised, and so that the parent — and every other unit under it — is not mistaken for the
 * respondent (V-DOC-2 matches identity, not shared ancestry).
 */
export function respondentKeys(rec: Pick<CaseRecord, 'respondent' | 'respondent_detail'>): RespondentKey[] {
  const r = respondentOf(rec);
  if (!r) return [];
  const parent = r.parent_unit ? normaliseName(r.parent_unit) : undefined;
  const out: RespondentKey[] = [];
  const add = (v: string | undefined, unit: boolean) => {
    if (!v) return;
    let key = normaliseName(v);
    // the unit written under its parent: compare the unit's own name
    if (unit && parent && key.startsWith(parent) && key.length > parent.length + 1) key = key.slice(parent.length);
    if (key.length < 2 || out.some((o) => o.key === key)) return;
    out.push(unit ? { key, name: v, ancestors: parent && parent.length >= 2 ? [parent] : [] } : { key, name: v });
  };
  add(r.person, false);
  add(r.unit, true);
  // the legacy string, when the structured form is given too: its own unit and person (without the
  // structured form they are r's own, skipped as duplicates)
  const legacy = respondentOf({ respondent: rec.respondent });
  add(legacy?.person, false);
  add(legacy?.unit, true);
  return out;
}

/**
 * Is the recipient part `part` the respondent named by `k`? The same normalised identity, or one
 * contains the other: the recipient names the respondent within more (某区水务局（钱贪官同志）,
 * 鹍城街道办事处纪工委), or is a short form of it (鹍城街道, 水务局). A part contained in the
 * respondent's name that is only an ancestor — its known parent, or a bare area or area government
 * at the start (某区, 某区人民政府) — is not the respondent.
 */
function sameIdentity(part: string, k: RespondentKey): boolean {
  if (part.includes(k.key)) return true; // the same identity, or more around it
  if (!k.key.includes(part)) return false;
  if (k.ancestors?.includes(part)) return false;
  if (k.ancestors && k.key.startsWith(part) && AREA.test(part)) return false;
  return true;
}

/** The first respondent name a recipient matches (the same identity, or either contains the other, after normalising), if any. */
export function matchRespondent(recipient: string, keys: readonly RespondentKey[]): string | undefined {
  for (const part of recipientParts(recipient)) {
    for (const k of keys) if (sameIdentity(part, k)) return k.name;
  }
  return undefined;
}

/** Is `recipient` one of the office's discipline inspection bodies (纪委监委, xf.config.json discipline_bodies)? */
export function isDisciplineBody(recipient: string, bodies: readonly string[] = []): boolean {
  const r = normaliseName(recipient);
  return r.length >= 2 && bodies.some((b) => normaliseName(b) === r);
}

/** Every outgoing recipient a case has recorded, with the field it sits in. */
export function caseRecipients(rec: CaseRecord): { field: string; name: string }[] {
  const out: { field: string; name: string }[] = [];
  const p = rec.progress;
  if (p.transfer?.target_org) out.push({ field: 'progress.transfer.target_org', name: p.transfer.target_org });
  (p.handling_opinion?.copy_to ?? []).forEach((c, i) => out.push({ field: `progress.handling_opinion.copy_to[${i}]`, name: c }));
  (p.services ?? []).forEach((s, i) => {
    if (s.addressee) out.push({ field: `progress.services[${i}].addressee`, name: s.addressee });
  });
  (p.hearings ?? []).forEach((h, i) =>
    (h.attendees ?? []).forEach((a, j) => {
      out.push({ field: `progress.hearings[${i}].attendees[${j}].name`, name: a.name });
      if (a.org) out.push({ field: `progress.hearings[${i}].attendees[${j}].org`, name: a.org });
    }),
  );
  return out;
}

/**
 * The audience a form's view is built for, from its descriptor's `audience` list: the one it is
 * addressed to, the first (a template that also serves others masks their parts itself, as the 四联单
 * does). A transfer target that is one of the office's discipline bodies is the discipline body.
 * Internal forms are the filed originals (restricted archival documents, SPEC §7.8).
 */
export function formAudience(audiences: readonly string[], rec: CaseRecord, disciplineBodies: readonly string[] = []): DisclosureAudience | 'filed' {
  if (audiences.includes('internal')) return 'filed';
  const a = audiences[0];
  if (a === 'transfer_target' && rec.progress.transfer?.target_org && isDisciplineBody(rec.progress.transfer.target_org, disciplineBodies)) return 'discipline_body';
  return a && (DISCLOSURE_AUDIENCES as readonly string[]).includes(a) ? (a as DisclosureAudience) : 'public';
}
