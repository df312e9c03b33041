// Rules on agency (信访代理, SPEC §3.3, §4.4, §6.1–6.3: V-AG-*, the four-part slip V-SLIP-*).
// The register checks a case file with them; the lifecycle checks each act an agent does; the
// forms check the same facts before printing.
import type { CaseFile } from '../case-schema.js';
import type { PackLimits } from '../rulepacks.js';
import type { FileInput } from './case.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

/** Keys that would put a fee on agency work (V-AG-4): the forms have no place for money. */
const FEE_KEY = /(^|_)(fee|fees|charge|charges|payment|price|amount)(_|$)|收费|费用|报酬/i;
/** The statement that agency is free is the one money-word field that must exist. */
const FEE_ALLOWED = new Set(['free_of_charge_statement']);
export const isFeeKey = (k: string): boolean => FEE_KEY.test(k) && !FEE_ALLOWED.has(k);

/** Serial of the four-part slip: 机关简码-LXD-年份-六位序号. */
export const SLIP_NO = /^[A-Z0-9]{2,8}-LXD-\d{4}-\d{6}$/;

function feeFindings(raw: unknown, path = ''): F {
  if (Array.isArray(raw)) return raw.flatMap((x, i) => feeFindings(x, `${path}[${i}]`));
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw).flatMap(([k, v]): F => {
    const p = path ? `${path}.${k}` : k;
    return isFeeKey(k) ? [{ key: 'fee_field', field: p, label: k, found: v }] : feeFindings(v, p);
  });
}

type Authorization = NonNullable<CaseFile['authorization']>;

