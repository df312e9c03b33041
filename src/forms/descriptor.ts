// A form's descriptor: the facts about a form that the archive, the rules and (later) the disclosure
// policy need, kept in the form's own fields.yaml beside its field list, so that a form is described
// in one place and adding a form is adding a folder. Every key is required: a form that lacks one is
// an error naming the form, the file and the key, never a silent default.
import { join, resolve } from 'node:path';
import { readFieldsYaml } from './templates.js';
import { XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { violate } from '../domain/rules/index.js';
import { present } from './paths.js';
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';

/** Who issues (and signs) the form: the 责任者 of the archive's lists. */
export const ISSUERS = [
  'organ', // the issuing organ of the case (issuing_org_name, else the office)
  'office', // the office itself (the register's own records)
  'review_body', // the 复查 organ (review.reviewing_org_name, else the office's review_org_name)
  'rereview_body', // the 复核 organ
  'stage', // the body of the stage the case is at: organ, review body or re-review body
  'petitioner', // what the petitioner signs (masked for a confidential case)
  'agent', // what the agent's post (代理站) makes
] as const;
export type Issuer = (typeof ISSUERS)[number];

/** How many copies a case files: one, one per recorded service, one per hearing. */
export const COPIES = ['one', 'per_service', 'per_hearing'] as const;
export type Copies = (typeof COPIES)[number];

/** Who may receive the form (the disclosure policy builds on this). */
export const AUDIENCES = ['petitioner', 'agent', 'transfer_target', 'respondent_unit', 'discipline_body', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A 送达回证 takes its checklist item and its place in the file from the document it proves served. */
export const AS_SERVED = 'as_served';
export const AFTER_SERVED = 'after_served';

/** V-ARC-1 items a form can satisfy (SPEC §7.1; item 15, the 备考表, is the archive's own). */
export const CHECKLIST_ITEMS = { min: 1, max: 14 } as const;

export interface FormDescriptor {
  id: string;
  /** The file the descriptor was read from. */
  file: string;
  /** View paths that may hold the 文号, the one the template prints first; [] = the form has none. `[-1]` = the last element. */
  doc_no: string[];
  issuer: Issuer;
  /** The V-ARC-1 item (1–14), or as_served. */
  checklist: number | typeof AS_SERVED;
  /** Place in the 卷内文件目录 under conclusion_first (lower first), or after_served. */
  filing_rank: number | typeof AFTER_SERVED;
  copies: Copies;
  audience: Audience[];
}

export const DESCRIPTOR_KEYS = ['doc_no', 'issuer', 'checklist', 'filing_rank', 'copies', 'audience'] as const;

const PATH = /^[a-z_]+(?:\.[a-z_][a-z0-9_]*|\[(?:\d+|-1)\])*$/;

/** Check the descriptor keys of a parsed fields.yaml: the descriptor, or every fault found. */
export function parseDescriptor(raw: unknown, id: string, file: string): { descriptor?: FormDescriptor; violations: Violation[] } {
  const out: Violation[] = [];
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const bad = (key: string, zh: string, en: string, found?: unknown) =>
    out.push(
      violate('TEMPLATE', 'detail', {
        field: `${file}:${key}`,
        params: { detail: t(`文书「${id}」的 ${key}：${zh}`, `form ${id}, ${key}: ${en}`) },
        ...(found === undefined ? {} : { found }),
      }),
    );
  for (const k of DESCRIPTOR_KEYS) if (!(k in o)) bad(k, '缺少此项（必填）', 'missing (required)');
  const oneOf = <T extends string>(key: string, list: readonly T[], v: unknown): v is T => {
    if (v === undefined) return false;
    if (typeof v === 'string' && (list as readonly string[]).includes(v)) return true;
    bad(key, `应为 ${list.join(' | ')} 之一`, `must be one of ${list.join(' | ')}`, v);
    return false;
  };

  let docNo: string[] = [];
  if ('doc_no' in o) {
    const v = o.doc_no;
    const list = v === 'none' ? [] : typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && PATH.test(p)))
      bad('doc_no', '应为 none、一个字段路径或字段路径列表', 'must be none, a view path or a list of view paths', v);
    else docNo = list as string[];
  }
  const issuer = o.issuer;
  oneOf('issuer', ISSUERS, issuer);
  const copies = o.copies;
  oneOf('copies', COPIES, copies);
  const cl = o.checklist;
  if ('checklist' in o && !(cl === AS_SERVED || (Number.isInteger(cl) && (cl as number) >= CHECKLIST_ITEMS.min && (cl as number) <= CHECKLIST_ITEMS.max))) {
    bad(
      'checklist',
      `应为归档清单项 ${CHECKLIST_ITEMS.min}–${CHECKLIST_ITEMS.max}（SPEC §7.1），或 ${AS_SERVED}`,
      `must be a checklist item ${CHECKLIST_ITEMS.min}–${CHECKLIST_ITEMS.max} (SPEC §7.1) or ${AS_SERVED}`,
      cl,
    );
  }
  const rank = o.filing_rank;
  if ('filing_rank' in o && !(rank === AFTER_SERVED || (typeof rank === 'number' && Number.isFinite(rank) && rank > 0))) {
    bad('filing_rank', `应为正数，或 ${AFTER_SERVED}`, `must be a positive number or ${AFTER_SERVED}`, rank);
  }
  // "as the served document" only means something for a form filed once per service
  if ((cl === AS_SERVED || rank === AFTER_SERVED) && copies !== 'per_service' && COPIES.includes(copies as Copies)) {
    bad(
      cl === AS_SERVED ? 'checklist' : 'filing_rank',
      `${AS_SERVED} / ${AFTER_SERVED} 要求 copies: per_service`,
      `${AS_SERVED} / ${AFTER_SERVED} need copies: per_service`,
      cl === AS_SERVED ? cl : rank,
    );
  }
  const aud = o.audience;
  if ('audience' in o) {
    if (!Array.isArray(aud) || aud.length === 0) bad('audience', `应为非空列表，取自 ${AUDIENCES.join(' | ')}`, `must be a non-empty list of ${AUDIENCES.join(' | ')}`, aud);
    else {
      aud.forEach((a, i) => oneOf(`audience[${i}]`, AUDIENCES, a));
      if (aud.includes('internal') && aud.length > 1) bad('audience', 'internal（仅内部）不能与其他接收方并列', 'internal (internal only) cannot be listed with other recipients', aud);
    }
  }
  if (out.length) return { violations: out };
  return {
    violations: [],
    descriptor: {
      id,
      file,
      doc_no: docNo,
      issuer: issuer as Issuer,
      checklist: cl as FormDescriptor['checklist'],
      filing_rank: rank as FormDescriptor['filing_rank'],
      copies: copies as Copies,
      audience: aud as Audience[],
    },
  };
}

