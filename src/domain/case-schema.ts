// The case file (信访事项) model: one TypeBox definition gives the TypeScript types, the runtime
// structural check and the published JSON Schema (schema/case.schema.json). Field ids follow SPEC §3
// and §6; every property's `title` is its Chinese label, used in error messages and forms.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import * as E from './enums.js';

const ISO_DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

function Enum<K extends string>(t: E.EnumTable<K>, title: string, description?: string) {
  return StrEnum(E.enumKeys(t), title, description);
}
function StrEnum<K extends string>(keys: K[], title: string, description?: string) {
  return Type.Union(
    keys.map((k) => Type.Literal(k)),
    { title, ...(description ? { description } : {}) },
  );
}
const Str = (title: string, description?: string, extra: object = {}) => Type.String({ minLength: 1, title, ...(description ? { description } : {}), ...extra });
const Text = (title: string, description?: string) => Type.String({ title, ...(description ? { description } : {}) });
const DateStr = (title: string, description?: string) => Type.String({ pattern: ISO_DATE, title, format: 'date', ...(description ? { description } : {}) });
const Bool = (title: string, description?: string) => Type.Boolean({ title, ...(description ? { description } : {}) });
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const List = <T extends TSchema>(t: T, title: string, opts: object = {}) => Type.Array(t, { title, ...opts });
const Obj = <P extends Record<string, TSchema>>(props: P, title: string, description?: string) => Type.Object(props, { title, additionalProperties: false, ...(description ? { description } : {}) });

