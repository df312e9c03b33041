// Every enumeration of the case model, with its Chinese and English labels (SPEC §3, §4, §6).
// The JSON Schema, validation messages and rendered forms all read their values and labels here.

export interface EnumLabel {
  zh: string;
  en: string;
}
export type EnumTable<K extends string> = Readonly<Record<K, EnumLabel>>;

function table<K extends string>(t: Record<K, EnumLabel>): EnumTable<K> {
  return Object.freeze(t);
}

export const CHANNEL = table({
  online: { zh: '信息网络', en: 'online' },
  letter: { zh: '书信', en: 'letter' },
  phone: { zh: '电话', en: 'phone' },
  fax: { zh: '传真', en: 'fax' },
  visit: { zh: '走访', en: 'visit' },
});

export const CATEGORY = table({
  suggestion: { zh: '建议意见类', en: 'suggestion' },
  accusation: { zh: '检举控告类', en: 'accusation' },
  claim: { zh: '申诉求决类', en: 'complaint or claim' },
});

export const CLAIM_ROUTE = table({
  litigation_or_reconsideration: { zh: '诉讼、复议等法定程序', en: 'litigation or reconsideration' },
  arbitration: { zh: '仲裁程序', en: 'arbitration' },
  party_appeal: { zh: '党员申诉、申请复审', en: 'party appeal' },
  admin_procedure: { zh: '行政程序', en: 'administrative procedure' },
  duty_performance: { zh: '履行法定职责', en: 'duty performance' },
  xf_opinion: { zh: '出具信访处理意见书', en: 'petition handling opinion' },
});

export const ONLINE_TYPE = table({
  urgent: { zh: '紧急', en: 'urgent' },
  consultation: { zh: '咨询', en: 'consultation' },
  general: { zh: '一般', en: 'general' },
  investigation: { zh: '需调查协调', en: 'needs investigation' },
});

export const PARTY_TYPE = table({
  natural: { zh: '自然人', en: 'natural person' },
  org: { zh: '法人或其他组织', en: 'legal person or organisation' },
});

export const GENDER = table({
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
});

