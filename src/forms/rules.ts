// The validation rules a form's fields.yaml names (SPEC §10). The rules, their checks and their
// messages are in src/domain/rules/; here each is handed what a form knows — the case through the
// view and, where the law is about wording, the text the form would print.
import { caseRecipients, isConfidential, respondentKeys } from '../domain/disclosure.js';
import type { Violation } from '../domain/errors.js';
import type { PackLimits } from '../domain/rulepacks.js';
import { check, isRuleId, type RuleId } from '../domain/rules/index.js';
import { treeTexts, type DocumentTree } from './model.js';
import type { FormView } from './view.js';
import { printedNonAcceptance } from './notice-view.js';
import { remedyAct } from '../domain/rules/document.js';

export { DOC_NO } from '../domain/rules/document.js';
export { SLIP_NO } from '../domain/rules/agent.js';

/** `limits` are the office's rule-pack thresholds: the same numbers the register enforces. */
export interface RuleInput {
  view: FormView;
  tree: DocumentTree;
  formId: string;
  limits: PackLimits;
  /** View path of the form's 文号 (V-DOC-7), from its descriptor (src/forms/descriptor.ts). */
  docNoField?: string;
}
type FormRule = (x: RuleInput) => Violation[];

const text = (tree: DocumentTree) => treeTexts(tree.blocks).join('\n');

function get(view: FormView, path: string): unknown {
  let cur: unknown = view;
  for (const k of path.replace(/\[(\d+)\]/g, '.$1').split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

const HO = 'case.progress.handling_opinion.';
const H0 = 'case.progress.hearings[0].';

/** How a form feeds each rule it may name; keys are checked against the registry. */
export const RULES: Partial<Record<RuleId, FormRule>> = {
  'V-DOC-3': ({ view, tree, formId }) => {
    const review = formId === 'review_opinion';
    const rv = view.case.progress.review,
      ho = view.case.progress.handling_opinion;
    const org = review ? (rv?.next_org_name ?? view.office.rereview_org_name) : (ho?.review_org_name ?? view.office.review_org_name);
    // what comes from xf.config.json (the case gives none of its own) must be a real body and address
    const fromConfig: { key: string; value?: string; what: string; what_en: string }[] = [];
    const own = review ? { name: rv?.next_org_name, address: rv?.next_org_address } : { name: ho?.review_org_name, address: ho?.review_org_address };
    const { act, act_en, config } = remedyAct(review);
    if (!own.name)
      fromConfig.push({
        key: `${config}_org_name`,
        value: review ? view.office.rereview_org_name : view.office.review_org_name,
        what: `${act}机关名称`,
        what_en: `${act_en} body`,
      });
    if (!own.address)
      fromConfig.push({
        key: `${config}_org_address`,
        value: review ? view.office.rereview_org_address : view.office.review_org_address,
        what: `${act}机关地址`,
        what_en: `${act_en} body's address`,
      });
    return [
      ...check('V-DOC-3', 'configured', { values: fromConfig }),
      ...check('V-DOC-3', 'text', { text: text(tree), review, ...(org ? { org } : {}) }, { prefix: review ? 'case.progress.review.' : HO }),
    ];
  },
  'V-DOC-5': ({ tree }) => check('V-DOC-5', 'text', { text: text(tree) }),
  'V-DOC-4': ({ view }) => {
    const ho = view.case.progress.handling_opinion;
    return ho ? check('V-DOC-4', 'outcomes', ho, { prefix: HO }) : [];
  },
  'V-DOC-7': ({ view, docNoField }) => (docNoField ? check('V-DOC-7', 'doc_no', { doc_no: get(view, docNoField), field: docNoField }) : []),
  'V-DOC-6': ({ view }) => check('V-DOC-6', 'org', { org: view.signer_org ?? view.issuing_org }, { prefix: 'case.' }),
  'V-DOC-2': ({ view }) => {
    const c = view.case;
    return check(
      'V-DOC-2',
      'recipients',
      { confidential: isConfidential(c), respondent: respondentKeys(c), recipients: caseRecipients(c), discipline_bodies: view.office.discipline_bodies ?? [] },
      { prefix: 'case.' },
    );
  },
  'V-DOC-9': ({ view, limits }) => {
    const e = view.case.progress.extension;
    const due = view.clocks.handling?.base_due;
    return e ? check('V-DOC-9', 'extension', { extension: e, limits, ...(due ? { original_due: due } : {}) }, { prefix: 'case.progress.extension.' }) : [];
  },
  'V-DOC-10': ({ view }) => {
    const p = printedNonAcceptance(view.case);
    return p ? check('V-DOC-10', 'basis', { basis: view.na_basis ?? [], uncovered: view.na_uncovered ?? [] }, { prefix: `${p.path.replace(/^case\./, '')}.` }) : [];
  },
  // a 复查/复核 stage's refusal states how to appeal it (the lifecycle checks it at decline too)
  'S004-§16': ({ view }) => {
    const p = printedNonAcceptance(view.case);
    return p && p.stage !== 'initial' ? check('S004-§16', 'appeal', { appeal_text: p.na.appeal_text }, { prefix: `${p.path.replace(/^case\./, '')}.` }) : [];
  },
  'V-SLIP-1': ({ view }) => check('V-SLIP-1', 'serial', view.slip_no ? { slip_no: view.slip_no } : {}),
  'V-SLIP-2': ({ view }) => check('V-SLIP-2', 'due', { has_clock: !!(view.clocks.proxy_handling || view.clocks.handling) }),
  'V-HEAR-1': ({ view }) => {
    const h = view.case.progress.hearings?.[0];
    return h ? check('V-HEAR-1', 'hearing', { hearing: h, complete: true }, { prefix: H0 }) : [];
  },
  'V-HEAR-2': ({ view }) => check('V-HEAR-2', 'publicity', { hearing: view.case.progress.hearings?.[0], confidential: view.case.confidential }, { prefix: H0 }),
  'V-AG-2': ({ view, limits }) => check('V-AG-2', 'authorization', { authorization: view.case.authorization, limits }, { prefix: 'case.' }),
  'V-AG-6': ({ view }) => check('V-AG-6', 'request', { proxy_request: view.case.proxy_request }, { prefix: 'case.' }),
  // V-AG-4's fee fields are refused by the case file parser; the free-of-charge clause must print.
  'V-AG-4': ({ view }) => check('V-AG-4', 'authorization', { authorization: view.case.authorization }, { prefix: 'case.' }),
};

/** A rule id a form's fields.yaml may name. */
export function isFormRule(id: string): boolean {
  return isRuleId(id) && !!RULES[id];
}

export function runRules(ids: string[], input: RuleInput): Violation[] {
  const out: Violation[] = [];
  out.push(...check('TEMPLATE', 'rules', { ids, known: isFormRule }));
  for (const id of ids) if (isRuleId(id)) out.push(...(RULES[id]?.(input) ?? []));
  return out;
}