const cache = new Map<string, FormDescriptor>();

/** The descriptor of a template folder (cached per folder). Throws VALIDATION naming the form, file and key. */
export function loadDescriptor(dir: string, id: string): FormDescriptor {
  const file = join(resolve(dir), 'fields.yaml');
  let d = cache.get(file);
  if (d) return d;
  let raw: unknown;
  try {
    raw = readFieldsYaml(dir);
  } catch (e) {
    throw new XfError('VALIDATION', t(`${file} 不是有效的 YAML：${(e as Error).message.split('\n')[0]}`, `${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`), [], {
      form_id: id,
      file,
    });
  }
  const r = parseDescriptor(raw, id, file);
  if (!r.descriptor) {
    const keys = [...new Set(r.violations.map((v) => v.field.slice(file.length + 1).replace(/\[\d+\]$/, '')))];
    throw new XfError('VALIDATION', t(`文书「${id}」的描述（${file}）有误：${keys.join('、')}`, `the descriptor of form ${id} (${file}) is wrong: ${keys.join(', ')}`), r.violations, {
      form_id: id,
      file,
      keys,
    });
  }
  d = r.descriptor;
  cache.set(file, d);
  return d;
}

function walk(obj: unknown, path: string): { value: unknown; parent: unknown; path: string } {
  let cur: unknown = obj;
  let parent: unknown;
  const parts: string[] = [];
  for (const k of path.replace(/\[(\d+|-1)\]/g, '.$1').split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return { value: undefined, parent: undefined, path };
    const key = k === '-1' && Array.isArray(cur) ? String(cur.length - 1) : k;
    parts.push(/^\d+$/.test(key) ? `[${key}]` : `.${key}`);
    parent = cur;
    cur = (cur as Record<string, unknown>)[key];
  }
  return { value: cur, parent, path: parts.join('').replace(/^\./, '') };
}

