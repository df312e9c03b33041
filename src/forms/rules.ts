// The validation rules a form's fields.yaml names (SPEC §10). Each looks at the case (through the
// view) and, where the law is about wording, at the text the form would print.
import type { Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { FormView } from './view.js';
import { treeTexts, type DocumentTree } from './model.js';
import type { PackLimits } from '../domain/rulepacks.js';

/**
 * `limits` are the office's rule-pack thresholds: the same numbers the register enforces.
 * `docNoField` is the view path of the 文号 the form prints (from its descriptor, src/forms/descriptor.ts).
 */
export interface RuleInput { view: FormView; tree: DocumentTree; formId: string; limits: PackLimits; docNoField?: string }
type Rule = (x: RuleInput) => Violation[];

const err = (rule: string, field: string, label: string, message: string, found?: unknown): Violation =>
  ({ rule, field, label, message, severity: 'error', ...(found === undefined ? {} : { found }) });
const warn = (rule: string, field: string, label: string, message: string, found?: unknown): Violation =>
  ({ rule, field, label, message, severity: 'warning', ...(found === undefined ? {} : { found }) });

const text = (tree: DocumentTree) => treeTexts(tree.blocks).join('\n');
/** 文号: {机关代字}{类别字}〔YYYY〕n号 — hexagonal brackets, no 第, no leading zeros (GB/T 9704 7.2.5). */
export const DOC_NO = /^.+〔\d{4}〕[1-9]\d*号$/;
export const SLIP_NO = /^[A-Z0-9]{2,8}-LXD-\d{4}-\d{6}$/;

function get(view: FormView, path: string): unknown {
  let cur: unknown = view;
  for (const k of path.replace(/\[(\d+)\]/g, '.$1').split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

export const RULES: Record<string, Rule> = {
  // V-DOC-3: remedy paragraph naming the next body, 30 days and the materials.
  'V-DOC-3': ({ view, tree, formId }) => {
    const s = text(tree);
    const review = formId === 'review_opinion';
    const org = review ? view.case.progress.review?.next_org_name ?? view.office.rereview_org_name : view.case.progress.handling_opinion?.review_org_name ?? view.office.review_org_name;
    const field = review ? 'case.progress.review.next_org_name' : 'case.progress.handling_opinion.review_org_name';
    const act = review ? '复核' : '复查';
    const out: Violation[] = [];
    if (!org) out.push(err('V-DOC-3', field, review ? '复核机关' : '复查机关', t(`救济告知须写明${act}机关（上一级机关）`, `the remedy clause must name the ${review ? 're-review' : 'review'} body`)));
    const ok = !!org && s.includes(org) && /30日/.test(s) && s.includes(`申请${act}`) && /提交|材料/.test(s);
    if (!ok) out.push(err('V-DOC-3', review ? 'case.progress.review.remedy_text' : 'case.progress.handling_opinion.remedy_text', '救济途径和期限',
      t(`意见书须含救济告知：${act}机关名称、“30日”期限及应提交的材料`, `the opinion must contain the remedy clause: the ${act} body, "30日" and the materials`)));
    return out;
  },
  // V-DOC-5: the finality clause of a 复核意见书 (XFGZ §36 ¶3).
  'V-DOC-5': ({ tree }) => {
    const s = text(tree);
    return /不再受理/.test(s) && /同一事实和理由/.test(s) ? [] : [err('V-DOC-5', 'finality_clause', '终结告知', t('复核意见书须含“以同一事实和理由提出…不再受理”的终结告知', 'the re-review opinion must contain the finality clause'))];
  },
  // V-DOC-4: every request gets exactly one outcome.
  'V-DOC-4': ({ view }) => {
    const ho = view.case.progress.handling_opinion;
    if (!ho) return [];
    const out: Violation[] = [];
    for (const r of ho.requests) {
      const n = ho.outcomes.filter((o) => o.request_seq === r.seq).length;
      if (n !== 1) out.push(err('V-DOC-4', `case.progress.handling_opinion.outcomes`, '处理意见', t(`第${r.seq}项请求应有且只有一个处理意见（现有 ${n} 个）`, `request ${r.seq} needs exactly one outcome (has ${n})`), r.text));
    }
    const seqs = new Set(ho.requests.map((r) => r.seq));
    for (const o of ho.outcomes) if (!seqs.has(o.request_seq)) out.push(err('V-DOC-4', 'case.progress.handling_opinion.outcomes', '处理意见', t(`处理意见指向不存在的第${o.request_seq}项请求`, `outcome for unknown request ${o.request_seq}`)));
    return out;
  },
  // V-DOC-7: 文号 pattern.
  'V-DOC-7': ({ view, docNoField: field }) => {
    if (!field) return [];
    const no = get(view, field);
    // requiredness comes from the form's field list; this rule checks the pattern
    if (typeof no !== 'string' || !no) return [];
    return DOC_NO.test(no) && !/第/.test(no) && !/〔\d{4}〕0/.test(no) ? [] : [err('V-DOC-7', field, '文号', t('文号应为“机关代字〔年份〕序号号”：六角括号、四位年份、无“第”、序号无前导零', 'document number must look like 某信字〔2026〕12号'), no)];
  },
  // V-DOC-6: letters go out in the organ's name, never an internal division's.
  'V-DOC-6': ({ view }) => {
    const org = view.issuing_org;
    // 街道办事处 is an organ (a 派出机关); 信访处, 办公室, 某某科 are divisions
    return /(处|科|室|股|组|中心)$/.test(org) && !/(办事处|政府|委员会|局|厅|部|院)$/.test(org)
      ? [err('V-DOC-6', 'case.issuing_org_name', '发文机关', t('发文机关应为机关本身，不得以内设机构名义', 'the issuing organ may not be an internal division'), org)] : [];
  },
  // V-DOC-2: confidential cases never distribute to the respondent.
  'V-DOC-2': ({ view }) => {
    const c = view.case;
    if (!c.confidential || !c.respondent) return [];
    const copies = c.progress.handling_opinion?.copy_to ?? [];
    return copies.filter((x) => x.includes(c.respondent!) || c.respondent!.includes(x))
      .map((x) => err('V-DOC-2', 'case.progress.handling_opinion.copy_to', '抄送', t('保密案件不得抄送被反映对象', 'a confidential case may not be copied to the respondent'), x));
  },
  // V-DOC-9: extension within the pack's limit (30 days nationally), approved by the organ head, noticed before the original due date.
  'V-DOC-9': ({ view, limits }) => {
    const e = view.case.progress.extension;
    if (!e) return [];
    const out: Violation[] = [];
    const max = limits.max_extension_days;
    if (e.extension_days > max) out.push(err('V-DOC-9', 'case.progress.extension.extension_days', '延长天数', t(`延长期限不得超过${max}日`, `an extension may not exceed ${max} days`), e.extension_days));
    if (e.approved_by_is_head === false) out.push(err('V-DOC-9', 'case.progress.extension.approved_by', '批准人（本机关负责人）', t('延期须经本机关负责人批准', 'the organ head must approve the extension'), e.approved_by));
    const base = view.clocks.handling?.base_due;
    if (base && e.notice_date > base) out.push(err('V-DOC-9', 'case.progress.extension.notice_date', '延期告知日期', t(`延期告知应在原办理期限（${base}）届满前作出`, `the extension must be noticed before the original due date ${base}`), e.notice_date));
    return out;
  },
  // V-SLIP-1: one serial from the register on all four parts.
  'V-SLIP-1': ({ view }) => {
    const s = view.slip_no;
    if (!s) return [err('V-SLIP-1', 'slip_no', '联系单编号', t('四联单编号由登记簿在受理时分配；案件文件须带 contact_slip.slip_no', 'the slip serial comes from the register at acceptance; a case file must carry contact_slip.slip_no'))];
    return SLIP_NO.test(s) ? [] : [err('V-SLIP-1', 'slip_no', '联系单编号', t('编号格式应为 机关简码-LXD-年份-六位序号', 'serial must look like XX-LXD-2026-000123'), s)];
  },
  // V-SLIP-2: due date = the proxy handling clock (DL-15).
  'V-SLIP-2': ({ view }) => (view.clocks.proxy_handling || view.clocks.handling ? [] : [err('V-SLIP-2', 'case.progress.acceptance.accepted_date', '受理日期', t('无法计算应办结日期：案件尚未受理', 'no due date: the case has not been accepted'))]),
  // V-HEAR-1: chair not an investigator; recorder set; the roles the stage needs.
  'V-HEAR-1': ({ view }) => {
    const h = view.case.progress.hearings?.[0];
    if (!h) return [];
    const out: Violation[] = [];
    if (h.chair && (h.investigators ?? []).includes(h.chair)) out.push(err('V-HEAR-1', 'case.progress.hearings[0].chair', '主持人', t('主持人不得为本案调查人员', 'the chair may not be one of the investigators'), h.chair));
    if (!h.recorder) out.push(err('V-HEAR-1', 'case.progress.hearings[0].recorder', '记录员', t('须指定记录员', 'a recorder is required')));
    const roles = new Set((h.attendees ?? []).map((a) => a.role));
    if (h.attendees) {
      if (!roles.has('petitioner') && !roles.has('agent')) out.push(err('V-HEAR-1', 'case.progress.hearings[0].attendees', '到场参加人', t('须有信访人或委托代理人到场', 'the petitioner or an agent must attend')));
      if (!roles.has('handling_org_rep')) out.push(err('V-HEAR-1', 'case.progress.hearings[0].attendees', '到场参加人', t('须有承办单位代表到场', 'a representative of the handling organ must attend')));
    }
    return out;
  },
  // V-HEAR-2: no hearing on secrets or privacy (warning; a human decides).
  'V-HEAR-2': ({ view }) => {
    const h = view.case.progress.hearings?.[0];
    return h && h.public && view.case.confidential ? [warn('V-HEAR-2', 'case.progress.hearings[0].public', '公开听证', t('保密案件不宜公开听证', 'a confidential case should not have a public hearing'))] : [];
  },
  // V-AG-2: accompanying persons within the pack's limit (4 under S000 篇3, 2 under 篇4).
  'V-AG-2': ({ view, limits }) => {
    const n = view.case.authorization?.accompanying_persons?.length ?? 0;
    const max = limits.max_accompanying_persons;
    return max !== null && n > max ? [err('V-AG-2', 'case.authorization.accompanying_persons', '跟访人员', t(`跟访人员不得超过${max}人`, `at most ${max} accompanying persons`), n)] : [];
  },
  // V-AG-6: the petitioner's signature, or a refusal record, on the 委托单.
  'V-AG-6': ({ view }) => {
    const r = view.case.proxy_request;
    if (!r) return [];
    return r.petitioner_signed || r.refusal_record ? [] : [err('V-AG-6', 'case.proxy_request.refusal_record', '拒签记录', t('委托单须有信访人签名，拒签的须有拒签记录', 'the petitioner signs the request form, or a refusal record is made'))];
  },
  // V-AG-4 is enforced by the case file parser; the free-of-charge clause must print.
  'V-AG-4': ({ view }) => (view.case.authorization && view.case.authorization.free_of_charge_statement !== true
    ? [err('V-AG-4', 'case.authorization.free_of_charge_statement', '无偿代理声明', t('代理须为无偿，授权委托书须载明无偿声明', 'agency is free of charge; the statement must be true'))] : []),
};

export function runRules(ids: string[], input: RuleInput): Violation[] {
  const out: Violation[] = [];
  for (const id of ids) {
    const r = RULES[id];
    if (!r) { out.push(err('TEMPLATE', 'rules', '规则', t(`字段清单引用了未知规则 ${id}`, `unknown rule ${id}`))); continue; }
    out.push(...r(input));
  }
  return out;
}
