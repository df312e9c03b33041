// The register's rules for a case file (SPEC §10: V-CASE-*, V-AG-*, identity numbers). Every
// violation is collected; nothing stops at the first.
import type { CaseFile } from './case-schema.js';
import type { Violation } from './errors.js';
import { residentIdProblem } from './idcard.js';
import { t } from './i18n.js';
import type { PackLimits } from './rulepacks.js';

type Push = (v: Omit<Violation, 'severity'> & { severity?: Violation['severity'] }) => void;

/** Keys that would put a fee on agency work (V-AG-4): the forms have no place for money. */
const FEE_KEY = /(^|_)(fee|fees|charge|charges|payment|price|amount)(_|$)|收费|费用|报酬/i;
/** The statement that agency is free is the one money-word field that must exist. */
const FEE_ALLOWED = new Set(['free_of_charge_statement']);

/** A copy without the fee fields, so the other checks still run and report alongside V-AG-4. */
export function withoutFeeFields(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(withoutFeeFields);
  if (raw && typeof raw === 'object') {
    return Object.fromEntries(Object.entries(raw).filter(([k]) => FEE_ALLOWED.has(k) || !FEE_KEY.test(k)).map(([k, v]) => [k, withoutFeeFields(v)]));
  }
  return raw;
}

/** V-AG-4 runs on the raw input, before the schema turns a fee field into a plain "unknown field". */
export function feeFieldViolations(raw: unknown, path = ''): Violation[] {
  const out: Violation[] = [];
  if (Array.isArray(raw)) raw.forEach((x, i) => out.push(...feeFieldViolations(x, `${path}[${i}]`)));
  else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      const p = path ? `${path}.${k}` : k;
      if (FEE_KEY.test(k) && !FEE_ALLOWED.has(k)) {
        out.push({ rule: 'V-AG-4', field: p, label: k, severity: 'error', found: v,
          message: t('信访代理为公益、无偿代理，不得设置任何收费、报酬字段', 'agency is free of charge: no fee, payment or charge fields are allowed') });
      } else out.push(...feeFieldViolations(v, p));
    }
  }
  return out;
}

function checkIdNumber(push: Push, field: string, label: string, type: string | undefined, no: string | undefined): void {
  if (!no || type !== 'resident_id') return;
  const problem = residentIdProblem(no);
  if (!problem) return;
  const why = {
    format: t('居民身份证号码应为17位数字加1位校验码（数字或X）', 'a resident ID is 17 digits plus a check character (digit or X)'),
    birth_date: t('号码中的出生日期（第7–14位）不是真实日期', 'the birth date in positions 7–14 is not a real date'),
    check_digit: t('校验码不符合 GB 11643（请核对号码）', 'the check character does not match GB 11643 (check the number)'),
  }[problem];
  push({ rule: 'V-ID-1', field, label, message: why, found: no });
}

export interface CaseRuleOptions {
  limits: PackLimits;
}

