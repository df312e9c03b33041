// Rules on the case itself (SPEC §10 V-CASE-*, identity numbers V-ID-*): what a case file must
// satisfy to enter the register, and the date order the lifecycle keeps.
import type { CaseFile } from '../case-schema.js';
import { residentIdProblem } from '../idcard.js';
import type { PackLimits } from '../rulepacks.js';
import { msg, type Finding, type RuleDef } from './types.js';

export interface FileInput {
  c: CaseFile;
  limits: PackLimits;
}
type F = Finding[];

/** V-ID-1 on one number; the caller names the field (petitioner or agent). */
function idFindings(field: string, label: string, type: string | undefined, no: string | undefined): F {
  if (!no || type !== 'resident_id') return [];
  const problem = residentIdProblem(no);
  return problem ? [{ key: problem, field, label, found: no }] : [];
}

/** The parameter each date-order message names its bound by. */
const ORDER_PARAM = { event_before_received: 'received', cured_before_notice: 'notice', accepted_before_base: 'base' } as const;

export const CASE_RULES = {
  'V-CASE-1': {
    label: { zh: '信访人姓名及联系方式', en: 'petitioner name and a way to reach them' },
    source: 'XFGZ §19, §23 ¶2',
    severity: 'error',
    applies: ['registration'],
    messages: {
      no_contact: msg(
        '须填写通信地址或联系电话；二者皆无时须在 notice_waived_reason 中说明免予书面告知的理由',
        'give an address or phone, or record in notice_waived_reason why the written notice is waived',
        { label: '通信地址' },
      ),
    },
    checks: {
      file: ({ c }: FileInput): F => c.petitioners.flatMap((p, i) => (!p.address && !p.phone && !p.notice_waived_reason ? [{ key: 'no_contact', field: `petitioners[${i}].address` }] : [])),
    },
  },
  'V-CASE-2': {
    label: { zh: '日期先后', en: 'date order' },
    source: 'SPEC §5.1 R7',
    severity: 'error',
    applies: ['registration', 'event:materials_cured', 'event:accept', 'event:request_review', 'event:request_rereview', 'event:*'],
    messages: {
      registered_before_received: msg('登记日期不得早于收到日期（{received}）', 'must not be before received_date ({received})', { label: '登记日期' }),
      org_received_before_received: msg('不得早于信访事项收到日期（{received}）', 'must not be before received_date ({received})', { label: '本机关收到转交办日期' }),
      org_received_missing: msg('经转送、交办的事项须填写本机关收到日期（告知期限自该日起算）', 'a transferred matter needs the date this organ received it (the notice clock starts there)', {
        label: '本机关收到转交办日期',
      }),
      event_before_received: msg('不得早于收到日期（{received}）', 'may not be before received_date ({received})', { label: '日期' }),
      cured_before_notice: msg('不得早于补齐通知日期（{notice}）', 'must not be before the notice ({notice})', { label: '补齐日期' }),
      accepted_before_base: msg('受理日期不得早于{base}', 'must not be before {base}', { label: '受理日期' }),
      application_after_receipt: msg('申请日期不得晚于收到日期', 'the application date may not be after its receipt', { label: '申请日期' }),
      before_dependency: msg('不得早于其所依据的「{dep}」（{dep_event}，{min}）', 'may not be before the {dep_en} it follows ({dep_event}, {min})', { label: '日期' }),
    },
    checks: {
      file: ({ c }: FileInput): F => [
        ...(c.registered_date < c.received_date ? [{ key: 'registered_before_received', field: 'registered_date', found: c.registered_date, params: { received: c.received_date } }] : []),
        ...(c.org_received_date && c.org_received_date < c.received_date
          ? [{ key: 'org_received_before_received', field: 'org_received_date', found: c.org_received_date, params: { received: c.received_date } }]
          : []),
        ...(c.transfer_from_org && !c.org_received_date ? [{ key: 'org_received_missing', field: 'org_received_date' }] : []),
      ],
      /** A date that may not precede another: `key` says which pair it is. */
      order: ({ key, field, date, min }: { key: keyof typeof ORDER_PARAM; field: string; date: string; min: string }): F =>
        date < min ? [{ key, field, found: date, params: { [ORDER_PARAM[key]]: min } }] : [],
      /** An event may not be dated before the event it depends on (the lifecycle's DEPENDS_ON table). */
      depends: ({ date, deps }: { date: string; deps: readonly { event: string; zh: string; en: string; date: string }[] }): F =>
        deps.filter((d) => date < d.date).map((d) => ({ key: 'before_dependency', field: 'date', found: date, params: { dep: d.zh, dep_en: d.en, dep_event: d.event, min: d.date } })),
      application: ({ application_date, received }: { application_date: string; received: string }): F =>
        application_date > received ? [{ key: 'application_after_receipt', field: 'application_date', found: application_date }] : [],
    },
  },
  'V-CASE-3': {
    label: { zh: '多人信访推选代表', en: 'representatives of a group petition' },
    source: 'XFGZ §20 ¶3; S004-规程 §6',
    severity: 'error',
    applies: ['registration'],
    messages: {
      count_below_listed: msg('不得少于列出的信访人数（{listed}）', 'must not be less than the petitioners listed ({listed})', { label: '信访人数' }),
      need_representatives: msg('{count}人（超过{threshold}人）提出的，应当推选1至{max}名代表', '{count} petitioners (more than {threshold}) must elect 1 to {max} representatives', { label: '代表' }),
      too_many_representatives: msg('代表人数不得超过{max}人', 'at most {max} representatives', { label: '代表' }),
    },
    checks: {
      file: ({ c, limits: L }: FileInput): F => {
        const out: F = [];
        const count = Math.max(c.petitioner_count ?? 0, c.petitioners.length);
        const reps = c.representatives?.length ?? 0;
        if (c.petitioner_count !== undefined && c.petitioner_count < c.petitioners.length) {
          out.push({ key: 'count_below_listed', field: 'petitioner_count', found: c.petitioner_count, params: { listed: c.petitioners.length } });
        }
        if (count > L.group_threshold && (reps < 1 || reps > L.max_representatives)) {
          out.push({ key: 'need_representatives', field: 'representatives', found: reps, params: { count, threshold: L.group_threshold, max: L.max_representatives } });
        } else if (reps > L.max_representatives) {
          out.push({ key: 'too_many_representatives', field: 'representatives', found: reps, params: { max: L.max_representatives } });
        }
        return out;
      },
    },
  },
  'V-CASE-4': {
    label: { zh: '检举控告类事项保密', en: 'accusations are confidential' },
    source: 'XFGZ §30 ¶3',
    severity: 'error',
    applies: ['registration'],
    messages: {
      not_confidential: msg('检举控告类事项必须保密（confidential 不得为 false）', 'accusations must be confidential (confidential may not be false)', { label: '保密' }),
    },
    checks: {
      file: ({ c }: FileInput): F => (c.category === 'accusation' && c.confidential === false ? [{ key: 'not_confidential', field: 'confidential', found: false }] : []),
    },
  },
  'V-CASE-5': {
    label: { zh: '承办人回避', en: 'handler recusal' },
    source: 'XFGZ §28 ¶3; SD15 §17',
    severity: 'error',
    applies: ['registration', 'event:accept'],
    messages: {
      file_no_recusal: msg('承办人声明存在利害关系的，须记录回避决定及决定人，并更换承办人', 'a handler with a declared conflict needs a recorded recusal decision and who made it', {
        label: '回避决定',
      }),
      accept_no_recusal: msg('承办人声明存在利害关系，须先作出回避决定并更换承办人', 'the handler declared a conflict: record the recusal decision first', { label: '回避决定' }),
    },
    checks: {
      /** `at` picks the wording: a file being registered, or an acceptance. */
      handler: ({ handler, at }: { handler: CaseFile['handler']; at: 'file' | 'accept' }): F =>
        handler?.conflict_declared && !(handler.recusal_decision && handler.recusal_decided_by)
          ? [{ key: at === 'file' ? 'file_no_recusal' : 'accept_no_recusal', field: 'handler.recusal_decision' }]
          : [],
    },
  },
  'V-CASE-6': {
    label: { zh: '申诉求决类事项分流', en: 'routing of claims' },
    source: 'XFGZ §31',
    severity: 'error',
    applies: ['registration', 'event:accept', 'event:answer', 'event:route_legal'],
    messages: {
      route_missing: msg('申诉求决类事项须确定分流途径（如 xf_opinion 出具信访处理意见书）', 'a claim needs its route (e.g. xf_opinion)', { label: '申诉求决分流' }),
      legal_route_on_accept: msg(
        '该事项应导入相应法定程序（route_legal，XFGZ §31(一)–(五)），不出具信访处理意见书',
        'this matter belongs to a legal procedure (route_legal, XFGZ §31(1)–(5)); it gets no handling opinion',
        { label: '申诉求决分流', severity: 'warning' },
      ),
      opinion_not_allowed: msg('只有分流途径为 xf_opinion 的申诉求决类事项才出具信访处理意见书；其他途径应出具导入程序告知', 'only claims routed to xf_opinion get a handling opinion', {
        label: '申诉求决分流',
      }),
      xf_opinion_not_routed: msg('分流途径为 xf_opinion 的事项应出具信访处理意见书，不能导入法定程序', 'a matter routed to xf_opinion gets a handling opinion, not a legal route', {
        label: '申诉求决分流',
      }),
    },
    checks: {
      file: ({ c }: FileInput): F => (c.category === 'claim' && !c.claim_route ? [{ key: 'route_missing', field: 'claim_route' }] : []),
      /** What the event may do with the claim route: accept warns, answer and route_legal refuse. */
      event: ({ event, category, claim_route }: { event: 'accept' | 'answer' | 'route_legal'; category: string; claim_route?: string }): F => {
        const f = (key: string): F => [{ key, field: 'claim_route', found: claim_route }];
        if (event === 'route_legal') return claim_route === 'xf_opinion' ? f('xf_opinion_not_routed') : [];
        if (category !== 'claim') return [];
        if (event === 'answer') return claim_route !== 'xf_opinion' ? f('opinion_not_allowed') : [];
        return claim_route && claim_route !== 'xf_opinion' ? f('legal_route_on_accept') : [];
      },
    },
  },
  'V-CASE-7': {
    label: { zh: '可能重复信访', en: 'possible repeat of a closed case' },
    source: 'XFGZ §36 ¶3',
    severity: 'warning',
    applies: ['registration'],
    messages: {
      duplicate: msg('与已终结案件 {cases_zh} 的请求、事实和理由相同：可能适用 NA07（须人工确认）', 'same request, facts and reasons as closed case(s) {cases}: NA07 may apply (a person decides)', {
        label: '事实',
      }),
    },
    checks: {
      /** `dups`: closed cases with the same fingerprint (the register looks them up). */
      duplicates: ({ dups }: { dups: readonly string[] }): F =>
        dups.length ? [{ key: 'duplicate', field: 'facts_text', found: dups.join(', '), params: { cases: dups.join(', '), cases_zh: dups.join('、') } }] : [],
    },
  },
  'V-CASE-8': {
    label: { zh: '网上信访事项类型', en: 'type of an online petition' },
    source: 'S003',
    severity: 'warning',
    applies: ['registration'],
    messages: {
      online_type_missing: msg('网上信访应注明事项类型（紧急/咨询/一般/需调查协调），以确定答复期限', 'online petitions should give online_type, which sets the reply deadline', {
        label: '网上事项类型',
      }),
    },
    checks: {
      file: ({ c }: FileInput): F => (c.channel === 'online' && !c.online_type ? [{ key: 'online_type_missing', field: 'online_type' }] : []),
    },
  },
  'V-ID-1': {
    label: { zh: '居民身份证号码校验', en: 'resident ID number check' },
    source: 'GB 11643-1999',
    severity: 'error',
    applies: ['registration'],
    messages: {
      format: msg('居民身份证号码应为17位数字加1位校验码（数字或X）', 'a resident ID is 17 digits plus a check character (digit or X)'),
      birth_date: msg('号码中的出生日期（第7–14位）不是真实日期', 'the birth date in positions 7–14 is not a real date'),
      check_digit: msg('校验码不符合 GB 11643（请核对号码）', 'the check character does not match GB 11643 (check the number)'),
    },
    checks: {
      file: ({ c }: FileInput): F => [
        ...c.petitioners.flatMap((p, i) => idFindings(`petitioners[${i}].id_doc_no`, '有效证件号码', p.id_doc_type, p.id_doc_no)),
        ...(c.agents ?? []).flatMap((a, i) => idFindings(`agents[${i}].agent_id_doc_no`, '代理人证件号码', a.agent_id_doc_type, a.agent_id_doc_no)),
      ],
    },
  },
  'V-ID-2': {
    label: { zh: '身份证号码与出生年月、性别一致', en: 'ID number agrees with birth month and gender' },
    source: 'GB 11643-1999',
    severity: 'warning',
    applies: ['registration'],
    messages: {
      birth_month: msg('与身份证号码中的出生年月（{birth}）不一致', 'differs from the birth month in the ID number ({birth})', { label: '出生年月' }),
      gender: msg('与身份证号码第17位所示性别不一致', 'differs from the gender encoded in digit 17 of the ID number', { label: '性别' }),
    },
    checks: {
      file: ({ c }: FileInput): F =>
        c.petitioners.flatMap((p, i): F => {
          if (p.id_doc_type !== 'resident_id' || !p.id_doc_no || residentIdProblem(p.id_doc_no)) return [];
          const out: F = [];
          const birth = `${p.id_doc_no.slice(6, 10)}-${p.id_doc_no.slice(10, 12)}`;
          if (p.birth_month && p.birth_month !== birth) out.push({ key: 'birth_month', field: `petitioners[${i}].birth_month`, found: p.birth_month, params: { birth } });
          const male = Number(p.id_doc_no[16]) % 2 === 1;
          if (p.gender && (p.gender === 'male') !== male) out.push({ key: 'gender', field: `petitioners[${i}].gender`, found: p.gender });
          return out;
        }),
    },
  },
} satisfies Record<string, RuleDef>;