export const AGENT_RULES = {
  'V-AG-1': {
    label: { zh: '每名委托人的代理人数', en: 'agents per principal' },
    source: 'SD15 §28',
    severity: 'error',
    applies: ['registration'],
    messages: {
      too_many_agents: msg('委托人「{name}」的代理人不得超过{max}名', 'principal "{name}" may have at most {max} agents', { label: '信访代理员' }),
    },
    checks: {
      file: ({ c, limits: L }: FileInput): F => {
        const max = L.max_agents_per_principal;
        if (max === null) return [];
        const agents = c.agents ?? [];
        return [...new Set(c.petitioners.map((p) => p.name))].flatMap((name): F => {
          const n = agents.filter((a) => !a.principals || a.principals.includes(name)).length;
          return n > max ? [{ key: 'too_many_agents', field: 'agents', found: n, params: { name, max } }] : [];
        });
      },
    },
  },
  'V-AG-2': {
    label: { zh: '跟访人员人数', en: 'accompanying persons' },
    source: 'S000 篇3, 篇4',
    severity: 'error',
    applies: ['registration', 'form'],
    messages: {
      too_many_accompanying: msg('跟访人员不得超过{max}人', 'at most {max} accompanying persons', { label: '跟访人员' }),
    },
    checks: {
      /** The pack's limit (4 under S000 篇3, 2 under 篇4, none nationally). */
      authorization: ({ authorization, limits }: { authorization?: Authorization; limits: PackLimits }): F => {
        const n = authorization?.accompanying_persons?.length ?? 0;
        const max = limits.max_accompanying_persons;
        return max !== null && n > max ? [{ key: 'too_many_accompanying', field: 'authorization.accompanying_persons', found: n, params: { max } }] : [];
      },
    },
  },
  'V-AG-3': {
    label: { zh: '授权委托有效且涵盖所办事项', en: 'a valid authorization covering the act' },
    source: 'S000 篇3; S004-规程 §10(三); BJ06 §27',
    severity: 'error',
    applies: ['registration', 'event:serve', 'event:request_review', 'event:request_rereview', 'event:withdraw'],
    messages: {
      no_agent: msg('代理提出的事项须登记信访代理员', 'a matter submitted by an agent needs the agent', { label: '信访代理员' }),
      not_via_agent: msg('登记了信访代理员时 via_agent 应为 true', 'via_agent must be true when agents are recorded', { label: '是否代理提出' }),
      principal_unknown: msg('委托人须是本案登记的信访人', 'a principal must be one of the petitioners', { label: '委托人' }),
      agent_conflict: msg('信访代理员只能代理与其无利害关系的信访事项', 'an agent may act only where they have no interest in the matter', { label: '与信访事项利害关系' }),
      no_authorization: msg('代理提出的事项须有授权委托书', 'a matter submitted by an agent needs the authorization letter', { label: '授权委托书' }),
      no_submit_power: msg('代为提出信访事项须有 submit 权限', 'submitting the petition needs the submit power', { label: '代理权限' }),
      term_reversed: msg('代理期限终止日不得早于起始日', 'the term may not end before it starts', { label: '代理期限至' }),
      term_open: msg('须写明代理期限终止日，或设 until_case_terminated: true（至办理终结时止）', 'give proxy_term_to or until_case_terminated: true', { label: '代理期限至' }),
      term_misses_submission: msg('代理期限应覆盖代为提出之日（{date}）', 'the term must cover the day the petition was submitted ({date})', { label: '代理期限' }),
      revoked_before_submission: msg('授权委托已撤销，代理人不得再代为提出（BJ06 §27）', 'the authorization was revoked; the agent may no longer act (BJ06 §27)', { label: '撤销日期' }),
      blanket_matter: msg('代理事项须具体（请求及被反映对象），不得概括授权“全部信访事项”', 'the matter must be specific; blanket wording is not allowed', { label: '代理事项' }),
      no_pledge: msg('本规则包要求委托人承诺代理期间不再就同一事项另行信访', 'this rule pack requires the no-parallel-petition pledge', { label: '不另行信访承诺' }),
      act_no_authorization: msg('代理人办理须有授权委托书', 'the agent needs an authorization letter', { label: '授权委托书' }),
      act_revoked: msg('授权委托已撤销，代理人不得再办理（BJ06 §27）', 'the authorization was revoked (BJ06 §27)', { label: '撤销日期' }),
      act_no_power: msg('授权委托书未授予「{power}」权限', 'the authorization does not grant "{power}"', { label: '代理权限' }),
      act_out_of_term: msg('代理期限未覆盖{date}', 'the term does not cover {date}', { label: '代理期限' }),
    },
    checks: {
      file: ({ c, limits: L }: FileInput): F => {
        const out: F = [];
        const agents = c.agents ?? [];
        if (c.via_agent && agents.length === 0) out.push({ key: 'no_agent', field: 'agents' });
        if (!c.via_agent && agents.length > 0) out.push({ key: 'not_via_agent', field: 'via_agent', found: false });
        const names = new Set(c.petitioners.map((p) => p.name));
        agents.forEach((a, i) => {
          for (const pn of a.principals ?? []) if (!names.has(pn)) out.push({ key: 'principal_unknown', field: `agents[${i}].principals`, found: pn });
          if (a.agent_conflict) out.push({ key: 'agent_conflict', field: `agents[${i}].agent_conflict`, found: true });
        });
        const au = c.authorization;
        if (c.via_agent && !au) out.push({ key: 'no_authorization', field: 'authorization' });
        if (!au) return out;
        if (!au.proxy_powers.includes('submit')) out.push({ key: 'no_submit_power', field: 'authorization.proxy_powers', found: au.proxy_powers });
        if (au.proxy_term_to && au.proxy_term_to < au.proxy_term_from) out.push({ key: 'term_reversed', field: 'authorization.proxy_term_to', found: au.proxy_term_to });
        if (!au.proxy_term_to && !au.until_case_terminated) out.push({ key: 'term_open', field: 'authorization.proxy_term_to' });
        if (au.proxy_term_from > c.received_date || (au.proxy_term_to && au.proxy_term_to < c.received_date)) {
          out.push({ key: 'term_misses_submission', field: 'authorization.proxy_term_from', found: `${au.proxy_term_from}–${au.proxy_term_to ?? ''}`, params: { date: c.received_date } });
        }
        if (au.revoked_date && au.revoked_date <= c.received_date) out.push({ key: 'revoked_before_submission', field: 'authorization.revoked_date', found: au.revoked_date });
        if (/全部|一切|所有/.test(au.proxy_matter) && au.proxy_matter.length < 20) out.push({ key: 'blanket_matter', field: 'authorization.proxy_matter', found: au.proxy_matter });
        if (L.require_no_parallel_pledge && au.no_parallel_petition_pledge !== true) out.push({ key: 'no_pledge', field: 'authorization.no_parallel_petition_pledge' });
        return out;
      },
      /** An act the agent does later (serve, apply for review, withdraw): unrevoked, in term, with the power. */
      act: ({ authorization: au, revoked, date, power }: { authorization?: Authorization; revoked: boolean; date: string; power: string }): F => {
        if (!au) return [{ key: 'act_no_authorization', field: 'authorization' }];
        const out: F = [];
        if (revoked || (au.revoked_date && au.revoked_date <= date)) out.push({ key: 'act_revoked', field: 'authorization.revoked_date', found: au.revoked_date });
        if (!(au.proxy_powers as string[]).includes(power)) out.push({ key: 'act_no_power', field: 'authorization.proxy_powers', found: au.proxy_powers, params: { power } });
        if (date < au.proxy_term_from || (au.proxy_term_to && date > au.proxy_term_to && !au.until_case_terminated)) {
          out.push({ key: 'act_out_of_term', field: 'authorization.proxy_term_to', found: `${au.proxy_term_from}–${au.proxy_term_to ?? ''}`, params: { date } });
        }
        return out;
      },
    },
  },
  'V-AG-4': {
    label: { zh: '信访代理无偿', en: 'agency is free of charge' },
    source: 'S000 篇1/篇5; SD15 §66(九)',
    severity: 'error',
    applies: ['registration', 'form'],
    messages: {
      fee_field: msg('信访代理为公益、无偿代理，不得设置任何收费、报酬字段', 'agency is free of charge: no fee, payment or charge fields are allowed'),
      not_free: msg('信访代理必须为无偿代理（须为 true）', 'agency must be free of charge (must be true)', { label: '无偿代理声明' }),
    },
    checks: {
      /** On the raw input, before the schema turns a fee field into a plain "unknown field". */
      raw: ({ raw }: { raw: unknown }): F => feeFindings(raw),
      authorization: ({ authorization }: { authorization?: Authorization }): F =>
        authorization && authorization.free_of_charge_statement !== true ? [{ key: 'not_free', field: 'authorization.free_of_charge_statement', found: authorization.free_of_charge_statement }] : [],
    },
  },
  'V-AG-5': {
    label: { zh: '代理员聘期有效', en: 'agent appointment in force' },
    source: 'S000 篇5',
    severity: 'warning',
    applies: ['registration'],
    messages: {
      appointment_expired: msg('代理员聘期在授权委托书签署日（{signed}）已届满', "the agent's appointment had expired on the signing date ({signed})", { label: '聘期至' }),
    },
    checks: {
      file: ({ c }: FileInput): F => {
        const signed = c.authorization?.signed_date;
        return (c.agents ?? []).flatMap(
          (a, i): F =>
            signed && a.appointment_valid_to && a.appointment_valid_to < signed
              ? [{ key: 'appointment_expired', field: `agents[${i}].appointment_valid_to`, found: a.appointment_valid_to, params: { signed } }]
              : [],
        );
      },
    },
  },
  'V-AG-6': {
    label: { zh: '委托单信访人签名或拒签记录', en: 'petitioner signature or refusal record on the request form' },
    source: 'S000 篇5 五(一)',
    severity: 'error',
    applies: ['registration', 'form'],
    messages: {
      unsigned: msg('委托单须有信访人签名；拒绝签名的，须作拒签记录（时间、地点、情况、见证人）', "the request form needs the petitioner's signature or a refusal record", { label: '信访人签名' }),
    },
    checks: {
      request: ({ proxy_request: r }: { proxy_request?: CaseFile['proxy_request'] }): F =>
        r && !r.petitioner_signed && !r.refusal_record ? [{ key: 'unsigned', field: 'proxy_request.petitioner_signed' }] : [],
    },
  },
  'V-SLIP-1': {
    label: { zh: '四联单编号统一、唯一', en: 'one unique serial on all four parts' },
    source: '✎D (SPEC §6.3)',
    severity: 'error',
    applies: ['form'],
    messages: {
      no_serial: msg('四联单编号由登记簿在受理时分配；案件文件须带 contact_slip.slip_no', 'the slip serial comes from the register at acceptance; a case file must carry contact_slip.slip_no', {
        label: '联系单编号',
      }),
      bad_serial: msg('编号格式应为 机关简码-LXD-年份-六位序号', 'serial must look like XX-LXD-2026-000123', { label: '联系单编号' }),
    },
    checks: {
      serial: ({ slip_no }: { slip_no?: string }): F => (!slip_no ? [{ key: 'no_serial', field: 'slip_no' }] : SLIP_NO.test(slip_no) ? [] : [{ key: 'bad_serial', field: 'slip_no', found: slip_no }]),
    },
  },
  'V-SLIP-2': {
    label: { zh: '四联单应办结日期', en: 'due date on the slip' },
    source: 'S000 篇5',
    severity: 'error',
    applies: ['form'],
    messages: {
      no_due_date: msg('无法计算应办结日期：案件尚未受理', 'no due date: the case has not been accepted', { label: '受理日期' }),
    },
    checks: {
      /** The slip prints the proxy handling clock (DL-15) or, without the agent pack, DL-05. */
      due: ({ has_clock }: { has_clock: boolean }): F => (has_clock ? [] : [{ key: 'no_due_date', field: 'case.progress.acceptance.accepted_date' }]),
    },
  },
} satisfies Record<string, RuleDef>;