/** Cross-field rules; assumes the file already passed the structural schema. */
export function caseFileViolations(c: CaseFile, opts: CaseRuleOptions): Violation[] {
  const out: Violation[] = [];
  const push: Push = (v) => out.push({ severity: 'error', ...v });
  const L = opts.limits;

  // V-CASE-1: name and a way to reach the petitioner, or the recorded reason the notice is waived.
  c.petitioners.forEach((p, i) => {
    if (!p.address && !p.phone && !p.notice_waived_reason) {
      push({ rule: 'V-CASE-1', field: `petitioners[${i}].address`, label: '通信地址',
        message: t('须填写通信地址或联系电话；二者皆无时须在 notice_waived_reason 中说明免予书面告知的理由', 'give an address or phone, or record in notice_waived_reason why the written notice is waived') });
    }
    checkIdNumber(push, `petitioners[${i}].id_doc_no`, '有效证件号码', p.id_doc_type, p.id_doc_no);
    if (p.id_doc_type === 'resident_id' && p.id_doc_no && !residentIdProblem(p.id_doc_no)) {
      const birth = `${p.id_doc_no.slice(6, 10)}-${p.id_doc_no.slice(10, 12)}`;
      if (p.birth_month && p.birth_month !== birth) {
        push({ rule: 'V-ID-2', field: `petitioners[${i}].birth_month`, label: '出生年月', severity: 'warning', found: p.birth_month,
          message: t(`与身份证号码中的出生年月（${birth}）不一致`, `differs from the birth month in the ID number (${birth})`) });
      }
      const male = Number(p.id_doc_no[16]) % 2 === 1;
      if (p.gender && (p.gender === 'male') !== male) {
        push({ rule: 'V-ID-2', field: `petitioners[${i}].gender`, label: '性别', severity: 'warning', found: p.gender,
          message: t('与身份证号码第17位所示性别不一致', 'differs from the gender encoded in digit 17 of the ID number') });
      }
    }
  });

  // V-CASE-2: date order.
  if (c.registered_date < c.received_date) {
    push({ rule: 'V-CASE-2', field: 'registered_date', label: '登记日期', found: c.registered_date,
      message: t(`登记日期不得早于收到日期（${c.received_date}）`, `must not be before received_date (${c.received_date})`) });
  }
  if (c.org_received_date && c.org_received_date < c.received_date) {
    push({ rule: 'V-CASE-2', field: 'org_received_date', label: '本机关收到转交办日期', found: c.org_received_date,
      message: t(`不得早于信访事项收到日期（${c.received_date}）`, `must not be before received_date (${c.received_date})`) });
  }
  if (c.transfer_from_org && !c.org_received_date) {
    push({ rule: 'V-CASE-2', field: 'org_received_date', label: '本机关收到转交办日期',
      message: t('经转送、交办的事项须填写本机关收到日期（告知期限自该日起算）', 'a transferred matter needs the date this organ received it (the notice clock starts there)') });
  }

  // V-CASE-3: more than `group_threshold` petitioners elect 1..max representatives.
  const count = Math.max(c.petitioner_count ?? 0, c.petitioners.length);
  const reps = c.representatives?.length ?? 0;
  if (c.petitioner_count !== undefined && c.petitioner_count < c.petitioners.length) {
    push({ rule: 'V-CASE-3', field: 'petitioner_count', label: '信访人数', found: c.petitioner_count,
      message: t(`不得少于列出的信访人数（${c.petitioners.length}）`, `must not be less than the petitioners listed (${c.petitioners.length})`) });
  }
  if (count > L.group_threshold && (reps < 1 || reps > L.max_representatives)) {
    push({ rule: 'V-CASE-3', field: 'representatives', label: '代表', found: reps,
      message: t(`${count}人（超过${L.group_threshold}人）提出的，应当推选1至${L.max_representatives}名代表`, `${count} petitioners (more than ${L.group_threshold}) must elect 1 to ${L.max_representatives} representatives`) });
  } else if (reps > L.max_representatives) {
    push({ rule: 'V-CASE-3', field: 'representatives', label: '代表', found: reps,
      message: t(`代表人数不得超过${L.max_representatives}人`, `at most ${L.max_representatives} representatives`) });
  }

  // V-CASE-4: accusations are confidential, and never routed to the person accused.
  if (c.category === 'accusation' && c.confidential === false) {
    push({ rule: 'V-CASE-4', field: 'confidential', label: '保密', found: false,
      message: t('检举控告类事项必须保密（confidential 不得为 false）', 'accusations must be confidential (confidential may not be false)') });
  }

  // V-CASE-5: a handler who declared a conflict must be replaced by a recorded recusal decision.
  if (c.handler?.conflict_declared && !(c.handler.recusal_decision && c.handler.recusal_decided_by)) {
    push({ rule: 'V-CASE-5', field: 'handler.recusal_decision', label: '回避决定',
      message: t('承办人声明存在利害关系的，须记录回避决定及决定人，并更换承办人', 'a handler with a declared conflict needs a recorded recusal decision and who made it') });
  }

  // V-CASE-6 basis: a claim must say which route it takes (XFGZ §31).
  if (c.category === 'claim' && !c.claim_route) {
    push({ rule: 'V-CASE-6', field: 'claim_route', label: '申诉求决分流',
      message: t('申诉求决类事项须确定分流途径（如 xf_opinion 出具信访处理意见书）', 'a claim needs its route (e.g. xf_opinion)') });
  }
  if (c.channel === 'online' && !c.online_type) {
    push({ rule: 'V-CASE-8', field: 'online_type', label: '网上事项类型', severity: 'warning',
      message: t('网上信访应注明事项类型（紧急/咨询/一般/需调查协调），以确定答复期限', 'online petitions should give online_type, which sets the reply deadline') });
  }

  // Agents (V-AG-*).
  const agents = c.agents ?? [];
  if (c.via_agent && agents.length === 0) {
    push({ rule: 'V-AG-3', field: 'agents', label: '信访代理员',
      message: t('代理提出的事项须登记信访代理员', 'a matter submitted by an agent needs the agent') });
  }
  if (!c.via_agent && agents.length > 0) {
    push({ rule: 'V-AG-3', field: 'via_agent', label: '是否代理提出', found: false,
      message: t('登记了信访代理员时 via_agent 应为 true', 'via_agent must be true when agents are recorded') });
  }
  const names = new Set(c.petitioners.map((p) => p.name));
  if (L.max_agents_per_principal !== null) {
    for (const name of names) {
      const n = agents.filter((a) => !a.principals || a.principals.includes(name)).length;
      if (n > L.max_agents_per_principal) {
        push({ rule: 'V-AG-1', field: 'agents', label: '信访代理员', found: n,
          message: t(`委托人「${name}」的代理人不得超过${L.max_agents_per_principal}名`, `principal "${name}" may have at most ${L.max_agents_per_principal} agents`) });
      }
    }
  }
  agents.forEach((a, i) => {
    for (const pn of a.principals ?? []) {
      if (!names.has(pn)) push({ rule: 'V-AG-3', field: `agents[${i}].principals`, label: '委托人', found: pn,
        message: t('委托人须是本案登记的信访人', 'a principal must be one of the petitioners') });
    }
    if (a.agent_conflict) {
      push({ rule: 'V-AG-3', field: `agents[${i}].agent_conflict`, label: '与信访事项利害关系', found: true,
        message: t('信访代理员只能代理与其无利害关系的信访事项', 'an agent may act only where they have no interest in the matter') });
    }
    checkIdNumber(push, `agents[${i}].agent_id_doc_no`, '代理人证件号码', a.agent_id_doc_type, a.agent_id_doc_no);
    const signed = c.authorization?.signed_date;
    if (signed && a.appointment_valid_to && a.appointment_valid_to < signed) {
      push({ rule: 'V-AG-5', field: `agents[${i}].appointment_valid_to`, label: '聘期至', severity: 'warning', found: a.appointment_valid_to,
        message: t(`代理员聘期在授权委托书签署日（${signed}）已届满`, `the agent's appointment had expired on the signing date (${signed})`) });
    }
  });

  const au = c.authorization;
  if (c.via_agent && !au) {
    push({ rule: 'V-AG-3', field: 'authorization', label: '授权委托书',
      message: t('代理提出的事项须有授权委托书', 'a matter submitted by an agent needs the authorization letter') });
  }
  if (au) {
    if (!au.proxy_powers.includes('submit')) {
      push({ rule: 'V-AG-3', field: 'authorization.proxy_powers', label: '代理权限', found: au.proxy_powers,
        message: t('代为提出信访事项须有 submit 权限', 'submitting the petition needs the submit power') });
    }
    if (au.proxy_term_to && au.proxy_term_to < au.proxy_term_from) {
      push({ rule: 'V-AG-3', field: 'authorization.proxy_term_to', label: '代理期限至', found: au.proxy_term_to,
        message: t('代理期限终止日不得早于起始日', 'the term may not end before it starts') });
    }
    if (!au.proxy_term_to && !au.until_case_terminated) {
      push({ rule: 'V-AG-3', field: 'authorization.proxy_term_to', label: '代理期限至',
        message: t('须写明代理期限终止日，或设 until_case_terminated: true（至办理终结时止）', 'give proxy_term_to or until_case_terminated: true') });
    }
    if (au.proxy_term_from > c.received_date || (au.proxy_term_to && au.proxy_term_to < c.received_date)) {
      push({ rule: 'V-AG-3', field: 'authorization.proxy_term_from', label: '代理期限', found: `${au.proxy_term_from}–${au.proxy_term_to ?? ''}`,
        message: t(`代理期限应覆盖代为提出之日（${c.received_date}）`, `the term must cover the day the petition was submitted (${c.received_date})`) });
    }
    if (au.revoked_date && au.revoked_date <= c.received_date) {
      push({ rule: 'V-AG-3', field: 'authorization.revoked_date', label: '撤销日期', found: au.revoked_date,
        message: t('授权委托已撤销，代理人不得再代为提出（BJ06 §27）', 'the authorization was revoked; the agent may no longer act (BJ06 §27)') });
    }
    if (/全部|一切|所有/.test(au.proxy_matter) && au.proxy_matter.length < 20) {
      push({ rule: 'V-AG-3', field: 'authorization.proxy_matter', label: '代理事项', found: au.proxy_matter,
        message: t('代理事项须具体（请求及被反映对象），不得概括授权“全部信访事项”', 'the matter must be specific; blanket wording is not allowed') });
    }
    if (au.free_of_charge_statement !== true) {
      push({ rule: 'V-AG-4', field: 'authorization.free_of_charge_statement', label: '无偿代理声明', found: au.free_of_charge_statement,
        message: t('信访代理必须为无偿代理（须为 true）', 'agency must be free of charge (must be true)') });
    }
    if (L.require_no_parallel_pledge && au.no_parallel_petition_pledge !== true) {
      push({ rule: 'V-AG-3', field: 'authorization.no_parallel_petition_pledge', label: '不另行信访承诺',
        message: t('本规则包要求委托人承诺代理期间不再就同一事项另行信访', 'this rule pack requires the no-parallel-petition pledge') });
    }
    const acc = au.accompanying_persons?.length ?? 0;
    if (L.max_accompanying_persons !== null && acc > L.max_accompanying_persons) {
      push({ rule: 'V-AG-2', field: 'authorization.accompanying_persons', label: '跟访人员', found: acc,
        message: t(`跟访人员不得超过${L.max_accompanying_persons}人`, `at most ${L.max_accompanying_persons} accompanying persons`) });
    }
  }
  const pr = c.proxy_request;
  if (pr && !pr.petitioner_signed && !pr.refusal_record) {
    push({ rule: 'V-AG-6', field: 'proxy_request.petitioner_signed', label: '信访人签名',
      message: t('委托单须有信访人签名；拒绝签名的，须作拒签记录（时间、地点、情况、见证人）', 'the request form needs the petitioner\'s signature or a refusal record') });
  }
  return out;
}

/** Accusations and petitioner requests make a case confidential, whatever the file says (XFGZ §30). */
export function isConfidential(c: Pick<CaseFile, 'category' | 'confidential' | 'confidentiality_requested'>): boolean {
  return c.category === 'accusation' || c.confidential === true || c.confidentiality_requested === true;
}