export const Petitioner = Obj(
  {
    name: Str('姓名（名称）'),
    party_type: Enum(E.PARTY_TYPE, '类型'),
    gender: Opt(Enum(E.GENDER, '性别')),
    birth_month: Opt(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', title: '出生年月', description: 'YYYY-MM' })),
    id_doc_type: Opt(Enum(E.ID_DOC_TYPE, '有效证件名称')),
    id_doc_no: Opt(Str('有效证件号码', '居民身份证 numbers are checked against GB 11643')),
    phone: Opt(Str('联系电话')),
    address: Opt(Str('通信地址')),
    work_unit: Opt(Str('工作单位')),
    notice_waived_reason: Opt(Str('免予书面告知理由', 'why name or address is unclear (XFGZ §23 ¶2)')),
  },
  '信访人',
);

export const Representative = Obj(
  {
    name: Str('姓名'),
    id_doc_no: Opt(Str('身份证件号码')),
    phone: Opt(Str('联系电话')),
  },
  '代表',
);

export const AccompanyingPerson = Obj(
  {
    name: Str('姓名'),
    id_doc_no: Opt(Str('身份证件号码')),
    relation: Opt(Str('与委托人关系')),
  },
  '跟访人员',
);

export const Agent = Obj(
  {
    agent_name: Str('代理人姓名'),
    agent_id_doc_type: Enum(E.ID_DOC_TYPE, '代理人证件名称'),
    agent_id_doc_no: Str('代理人证件号码'),
    agent_post: Str('代理点（代理工作站）'),
    appointment_cert_no: Opt(Str('聘书编号')),
    appointment_valid_to: Opt(DateStr('聘期至')),
    agent_kind: Opt(Enum(E.AGENT_KIND, '代理人类别')),
    agent_conflict: Bool('与信访事项有利害关系'),
    phone: Opt(Str('代理人电话')),
    principals: Opt(List(Str('委托人'), '委托人', { description: 'names of the petitioners this agent acts for; default all' })),
  },
  '信访代理员',
);

export const Authorization = Obj(
  {
    authorization_no: Str('授权委托书编号'),
    proxy_matter: Str('代理事项'),
    proxy_powers: List(Enum(E.PROXY_POWER, '代理权限'), '代理权限', { minItems: 1, uniqueItems: true }),
    proxy_term_from: DateStr('代理期限自'),
    proxy_term_to: Opt(DateStr('代理期限至')),
    until_case_terminated: Opt(Bool('至本信访事项办理终结时止')),
    no_parallel_petition_pledge: Opt(Bool('不另行信访承诺')),
    accompanying_persons: Opt(List(AccompanyingPerson, '跟访人员')),
    free_of_charge_statement: Bool('无偿代理声明'),
    attachments: Opt(List(Str('附件'), '附件')),
    signed_date: DateStr('委托人签署日期'),
    agent_signed_date: Opt(DateStr('受托人签署日期')),
    revoked_date: Opt(DateStr('撤销日期')),
    revocation_note: Opt(Str('撤销说明')),
  },
  '授权委托书',
);

export const RefusalRecord = Obj(
  {
    refused: Type.Literal(true, { title: '拒绝签名' }),
    time: Str('时间'),
    place: Str('地点'),
    circumstances: Str('情况'),
    witness_name: Str('见证人'),
    agent_signed: Bool('代理员已签名'),
  },
  '拒签记录',
);

export const PriorPetition = Obj(
  {
    org: Str('机关'),
    date: DateStr('日期'),
    status: Str('办理情况'),
    doc_no: Opt(Str('文号')),
  },
  '已信访情况',
);

export const ProxyRequest = Obj(
  {
    request_form_no: Str('委托单编号'),
    request_date: DateStr('委托日期'),
    prior_petitions: List(PriorPetition, '已信访情况'),
    legal_route_flag: Enum(E.LEGAL_ROUTE_FLAG, '是否已/应通过法定途径解决'),
    other_branch_flag: Bool('是否属人大/法院/检察院职权'),
    accusation_flag: Bool('是否检举控告公职人员违纪违法'),
    agent_screening_opinion: Obj(
      {
        decision: Enum(E.SCREENING_DECISION, '初步意见'),
        reason: Opt(Str('理由')),
      },
      '代理员初步意见',
    ),
    materials: Opt(List(Str('材料'), '随附材料清单')),
    petitioner_signed: Bool('信访人已签名'),
    refusal_record: Opt(RefusalRecord),
  },
  '信访代理委托单',
);

export const ContactSlip = Obj(
  {
    slip_no: Opt(Str('联系单编号', 'assigned by the register when absent')),
    matter_summary: Opt(Type.String({ title: '代理事项摘要', maxLength: 200 })),
    assigned_by: Opt(Str('交办/转送来源')),
    handling_basis: Opt(Str('处理依据')),
    handling_result: Opt(Str('处理结果')),
    opinion_doc_no: Opt(Str('答复意见书文号')),
    agent_feedback_date: Opt(DateStr('反馈代理员日期')),
    petitioner_reply_date: Opt(DateStr('答复信访人日期')),
    petitioner_reply_method: Opt(Enum(E.SERVICE_METHOD, '答复信访人方式')),
    satisfaction: Opt(Enum(E.SATISFACTION, '信访人评价')),
    review_guidance_given: Opt(Bool('是否引导申请复查')),
    voided: Opt(Bool('作废')),
  },
  '信访代理事项处理联系单',
);

export const Handler = Obj(
  {
    handler_name: Str('承办人'),
    handler_title: Opt(Str('承办人职务')),
    handler_phone: Opt(Str('承办人电话')),
    handling_org_name: Opt(Str('承办单位')),
    conflict_declared: Opt(Bool('承办人声明存在利害关系')),
    recusal_requested_by_petitioner: Opt(Bool('信访人申请回避')),
    recusal_decided_by: Opt(Str('回避决定人')),
    recusal_decision: Opt(Str('回避决定')),
  },
  '承办人',
);

export const Proposal = Obj(
  {
    proposal_text: Str('拟办意见'),
    proposed_by: Str('拟办人'),
    proposed_at: DateStr('拟办日期'),
  },
  '拟办意见',
);

export const Instruction = Obj(
  {
    instruction_text: Str('领导批示'),
    instructed_by: Str('批示人'),
    instructed_at: DateStr('批示日期'),
  },
  '领导批示',
);

export const Investigation = Obj(
  {
    kind: Str('材料类别', 'interview record, site inspection, evidence list…'),
    title: Str('题名'),
    date: DateStr('日期'),
    summary: Opt(Text('摘要')),
  },
  '调查材料',
);

export const Extension = Obj(
  {
    extension_days: Type.Integer({ minimum: 1, title: '延长天数' }),
    extension_reason: Str('延期理由'),
    approved_by: Str('批准人（本机关负责人）'),
    approved_by_is_head: Opt(Bool('批准人为本机关负责人')),
    notice_date: DateStr('延期告知日期'),
    doc_no: Opt(Str('文号')),
  },
  '延期办理',
);

export const LegalBasis = Obj(
  {
    instrument: Str('法规名称'),
    article: Opt(Str('条款')),
    quote: Opt(Text('引文')),
  },
  '依据',
);

export const RequestItem = Obj({ seq: Type.Integer({ minimum: 1, title: '序号' }), text: Str('请求内容') }, '具体信访请求');
export const OutcomeItem = Obj(
  {
    request_seq: Type.Integer({ minimum: 1, title: '请求序号' }),
    outcome: Enum(E.OUTCOME, '处理意见'),
    reasoning: Str('理由'),
  },
  '逐项处理意见',
);

export const Acceptance = Obj(
  {
    accepted_date: DateStr('受理日期'),
    doc_no: Opt(Str('文号')),
    issue_date: Opt(DateStr('告知日期')),
    procedure_text: Opt(Text('处理途径和程序')),
    inquiry_channel: Opt(Str('查询渠道')),
  },
  '受理',
);

export const NonAcceptance = Obj(
  {
    decided_date: DateStr('决定日期'),
    ground_codes: List(Enum(E.GROUND, '不予受理理由代码'), '不予受理理由', { minItems: 1, uniqueItems: true }),
    ground_text: Opt(Text('不予受理理由')),
    legal_basis: Opt(List(LegalBasis, '法律政策依据')),
    redirect_org: Opt(Str('指引机关')),
    redirect_route: Opt(Enum(E.REDIRECT_ROUTE, '指引途径')),
    appeal_text: Opt(Text('救济告知')),
    late_reason: Opt(Str('正当理由', 'recorded override of a computed NA10(d)')),
    doc_no: Opt(Str('文号')),
    issue_date: Opt(DateStr('告知日期')),
  },
  '不予受理',
);

export const Transfer = Obj(
  {
    transfer_date: DateStr('转送日期'),
    target_org: Str('转送/交办机关'),
    kind: StrEnum(['forward', 'assign'], '转送或交办'),
    report_back_by: Opt(DateStr('报告结果期限')),
    doc_no: Opt(Str('文号')),
  },
  '转送交办',
);

export const Objection = Obj(
  {
    objection_date: DateStr('异议日期'),
    reasons: Str('异议理由'),
    doc_no: Opt(Str('文号')),
  },
  '转交办异议',
);

export const MaterialsCure = Obj(
  {
    notice_date: DateStr('补齐材料通知日期'),
    missing_items: List(Str('所缺材料'), '所缺材料', { minItems: 1 }),
    completed_date: Opt(DateStr('补齐日期')),
    doc_no: Opt(Str('文号')),
  },
  '补齐材料',
);

export const HandlingOpinion = Obj(
  {
    doc_no: Opt(Str('文号')),
    issue_date: DateStr('成文日期'),
    title: Opt(Str('标题')),
    requests: List(RequestItem, '具体信访请求', { minItems: 1 }),
    petitioner_facts_reasons: Text('事实和理由（信访人主张）'),
    findings: Text('调查核实情况'),
    investigation_steps: Opt(List(Str('调查步骤'), '调查步骤')),
    outcomes: List(OutcomeItem, '处理意见', { minItems: 1 }),
    legal_basis: List(LegalBasis, '依据', { minItems: 1 }),
    enforcement_text: Opt(Text('执行督促')),
    review_org_name: Opt(Str('复查机关')),
    review_org_address: Opt(Str('复查机关地址')),
    remedy_text: Opt(Text('救济途径和期限', 'generated from the review organ when absent')),
    hearing_right_text: Opt(Text('听证权利告知')),
    copy_to: Opt(List(Str('抄送'), '抄送')),
    signatory: Opt(Str('签发人')),
  },
  '信访处理意见书',
);

export const ReviewStage = Obj(
  {
    application_date: DateStr('申请日期'),
    application_received_date: DateStr('收到申请日期'),
    accepted_date: Opt(DateStr('受理日期')),
    materials: Opt(MaterialsCure),
    reviewing_org_name: Opt(Str('复查（复核）机关')),
    respondent_org: Opt(Str('被申请人（原办理机关）')),
    review_requests: Opt(List(RequestItem, '复查（复核）请求')),
    applicant_claims: Opt(Text('申请人主张的事实和理由')),
    respondent_reply: Opt(Text('被申请人答复')),
    respondent_evidence: Opt(List(Str('证据'), '被申请人举证')),
    findings: Opt(Text('查明的事实')),
    outcome: Opt(Enum(E.REVIEW_OUTCOME, '复查（复核）意见')),
    defects: Opt(List(Enum(E.DEFECT, '撤销/变更理由'), '撤销/变更理由')),
    redo_deadline: Opt(DateStr('重作期限')),
    legal_basis: Opt(List(LegalBasis, '依据')),
    next_org_name: Opt(Str('复核机关', 'the body named in the remedy paragraph of a 复查意见书')),
    next_org_address: Opt(Str('复核机关地址')),
    remedy_text: Opt(Text('复核救济告知')),
    publication_allowed: Opt(Bool('可以向社会公示')),
    non_acceptance: Opt(NonAcceptance),
    doc_no: Opt(Str('文号')),
    issue_date: Opt(DateStr('成文日期')),
    late_reason: Opt(Str('逾期申请的正当理由')),
  },
  '复查（复核）',
);

export const Attendee = Obj(
  {
    role: Enum(E.HEARING_ROLE, '身份'),
    name: Str('姓名'),
    org: Opt(Str('单位')),
    post: Opt(Str('职务')),
    id_doc_no: Opt(Str('证件号码')),
  },
  '到场参加人',
);

export const CrossExamination = Obj(
  {
    q_by: Str('提问人'),
    to: Str('被问人'),
    q: Str('问'),
    a: Str('答'),
  },
  '质证质询',
);

export const Hearing = Obj(
  {
    stage: Enum(E.HEARING_STAGE, '阶段'),
    decided_date: DateStr('决定听证日期'),
    concluded_date: Opt(DateStr('听证结论作出日期')),
    hearing_datetime: Opt(Str('听证时间')),
    started_at: Opt(Str('开始时间')),
    ended_at: Opt(Str('结束时间')),
    place: Opt(Str('地点')),
    procedure_kind: Opt(Enum(E.PROCEDURE_KIND, '程序')),
    public: Opt(Bool('公开听证')),
    non_public_reason: Opt(Str('不公开理由')),
    chair: Opt(Str('主持人')),
    hearing_officers: Opt(List(Str('听证员'), '听证员')),
    recorder: Opt(Str('记录员')),
    attendees: Opt(List(Attendee, '到场参加人')),
    absentees: Opt(List(Obj({ name: Str('姓名'), role: Enum(E.HEARING_ROLE, '身份'), reason: Str('原因') }, '缺席人员'), '缺席情况')),
    discipline_announced: Opt(Bool('宣布纪律')),
    rights_notified: Opt(Bool('告知权利')),
    recusal_requests: Opt(List(Str('回避申请'), '回避申请')),
    petitioner_statement: Opt(Text('信访人陈述')),
    org_statement: Opt(Text('承办单位陈述')),
    org_evidence: Opt(List(Str('证据'), '承办单位证据')),
    cross_examination: Opt(List(CrossExamination, '质证质询')),
    debate: Opt(Text('辩论')),
    final_statements: Opt(List(Str('最后陈述'), '最后陈述')),
    officer_opinions: Opt(List(Str('听证员意见'), '听证员意见')),
    deliberation_summary: Opt(Text('合议情况')),
    conclusion: Opt(Text('听证结论')),
    majority_view: Opt(Text('多数意见')),
    dissent: Opt(Text('不同意见')),
    recommendation: Opt(Text('建议')),
    rights_text: Opt(Text('权利告知')),
    bring_materials: Opt(List(Str('需携带材料'), '需携带材料')),
    notice_doc_no: Opt(Str('听证通知书文号')),
    notice_date: Opt(DateStr('听证通知日期')),
    investigators: Opt(List(Str('调查人员'), '本案调查人员', { description: 'the chair may not be one of them (V-HEAR-1)' })),
  },
  '听证',
);

export const Service = Obj(
  {
    doc_type: Str('送达文书', 'doc type id, e.g. handling_opinion'),
    doc_no: Opt(Str('文号')),
    service_method: Enum(E.SERVICE_METHOD, '送达方式'),
    served_date: DateStr('送达日期'),
    place: Opt(Str('送达地点')),
    addressee: Opt(Str('受送达人')),
    service_evidence: Opt(Str('送达证据')),
    tracking_no: Opt(Str('邮件单号')),
    remedy_notice_included: Opt(Bool('已告知救济途径和期限')),
    known_date: Opt(DateStr('知道或者应当知道日期', 'R9: the window runs from here when the remedy notice was missing')),
    refused: Opt(Bool('拒绝签收')),
    witness: Opt(Str('见证人')),
    satisfaction: Opt(Enum(E.SATISFACTION, '信访人评价', "the petitioner's rating of the reply, given on service (S003)")),
  },
  '送达',
);

export const Mediation = Obj(
  {
    agreed_date: DateStr('达成日期'),
    terms: Text('协议内容'),
    parties: Opt(List(Str('当事人'), '当事人')),
  },
  '调解和解',
);

export const Termination = Obj(
  {
    terminated_date: DateStr('终结日期'),
    reason: Enum(E.TERMINATION_REASON, '终结原因'),
    note: Opt(Text('说明')),
    doc_no: Opt(Str('文号')),
  },
  '办理终结',
);

export const Attachment = Obj(
  {
    title: Str('题名'),
    path: Str('文件路径', 'relative to the case file'),
    kind: Opt(Str('类别', 'original petition, envelope, photo, evidence…')),
    date: Opt(DateStr('日期')),
  },
  '附件材料',
);

/** A sample or imported file may carry the history to replay through the lifecycle. */
export const HistoryEntry = Type.Object(
  {
    event: Str('事件'),
    date: DateStr('日期'),
    details: Opt(Type.Record(Type.String(), Type.Unknown(), { title: '详情' })),
  },
  { title: '办理经过', additionalProperties: false },
);
export type HistoryEntry = Static<typeof HistoryEntry>;

export const CaseFile = Type.Object(
  {
    $schema: Opt(Type.String()),
    case_no: Opt(Str('信访件编号', 'assigned by the register (YYYY-NNNN) when absent')),
    system_ref_no: Opt(Str('信访信息系统编号')),
    channel: Enum(E.CHANNEL, '信访形式'),
    via_agent: Bool('是否代理提出'),
    received_date: DateStr('收到日期'),
    registered_date: DateStr('登记日期'),
    transfer_from_org: Opt(Str('转送/交办机关')),
    org_received_date: Opt(DateStr('本机关收到转交办日期')),
    category: Enum(E.CATEGORY, '事项类别'),
    claim_route: Opt(Enum(E.CLAIM_ROUTE, '申诉求决分流')),
    title: Opt(Str('事项名称')),
    request_text: Str('请求'),
    facts_text: Str('事实'),
    reasons_text: Str('理由'),
    respondent: Opt(Str('被反映对象', 'free text, kept for older files; the recipient check also reads respondent_detail')),
    respondent_detail: Opt(
      Obj(
        {
          person: Opt(Str('被反映人姓名')),
          title: Opt(Str('被反映人职务')),
          unit: Opt(Str('被反映人所在单位')),
          parent_unit: Opt(Str('所在单位的上级单位')),
        },
        '被反映对象（结构化）',
        'the accused person and their unit: no outgoing recipient may be either (V-DOC-2); the parent unit names the unit written under it and is itself no match',
      ),
    ),
    online_type: Opt(Enum(E.ONLINE_TYPE, '网上事项类型')),
    confidential: Opt(Bool('保密', 'forced true for accusations and on request (V-CASE-4)')),
    confidentiality_requested: Opt(Bool('信访人申请保密')),
    petitioners: List(Petitioner, '信访人', { minItems: 1 }),
    petitioner_count: Opt(Type.Integer({ minimum: 1, title: '信访人数' })),
    representatives: Opt(List(Representative, '代表')),
    agents: Opt(List(Agent, '信访代理员')),
    authorization: Opt(Authorization),
    proxy_request: Opt(ProxyRequest),
    contact_slip: Opt(ContactSlip),
    handler: Opt(Handler),
    proposal: Opt(Proposal),
    instruction: Opt(Instruction),
    investigation: Opt(List(Investigation, '调查材料')),
    attachments: Opt(List(Attachment, '附件材料')),
    issuing_org_name: Opt(Str('发文机关')),
    doc_no_prefix: Opt(Str('机关代字', 'overrides the office default, e.g. 某信')),
    history: Opt(List(HistoryEntry, '办理经过', { description: 'events to replay through the lifecycle on import' })),
  },
  {
    title: '信访事项',
    additionalProperties: false,
    $id: 'https://xf.example/schema/case.schema.json',
  },
);
export type CaseFile = Static<typeof CaseFile>;
export type Petitioner = Static<typeof Petitioner>;
export type Agent = Static<typeof Agent>;
export type Authorization = Static<typeof Authorization>;

/** What events add to a case after registration; kept apart from the file so a case file stays what the clerk typed. */
export const CaseProgress = Type.Object(
  {
    materials_cure: Opt(MaterialsCure),
    transfer: Opt(Transfer),
    objection: Opt(Objection),
    routing: Opt(Obj({ routed_date: DateStr('导入日期'), route: Enum(E.REDIRECT_ROUTE, '法定途径'), redirect_org: Opt(Str('指引机关')), doc_no: Opt(Str('文号')) }, '导入法定程序')),
    acceptance: Opt(Acceptance),
    non_acceptance: Opt(NonAcceptance),
    extension: Opt(Extension),
    hearings: Opt(List(Hearing, '听证')),
    mediation: Opt(Mediation),
    handling_opinion: Opt(HandlingOpinion),
    services: Opt(List(Service, '送达')),
    review: Opt(ReviewStage),
    rereview: Opt(ReviewStage),
    withdrawal: Opt(Obj({ withdrawn_date: DateStr('撤回日期'), reason: Opt(Str('撤回理由')), approved: Opt(Bool('准许撤回')) }, '撤回')),
    termination: Opt(Termination),
    archived: Opt(
      Obj(
        {
          archived_date: DateStr('归档日期'),
          archival_code: Opt(Str('档号')),
          tag_manifest_sha256: Opt(Str('标签清单摘要')),
          incomplete_reason: Opt(Str('不完整归档理由')),
          retention: Opt(StrEnum(['Y', 'D30', 'D10'], '保管期限', "the archivist's own retention for this case (Y 永久, D30 30年, D10 10年)")),
          retention_reason: Opt(Str('保管期限理由')),
        },
        '归档',
      ),
    ),
  },
  { title: '办理进展', additionalProperties: false },
);
export type CaseProgress = Static<typeof CaseProgress>;

export const CASE_SCHEMA_ID = 'https://xf.example/schema/case.schema.json';
