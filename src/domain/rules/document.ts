// Rules on the documents a case produces (SPEC §6, §10 V-DOC-*): the lifecycle checks the facts
// when they are recorded, the forms check them again (and the wording) before printing. Both
// call the checks below, so a rule cannot drift between the two.
import type { CaseProgress } from '../case-schema.js';
import type { PackLimits } from '../rulepacks.js';
import { isPlaceholder } from '../config.js';
import { isDisciplineBody, matchRespondent } from '../disclosure.js';
import { HEARING_STAGE } from '../enums.js';
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];
type Progress = CaseProgress;
type Extension = NonNullable<Progress['extension']>;
type Opinion = NonNullable<Progress['handling_opinion']>;

/** 文号: {机关代字}{类别字}〔YYYY〕n号 — hexagonal brackets, no 第, no leading zeros (GB/T 9704 7.2.5). */
export const DOC_NO = /^.+〔\d{4}〕[1-9]\d*号$/;

/**
 * What an opinion's remedy clause offers, in both languages: after a first opinion 复查 (review),
 * after a review opinion 复核 (re-review); `config` prefixes the xf.config.json keys of that body's
 * name and address (review_org_name, rereview_org_address …).
 */
export function remedyAct(review: boolean): { act: string; act_en: string; config: 'review' | 'rereview' } {
  const config = review ? 'rereview' : 'review';
  return { act: HEARING_STAGE[config].zh, act_en: HEARING_STAGE[config].en, config };
}

const tooLong = (days: number, max: number): F => (days > max ? [{ key: 'too_long', field: 'extension_days', found: days, params: { max } }] : []);