export const ID_DOC_TYPE = table({
  resident_id: { zh: '居民身份证', en: 'resident identity card' },
  passport: { zh: '护照', en: 'passport' },
  hk_macao_permit: { zh: '港澳居民来往内地通行证', en: 'Home Return Permit' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Taiwan Compatriot Permit' },
  foreign_permanent_id: { zh: '外国人永久居留身份证', en: 'foreign permanent resident ID' },
  org_credit_code: { zh: '统一社会信用代码', en: 'unified social credit code' },
  other: { zh: '其他证件', en: 'other document' },
});

export const CASE_STATUS = table({
  registered: { zh: '已登记', en: 'registered' },
  awaiting_materials: { zh: '待补齐材料', en: 'awaiting materials' },
  transferred_out: { zh: '已转送/交办', en: 'transferred out' },
  objection_pending: { zh: '转交办异议中', en: 'objection pending' },
  not_accepted: { zh: '不予受理', en: 'not accepted' },
  routed_to_legal_procedure: { zh: '已导入法定程序', en: 'routed to legal procedure' },
  accepted: { zh: '已受理', en: 'accepted' },
  in_progress: { zh: '办理中', en: 'in progress' },
  hearing: { zh: '听证中', en: 'hearing' },
  mediated: { zh: '调解/和解达成', en: 'mediated' },
  answered: { zh: '已出具处理意见', en: 'answered' },
  answer_served: { zh: '处理意见已送达', en: 'answer served' },
  review_received: { zh: '复查申请已收到', en: 'review received' },
  review_awaiting_materials: { zh: '复查补齐材料中', en: 'review awaiting materials' },
  review_not_accepted: { zh: '复查不予受理', en: 'review not accepted' },
  review_in_progress: { zh: '复查中', en: 'review in progress' },
  review_served: { zh: '复查意见已送达', en: 'review served' },
  rereview_received: { zh: '复核申请已收到', en: 're-review received' },
  rereview_awaiting_materials: { zh: '复核补齐材料中', en: 're-review awaiting materials' },
  rereview_not_accepted: { zh: '复核不予受理', en: 're-review not accepted' },
  rereview_in_progress: { zh: '复核中', en: 're-review in progress' },
  rereview_served: { zh: '复核意见已送达', en: 're-review served' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  terminated: { zh: '办理终结', en: 'terminated' },
  archived: { zh: '已归档', en: 'archived' },
});
export type CaseStatus = keyof typeof CASE_STATUS;

export const PROXY_STATUS = table({
  proxy_intake: { zh: '代理受理', en: 'intake' },
  proxy_entrusted: { zh: '已委托', en: 'entrusted' },
  proxy_verified: { zh: '已初核', en: 'verified' },
  proxy_submitted: { zh: '已代为提出', en: 'submitted' },
  proxy_tracking: { zh: '跟踪办理', en: 'tracking' },
  proxy_review_assist: { zh: '协助复查复核', en: 'review assistance' },
  proxy_closed: { zh: '代理终结', en: 'closed' },
  proxy_archived: { zh: '代理归档', en: 'archived' },
  authorization_revoked: { zh: '委托已撤销', en: 'authorization revoked' },
});
export type ProxyStatus = keyof typeof PROXY_STATUS;

export const TERMINATION_REASON = table({
  rereview_served: { zh: '复核意见已送达', en: 're-review opinion served' },
  review_window_lapsed: { zh: '复核申请期限届满', en: 're-review window lapsed' },
  answer_window_lapsed: { zh: '复查申请期限届满', en: 'review window lapsed' },
  mediated: { zh: '调解和解', en: 'mediated' },
  withdrawn: { zh: '撤回', en: 'withdrawn' },
  no_successor: { zh: '信访人死亡或终止且无承继人', en: 'no successor' },
  routed_to_legal_procedure: { zh: '已导入法定程序', en: 'routed to legal procedure' },
  not_accepted: { zh: '不予受理', en: 'not accepted' },
  transferred_out: { zh: '已转送/交办', en: 'transferred out' },
  other_law: { zh: '其他法定情形', en: 'other legal ground' },
});

export const SERVICE_METHOD = table({
  in_person: { zh: '直接送达', en: 'in person' },
  registered_mail: { zh: '挂号/EMS', en: 'registered mail' },
  online: { zh: '网上答复', en: 'online' },
  via_agent: { zh: '经代理员送达', en: 'via agent' },
  left_at_address: { zh: '留置送达', en: 'left at address' },
});

export const SEAL_TYPE = table({
  org_seal: { zh: '机关公章', en: 'organ seal' },
  xf_seal: { zh: '信访工作专用章', en: 'petition work seal' },
  none: { zh: '无', en: 'none' },
});

export const PROXY_POWER = table({
  submit: { zh: '代为提出信访事项', en: 'submit the petition' },
  track: { zh: '跟踪、查询办理情况', en: 'track and enquire' },
  receive_documents: { zh: '代为签收答复/意见书', en: 'receive documents' },
  apply_review: { zh: '代为申请复查', en: 'apply for review' },
  apply_rereview: { zh: '代为申请复核', en: 'apply for re-review' },
  attend_hearing: { zh: '代为参加听证', en: 'attend hearings' },
  withdraw: { zh: '代为撤回', en: 'withdraw (special power)' },
});

export const AGENT_KIND = table({
  relative_or_staff: { zh: '近亲属或工作人员', en: 'relative or staff' },
  recommended_citizen: { zh: '推荐的公民', en: 'recommended citizen' },
  lawyer_or_legal_worker: { zh: '律师或基层法律服务工作者', en: 'lawyer or legal worker' },
  cadre_or_volunteer: { zh: '干部或志愿者代理员', en: 'cadre or volunteer agent' },
});

export const LEGAL_ROUTE_FLAG = table({
  none: { zh: '否', en: 'none' },
  pending: { zh: '正在通过法定途径解决', en: 'pending in a legal procedure' },
  decided: { zh: '已通过法定途径解决', en: 'decided in a legal procedure' },
  should: { zh: '依法应当通过法定途径解决', en: 'should go to a legal procedure' },
});

export const SCREENING_DECISION = table({
  within_scope: { zh: '属于代理范围', en: 'within scope' },
  outside_scope: { zh: '不属于代理范围', en: 'outside scope' },
});

export const OUTCOME = table({
  support: { zh: '予以支持', en: 'supported' },
  explain: { zh: '解释说明', en: 'explained' },
  not_support: { zh: '不予支持', en: 'not supported' },
});

export const REVIEW_OUTCOME = table({
  uphold: { zh: '维持', en: 'uphold' },
  revoke_and_redo: { zh: '撤销并责令重新作出', en: 'revoke and order a new decision' },
  modify: { zh: '变更', en: 'modify' },
});

export const DEFECT = table({
  facts_unclear: { zh: '主要事实不清、证据不足', en: 'facts unclear' },
  wrong_basis: { zh: '适用依据错误', en: 'wrong legal basis' },
  procedure_violation: { zh: '违反法定程序', en: 'procedure violated' },
  ultra_vires: { zh: '超越或者滥用职权', en: 'ultra vires' },
  conclusion_improper: { zh: '处理意见明显不当', en: 'conclusion improper' },
});

export const HEARING_STAGE = table({
  handling: { zh: '办理', en: 'handling' },
  review: { zh: '复查', en: 'review' },
  rereview: { zh: '复核', en: 're-review' },
});

export const PROCEDURE_KIND = table({
  simple: { zh: '简易程序', en: 'simple' },
  ordinary: { zh: '普通程序', en: 'ordinary' },
});

export const HEARING_ROLE = table({
  chair: { zh: '主持人', en: 'chair' },
  hearing_officer: { zh: '听证员', en: 'hearing officer' },
  recorder: { zh: '记录员', en: 'recorder' },
  petitioner: { zh: '信访人', en: 'petitioner' },
  agent: { zh: '委托代理人', en: 'agent' },
  interested_party: { zh: '利害关系人', en: 'interested party' },
  handling_org_rep: { zh: '承办单位代表', en: 'handling organ representative' },
  witness: { zh: '证人', en: 'witness' },
  observer: { zh: '旁听人员', en: 'observer' },
});

export const SATISFACTION = table({
  satisfied: { zh: '满意', en: 'satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'dissatisfied' },
});

export const REDIRECT_ROUTE = table({
  litigation: { zh: '诉讼', en: 'litigation' },
  arbitration: { zh: '仲裁', en: 'arbitration' },
  admin_reconsideration: { zh: '行政复议', en: 'administrative reconsideration' },
  discipline_inspection: { zh: '纪检监察机关', en: 'discipline inspection' },
  peoples_congress: { zh: '人民代表大会及其常务委员会', en: "people's congress" },
  court: { zh: '人民法院', en: 'court' },
  procuratorate: { zh: '人民检察院', en: 'procuratorate' },
  competent_org: { zh: '有权处理机关', en: 'competent organ' },
});

/** Grounds for not accepting (SPEC §6.4.3). `applies` says at which stage the ground may be used. */
export const GROUND = table({
  NA01: { zh: '已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决', en: 'belongs to litigation, arbitration or reconsideration' },
  NA02: { zh: '属于各级人大及其常委会、人民法院、人民检察院职权范围', en: 'within the remit of congresses, courts or procuratorates' },
  NA03: { zh: '对公职人员违纪违法的检举控告，属纪检监察机关受理', en: 'accusation against officials: discipline inspection' },
  NA04: { zh: '涉及诉讼权利救济，由政法部门依法处理', en: 'litigation-related: political-legal organs' },
  NA05: { zh: '不属于本机关职权范围', en: "outside this organ's remit" },
  NA06: { zh: '信访事项已经受理或者正在办理，在规定期限内向上级机关又提出同一信访事项', en: 'already accepted or in progress' },
  NA07: { zh: '已经复核（办理终结），仍以同一事实和理由提出', en: 'already re-reviewed; same facts and reasons' },
  NA08: { zh: '对处理、复查意见不服，未在规定期限内申请复查、复核，又重复提出', en: 'review window missed, filed again' },
  NA09: { zh: '走访跨越本级和上一级机关', en: 'visit skipped levels' },
  NA10: { zh: '复查/复核申请不符合受理条件', en: 'review application does not meet the conditions' },
  NA11: { zh: '申请材料不符合要求，且未按要求及时补齐', en: 'materials incomplete and not cured' },
  NA12: { zh: '复查/复核申请已由其他行政机关受理或者处理完毕', en: 'already handled by another organ' },
  NA13: { zh: '法律、法规规定的其他不予受理情形', en: 'other legal ground' },
  NA14: { zh: '委托人已明确表示不再提出，代理人继续提出', en: 'principal withdrew, agent continued' },
  NA15: { zh: '对依照法律程序正在审理之中的案件提出', en: 'case under judicial proceedings' },
});
export type GroundCode = keyof typeof GROUND;

export const GROUND_STAGE: Readonly<Record<GroundCode, 'initial' | 'review' | 'any' | 'agent'>> = Object.freeze({
  NA01: 'initial',
  NA02: 'initial',
  NA03: 'initial',
  NA04: 'initial',
  NA05: 'initial',
  NA06: 'initial',
  NA07: 'any',
  NA08: 'initial',
  NA09: 'initial',
  NA10: 'review',
  NA11: 'review',
  NA12: 'review',
  NA13: 'any',
  NA14: 'agent',
  NA15: 'initial',
});

export function enumKeys<K extends string>(t: EnumTable<K>): K[] {
  return Object.keys(t) as K[];
}

export function labelOf<K extends string>(t: EnumTable<K>, key: K | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (key === undefined) return '';
  return t[key]?.[lang] ?? String(key);
}