/**
 * The 文号 the form prints. Like the templates' `default a b c`, the first alternative whose record
 * exists is the one printed (a stage's notice without a number has none, even if an earlier stage's has).
 */
export function resolveDocNo(d: FormDescriptor, view: unknown): { field: string; value: string } | undefined {
  for (const p of d.doc_no) {
    const r = walk(view, p);
    if (!present(r.parent)) continue;
    return present(r.value) && typeof r.value === 'string' ? { field: r.path, value: r.value } : undefined;
  }
  return undefined;
}

/** The stage a form's printed record belongs to: the first petition, the 复查 or the 复核. */
export type Stage = 'initial' | 'review' | 'rereview';

const stageOfPath = (p: string): Stage => (p.startsWith('case.progress.rereview.') ? 'rereview' : p.startsWith('case.progress.review.') ? 'review' : 'initial');

/** The stage of the document a 送达回证 proves served: by its form, else by its 文号 among the stages' records. */
function stageOfService(rec: CaseRecord): Stage {
  const sv = rec.progress.services?.at(-1);
  if (!sv) return 'initial';
  if (sv.doc_type === 'rereview_opinion') return 'rereview';
  if (sv.doc_type === 'review_opinion') return 'review';
  for (const st of ['rereview', 'review'] as const) {
    const r = rec.progress[st];
    if (r && sv.doc_no && [r.doc_no, r.non_acceptance?.doc_no, r.materials?.doc_no].includes(sv.doc_no)) return st;
  }
  return 'initial';
}

/**
 * The stage of what the form prints: the record its 文号 path picks (the first alternative present,
 * as the template's `default a b c`), for a 送达回证 the stage of the document served, for a hearing
 * form the stage of the hearing it prints.
 */
export function formStage(d: FormDescriptor, rec: CaseRecord, view: unknown): Stage {
  if (d.copies === 'per_service') return stageOfService(rec);
  if (d.copies === 'per_hearing') {
    const h = rec.progress.hearings?.[0]?.stage;
    if (h) return h === 'handling' ? 'initial' : h;
  }
  for (const p of d.doc_no) {
    if (present(walk(view, p).parent)) return stageOfPath(p);
  }
  return rec.progress.rereview ? 'rereview' : rec.progress.review ? 'review' : 'initial';
}

/** The 复查 / 复核 body: the stage's record, else the office's setting, else the issuing organ. */
export function reviewBody(rec: CaseRecord, office: OfficeConfig, st: 'review' | 'rereview', issuingOrg: string): string {
  return st === 'review'
    ? (rec.progress.review?.reviewing_org_name ?? rec.progress.handling_opinion?.review_org_name ?? office.review_org_name ?? issuingOrg)
    : (rec.progress.rereview?.reviewing_org_name ?? rec.progress.review?.next_org_name ?? office.rereview_org_name ?? issuingOrg);
}

/** The body that issues and signs the form (the descriptor's issuer), for the organ issuers; undefined for petitioner / agent. */
export function issuerOrg(d: FormDescriptor, rec: CaseRecord, office: OfficeConfig, issuingOrg: string, view: unknown): string | undefined {
  switch (d.issuer) {
    case 'organ':
      return issuingOrg;
    case 'office':
      return office.office_name;
    case 'review_body':
      return reviewBody(rec, office, 'review', issuingOrg);
    case 'rereview_body':
      return reviewBody(rec, office, 'rereview', issuingOrg);
    case 'stage': {
      const st = formStage(d, rec, view);
      return st === 'initial' ? issuingOrg : reviewBody(rec, office, st, issuingOrg);
    }
    default:
      return undefined;
  }
}