export const DOCUMENT_RULES = {
  'V-DOC-1': {
    label: { zh: '印章只由授权电子印章或手工加盖', en: 'seal only from an authorised e-seal or by hand' },
    source: '✎D (SPEC §8.4)',
    severity: 'error',
    applies: ['form:*'],
    messages: {
      seal_not_png: msg('印章图片须为 PNG', 'the seal image must be a PNG', { label: '电子印章' }),
    },
    checks: {
      /** The generator never draws a seal of its own; an office-supplied one must be a PNG. */
      seal: ({ is_png }: { is_png: boolean }): F => (is_png ? [] : [{ key: 'seal_not_png', field: '--seal' }]),
    },
  },
  'V-DOC-2': {
    label: { zh: '检举控告材料不得送交被反映对象', en: 'accusation material never goes to the accused' },
    source: 'XFGZ §30 ¶3, §46(五); XFTL05 §23',
    severity: 'error',
    applies: ['event:transfer', 'event:answer', 'event:serve', 'event:hearing', 'event:hearing_end', 'form'],
    messages: {
      sent_to_respondent: msg(
        '保密事项不得送交被反映对象：「{recipient}」与被反映对象「{match}」相符（可按 xf.config.json 的 discipline_bodies 送纪检监察机关）',
        'a confidential matter may not go to the respondent: "{recipient}" matches the respondent "{match}" (route it to a discipline body listed in xf.config.json discipline_bodies)',
        { label: '接收方' },
      ),
    },
    checks: {
      /** Every outgoing recipient against the respondent's person, unit and parent, normalised, both ways of containment. */
      recipients: ({
        confidential,
        respondent,
        recipients,
        discipline_bodies,
      }: {
        confidential?: boolean;
        respondent: readonly { key: string; name: string }[];
        recipients: readonly { field: string; name: string }[];
        discipline_bodies?: readonly string[];
      }): F => {
        if (!confidential || !respondent.length) return [];
        const out: F = [];
        for (const r of recipients) {
          if (isDisciplineBody(r.name, discipline_bodies)) continue;
          const match = matchRespondent(r.name, respondent);
          if (match) out.push({ key: 'sent_to_respondent', field: r.field, found: r.name, params: { recipient: r.name, match } });
        }
        return out;
      },
    },
  },
  'V-DOC-3': {
    label: { zh: '意见书救济告知', en: 'remedy paragraph of an opinion' },
    source: 'S004-规程 §3, §12(三); XFGZ §35–36; SH §38–39',
    severity: 'error',
    applies: ['event:answer', 'event:decide', 'form'],
    messages: {
      no_next_body: msg('意见书须写明救济途径：上一级复查（复核）机关名称（本文件或 xf.config.json 中设置）', 'the remedy paragraph needs the next-level body (in the details or xf.config.json)', {
        label: '复查（复核）机关',
      }),
      form_no_next_body: msg('救济告知须写明{act}机关（上一级机关）', 'the remedy clause must name the {act_en} body'),
      placeholder: msg(
        '救济告知中的{what}尚未设置（现为占位内容），请在 xf.config.json 中填写 {key}，或在本案详情中写明',
        "the remedy clause's {what_en} is not set (a placeholder): fill {key} in xf.config.json, or give it in the case details",
        { label: '复查（复核）机关' },
      ),
      form_no_remedy_text: msg('意见书须含救济告知：{act}机关名称、“30日”期限及应提交的材料', 'the opinion must contain the remedy clause: the {act_en} body, "30日" and the materials', {
        label: '救济途径和期限',
      }),
    },
    checks: {
      /** When the opinion is recorded: the next-level body must be known. */
      body: ({ org, field }: { org?: string; field: string }): F => (org ? [] : [{ key: 'no_next_body', field }]),
      /** The body and address the clause would print from xf.config.json: never a placeholder (what `xf init` writes until told). */
      configured: ({ values }: { values: readonly { key: string; value?: string; what: string; what_en: string }[] }): F =>
        values
          .filter((x) => isPlaceholder(x.value))
          .map((x) => ({ key: 'placeholder', field: `xf.config.json:${x.key}`, ...(x.value ? { found: x.value } : {}), params: { key: x.key, what: x.what, what_en: x.what_en } })),
      /** On the printed text: the body, "30日", "申请复查/复核" and the materials. */
      text: ({ org, text, review }: { org?: string; text: string; review: boolean }): F => {
        const { act, act_en } = remedyAct(review);
        const params = { act, act_en };
        const out: F = [];
        if (!org) out.push({ key: 'form_no_next_body', field: review ? 'next_org_name' : 'review_org_name', label: `${act}机关`, params });
        const ok = !!org && text.includes(org) && /30日/.test(text) && text.includes(`申请${act}`) && /提交|材料/.test(text);
        if (!ok) out.push({ key: 'form_no_remedy_text', field: 'remedy_text', params });
        return out;
      },
    },
  },
  'V-DOC-4': {
    label: { zh: '每项请求有且只有一项处理意见', en: 'one outcome per request' },
    source: 'XFGZ §32; ◐C guidance',
    severity: 'error',
    applies: ['event:answer', 'form'],
    messages: {
      outcomes_per_request: msg('第{seq}项请求须有且只有一项处理意见（现有{n}项）', 'request {seq} needs exactly one outcome (has {n})', { label: '处理意见' }),
      unknown_request: msg('处理意见指向不存在的第{seq}项请求', 'outcome for unknown request {seq}', { label: '请求序号' }),
    },
    checks: {
      outcomes: ({ requests, outcomes }: Pick<Opinion, 'requests' | 'outcomes'>): F => {
        const out: F = [];
        for (const r of requests) {
          const n = outcomes.filter((o) => o.request_seq === r.seq).length;
          if (n !== 1) out.push({ key: 'outcomes_per_request', field: 'outcomes', found: r.text, params: { seq: r.seq, n } });
        }
        const seqs = new Set(requests.map((r) => r.seq));
        outcomes.forEach((o, i) => {
          if (!seqs.has(o.request_seq)) out.push({ key: 'unknown_request', field: `outcomes[${i}].request_seq`, found: o.request_seq, params: { seq: o.request_seq } });
        });
        return out;
      },
    },
  },
  'V-DOC-5': {
    label: { zh: '复核意见书终结告知', en: 'finality clause of the re-review opinion' },
    source: 'XFGZ §36 ¶3',
    severity: 'error',
    applies: ['form'],
    messages: {
      no_finality_clause: msg('复核意见书须含“以同一事实和理由提出…不再受理”的终结告知', 'the re-review opinion must contain the finality clause', { label: '终结告知' }),
    },
    checks: {
      text: ({ text }: { text: string }): F => (/不再受理/.test(text) && /同一事实和理由/.test(text) ? [] : [{ key: 'no_finality_clause', field: 'finality_clause' }]),
    },
  },
  'V-DOC-6': {
    label: { zh: '以机关名义发文', en: "issued in the organ's name" },
    source: '◐C guidance',
    severity: 'error',
    applies: ['form'],
    messages: {
      internal_division: msg('发文机关应为机关本身，不得以内设机构名义', 'the issuing organ may not be an internal division', { label: '发文机关' }),
    },
    checks: {
      // 街道办事处 is an organ (a 派出机关); 信访处, 办公室, 某某科 are divisions
      org: ({ org }: { org: string }): F =>
        /(处|科|室|股|组|中心)$/.test(org) && !/(办事处|政府|委员会|局|厅|部|院)$/.test(org) ? [{ key: 'internal_division', field: 'issuing_org_name', found: org }] : [],
    },
  },
  'V-DOC-7': {
    label: { zh: '发文字号格式', en: 'document number format' },
    source: 'GB9704 7.2.5 ◐C',
    severity: 'error',
    applies: ['form'],
    messages: {
      bad_doc_no: msg('文号应为“机关代字〔年份〕序号号”：六角括号、四位年份、无“第”、序号无前导零', 'document number must look like 某信字〔2026〕12号', { label: '文号' }),
    },
    checks: {
      /** Requiredness comes from the form's field list; this checks the pattern of a 文号 given. */
      doc_no: ({ doc_no, field }: { doc_no: unknown; field: string }): F => {
        if (typeof doc_no !== 'string' || !doc_no) return [];
        return DOC_NO.test(doc_no) && !/第/.test(doc_no) && !/〔\d{4}〕0/.test(doc_no) ? [] : [{ key: 'bad_doc_no', field, found: doc_no }];
      },
    },
  },
  'V-DOC-8': {
    label: { zh: '告知不逾期', en: 'notices on time' },
    source: 'XFGZ §44(三)',
    severity: 'warning',
    applies: ['event:accept'],
    messages: {
      decision_late: msg('受理决定期限为{due}，已逾期', 'the acceptance decision was due by {due}', { label: '受理日期' }),
      notice_late: msg('受理告知期限为{due}，逾期告知', 'the notice was due by {due}', { label: '告知日期' }),
    },
    checks: {
      timely: ({ key, field, date, due }: { key: 'decision_late' | 'notice_late'; field: string; date: string; due?: string }): F =>
        due && date > due ? [{ key, field, found: date, params: { due } }] : [],
    },
  },
  'V-DOC-9': {
    label: { zh: '延期办理', en: 'extension of the handling period' },
    source: 'XFGZ §34; SPEC §5.1 R8',
    severity: 'error',
    applies: ['event:extend', 'form', 'deadline'],
    messages: {
      once: msg('办理期限只能延长一次', 'the handling period can be extended once', { label: '延期办理' }),
      too_long: msg('延长期限不得超过{max}日', 'an extension may not exceed {max} days', { label: '延长天数' }),
      not_head: msg('延期须经本机关负责人批准', 'the organ head must approve the extension', { label: '批准人（本机关负责人）' }),
      notice_late: msg('延期须在原办结期限（{due}）届满前告知信访人', 'the petitioner must be told before the original due date ({due})', { label: '延期告知日期' }),
    },
    checks: {
      /** The pack's limit (30 days nationally, 60 under ZJ16); `xf deadline --extend` uses it too. */
      days: ({ days, limits }: { days: number; limits: Pick<PackLimits, 'max_extension_days'> }): F => tooLong(days, limits.max_extension_days),
      /**
       * The whole extension. `original_due` is the DL-05 due date before any extension. "Before the
       * original due date" (SPEC §10, XFGZ §34): a notice dated on the due date itself is too late.
       */
      extension: ({
        extension: e,
        original_due,
        limits,
        already_extended = false,
      }: {
        extension: Extension;
        original_due?: string;
        limits: Pick<PackLimits, 'max_extension_days'>;
        already_extended?: boolean;
      }): F => [
        ...(already_extended ? [{ key: 'once', field: 'extension' }] : []),
        ...tooLong(e.extension_days, limits.max_extension_days),
        ...(e.approved_by_is_head === false ? [{ key: 'not_head', field: 'approved_by', found: e.approved_by }] : []),
        ...(original_due && e.notice_date >= original_due ? [{ key: 'notice_late', field: 'notice_date', found: e.notice_date, params: { due: original_due } }] : []),
      ],
    },
  },
  'V-DOC-10': {
    label: { zh: '不予受理告知书写明法律政策依据', en: 'a non-acceptance notice cites its legal basis' },
    source: 'XFGZ §23; XFTL05 §22; SPEC §6.4.2',
    severity: 'error',
    applies: ['form'],
    messages: {
      no_legal_basis: msg(
        '不予受理告知书须写明法律政策依据：理由 {codes} 在理由目录中没有当然依据，请在不予受理详情中填写 legal_basis',
        'the non-acceptance notice needs its legal basis: ground {codes} has none in the catalogue; give legal_basis in the decline details',
        { label: '法律政策依据' },
      ),
    },
    checks: {
      /** `uncovered`: the grounds without a catalogue basis, when the details give none. */
      basis: ({ basis, uncovered }: { basis: readonly unknown[]; uncovered: readonly string[] }): F =>
        uncovered.length || !basis.length ? [{ key: 'no_legal_basis', field: 'legal_basis', found: uncovered.join(','), params: { codes: uncovered.join('、') } }] : [],
    },
  },
} satisfies Record<string, RuleDef>;
