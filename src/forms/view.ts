// The data a form template sees: the case record, the office, and what the domain derives from
// them (display names, the case's clocks). Every date a form prints comes from here, and every
// deadline from src/domain/clocks.ts: the forms never compute a deadline themselves.
import type { Finality, PackLimits } from '../domain/rulepacks.js';
import type { CaseRecord } from '../domain/case.js';
import { petitionerDisplayName, petitionerPronoun } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import type { Clock } from '../domain/clocks.js';
import { caseViewFor, maySeeIdentity, WITHHELD_NOTE, type DisclosureAudience } from '../domain/disclosure.js';
import { CONTROL_CHARS } from '../domain/input-guard.js';

export interface ClockView {
  due: string;
  /** Before extension and pauses (the original due date on an extension notice). */
  base_due: string;
  act_by: string;
  days: number;
  unit: string;
  provisional: boolean;
}

export interface FormView {
  case: CaseRecord;
  office: OfficeConfig;
  petitioner: CaseRecord['petitioners'][number];
  petitioner_name: string;
  /** 你 / 你们 / 你单位: how the letter addresses the petitioner(s). */
  you: string;
  agent?: NonNullable<CaseRecord['agents']>[number];
  issuing_org: string;
  /** Who signs this form (its descriptor's issuer): the organ, or at 复查/复核 the review body. Set by the engine. */
  signer_org?: string;
  /** The "不再受理" article binding this case's termination under the office's rule packs, if any. Set by the engine. */
  finality?: Finality;
  /** The non-acceptance's legal basis (the details', else the ground catalogue's) and the grounds none covers. Set by the engine. */
  na_basis?: { instrument: string; article?: string }[];
  na_uncovered?: string[];
  /** The 四联单's feedback half: the slip's own entries, else the answer's and its service's. Set by the engine. */
  slip_feedback?: import('./notice-view.js').SlipFeedback;
  doc_prefix: string;
  /** Clocks by slot; materials_cure also under cure_<anchor_event>. */
  clocks: Record<string, ClockView>;
  slip_no?: string;
  /** Set by the batch/CLI: render the 作废 set of the 四联单. */
  void?: boolean;
  /** The office's rule-pack thresholds, for clauses that print them (e.g. 跟访人员不超过N人). */
  limits?: PackLimits;
  /** Set when the case's petitioners are withheld from this form's audience (the disclosure policy). */
  identity_withheld?: string;
}

/**
 * The form's view of a case. `audience` is who receives the form (from its descriptor, through
 * formAudience): for a confidential case the record is the disclosure policy's view for that
 * audience — a letter to a transfer target names no accuser. `filed` (internal forms) keeps it all.
 */
export function buildView(rec0: CaseRecord, office: OfficeConfig, clocks: Clock[], extra: { void?: boolean; limits?: PackLimits; audience?: DisclosureAudience | 'filed' } = {}): FormView {
  const audience = extra.audience ?? 'filed';
  const withheld = audience !== 'filed' && !maySeeIdentity(rec0, audience);
  const rec = audience === 'filed' ? rec0 : caseViewFor(rec0, audience);
  const cv: Record<string, ClockView> = {};
  for (const c of clocks) {
    const v: ClockView = {
      due: c.deadline.due,
      base_due: c.deadline.base_due,
      act_by: c.deadline.act_by,
      days: c.deadline.days,
      unit: c.deadline.unit,
      provisional: c.deadline.provisional,
    };
    if (!cv[c.slot]) cv[c.slot] = v;
    if (c.slot === 'materials_cure') cv[`cure_${c.anchor_event}`] = v;
  }
  const slip = rec.slip_no ?? rec.contact_slip?.slip_no;
  return {
    case: rec,
    office,
    petitioner: rec.petitioners[0]!,
    petitioner_name: withheld ? '信访人' : petitionerDisplayName(rec),
    you: petitionerPronoun(rec),
    ...(rec.agents?.[0] ? { agent: rec.agents[0] } : {}),
    issuing_org: rec.issuing_org_name ?? office.office_name,
    doc_prefix: rec.doc_no_prefix ?? office.org_code,
    clocks: cv,
    ...(slip ? { slip_no: slip } : {}),
    ...(extra.void || rec.contact_slip?.voided ? { void: true } : {}),
    ...(extra.limits ? { limits: extra.limits } : {}),
    ...(withheld ? { identity_withheld: WITHHELD_NOTE } : {}),
  };
}

/** Escape for a YAML double-quoted scalar: templates put every value inside "…". */
/** Any character yamlEscape changes: most strings of a view have none and are returned as they are. */
const ESCAPED = new RegExp(`[\\\\"\\n\\t]|${CONTROL_CHARS.source}`, 'u');

export function yamlEscape(s: string): string {
  if (!ESCAPED.test(s)) return s;
  // controls and bidi overrides never reach a document (the input guard refuses them; this keeps a register written before it clean)
  return s.replace(CONTROL_CHARS, '').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

/**
 * The view with its strings safe inside YAML double quotes. Plain objects and arrays with nothing to
 * escape inside are given as they are (a template only reads them): most of a case has nothing to
 * escape, and copying it all was a twentieth of a form's render. Anything else is copied as before.
 */
export function escapedView<T>(x: T): T {
  if (typeof x === 'string') return yamlEscape(x) as T;
  if (Array.isArray(x)) {
    if (Object.getPrototypeOf(x) !== Array.prototype) return x.map(escapedView) as T;
    const vals: unknown[] = new Array(x.length);
    let changed = false;
    for (let i = 0; i < x.length; i++) {
      if (!(i in x)) return x.map(escapedView) as T; // a hole: copied as map copies it
      const v: unknown = x[i];
      vals[i] = escapedView(v);
      if (vals[i] !== v) changed = true;
    }
    return (changed ? vals : x) as T;
  }
  if (x && typeof x === 'object') {
    const entries = Object.entries(x);
    const vals: unknown[] = new Array(entries.length);
    let changed = Object.getPrototypeOf(x) !== Object.prototype;
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      vals[i] = escapedView(v);
      if (vals[i] !== v || k === '__proto__') changed = true;
    }
    if (!changed) return x;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < entries.length; i++) out[entries[i]![0]] = vals[i];
    return out as T;
  }
  return x;
}

/** Every string leaf of the view with its path (to name the field a bad character came from). */
export function stringLeaves(x: unknown, path = ''): [string, string][] {
  if (typeof x === 'string') return [[path, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => stringLeaves(v, `${path}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
}
