// Rule packs (SPEC §1 R-RP-1): every deadline and threshold comes from a versioned pack —
// national_2022, then provincial and local overlays that replace or add rules. Each rule records
// its source, article and confidence, so a clerk can see why a date is what it is.
import type { Actor, Unit } from './deadlines.js';
import { XfError } from './errors.js';
import { t } from './i18n.js';
import { DEADLINE_RULES, type DeadlineId } from './rules/deadline.js';
import type { TERMINATION_REASON } from './enums.js';

export type TerminationReason = keyof typeof TERMINATION_REASON;

/**
 * Where "以同一事实和理由提出…不再受理" binds a closed matter (SPEC §4.3): the instrument and article
 * the 终结告知书 cites. Nationally only after 复核 (XFGZ §36 ¶3); a provincial pack extends it to
 * the closures its own article names, citing that article.
 */
export interface Finality {
  instrument: string;
  article: string;
  source: string;
}

/** The places in a case's life where a clock runs; a pack fills each with one rule. */
export type ClockSlot =
  | 'dispatch'
  | 'intake_notice'
  | 'transfer_notice'
  | 'transfer_objection'
  | 'handling'
  | 'proxy_handling'
  | 'online_reply'
  | 'materials_cure'
  | 'review_window'
  | 'review_acceptance'
  | 'review_opinion'
  | 'review_opinion_town'
  | 'rereview_window'
  | 'rereview_acceptance'
  | 'rereview_opinion';

export interface DeadlineRule {
  /** Catalogue id, e.g. DL-05 (SPEC §5.2). */
  id: string;
  rule_id: string;
  label_zh: string;
  label_en: string;
  length: number;
  unit: Unit;
  actor: Actor;
  /** True when hearing time is excluded from this clock (R6). */
  hearing_pauses: boolean;
  source: string;
  confidence: string;
}

export interface PackLimits {
  /** V-AG-1: agents per principal; null = no limit in this pack. */
  max_agents_per_principal: number | null;
  /** V-AG-2: accompanying persons in an agent-led visit; null = no limit. */
  max_accompanying_persons: number | null;
  /** V-CASE-3: more than this many petitioners must elect representatives. */
  group_threshold: number;
  max_representatives: number;
  /** R8: longest extension of the handling period, in calendar days. */
  max_extension_days: number;
  /** S000 篇3: the 不另行信访承诺 must be given. */
  require_no_parallel_pledge: boolean;
  rollover: { petitioner: boolean; organ: boolean };
}

export interface RulePack {
  id: string;
  name_zh: string;
  level: 'national' | 'provincial' | 'local';
  deadlines: Partial<Record<ClockSlot, DeadlineRule>>;
  limits: Partial<PackLimits>;
  /** Online reply rules by online_type (DL-14). */
  online_reply?: Record<'urgent' | 'consultation' | 'general' | 'investigation', DeadlineRule>;
  /** The closures after which the matter is not accepted again, and the article that says so. */
  finality?: Partial<Record<TerminationReason, Finality>>;
}

export interface ResolvedRulePack {
  ids: string[];
  deadlines: Partial<Record<ClockSlot, DeadlineRule>>;
  limits: PackLimits;
  online_reply?: RulePack['online_reply'];
  /** National first; an overlay adds the closures its article names (复核 keeps XFGZ §36). */
  finality: Partial<Record<TerminationReason, Finality>>;
}

/** A pack's rule for a catalogue id: the name and source come from the registry (rules/deadline.ts). */
const rule = (id: DeadlineId, rule_id: string, length: number, unit: Unit, actor: Actor, hearing_pauses = false, label?: { zh: string; en: string }): DeadlineRule => {
  const d = DEADLINE_RULES[id];
  return { id, rule_id, label_zh: label?.zh ?? d.label.zh, label_en: label?.en ?? d.label.en, length, unit, actor, hearing_pauses, source: d.source, confidence: d.confidence };
};

const CAL = 'calendar_day' as const,
  WD = 'working_day' as const;

const NATIONAL_2022: RulePack = {
  id: 'national_2022',
  name_zh: '《信访工作条例》（2022）',
  level: 'national',
  deadlines: {
    dispatch: rule('DL-01', 'bureau_dispatch', 15, CAL, 'organ'),
    intake_notice: rule('DL-02', 'direct_notice', 15, CAL, 'organ'),
    transfer_notice: rule('DL-03', 'transfer_notice', 15, CAL, 'organ'),
    transfer_objection: rule('DL-04', 'transfer_objection', 5, WD, 'organ'),
    handling: rule('DL-05', 'handling', 60, CAL, 'organ'),
    review_window: rule('DL-07', 'review_window', 30, CAL, 'petitioner'),
    review_opinion: rule('DL-10', 'review_opinion', 30, CAL, 'organ'),
    rereview_window: rule('DL-11', 'rereview_window', 30, CAL, 'petitioner'),
    rereview_opinion: rule('DL-13', 'rereview_opinion', 30, CAL, 'organ', true),
  },
  limits: {
    max_agents_per_principal: null,
    max_accompanying_persons: null,
    group_threshold: 5,
    max_representatives: 5,
    max_extension_days: 30,
    require_no_parallel_pledge: false,
    rollover: { petitioner: true, organ: false },
  },
  finality: {
    rereview_served: { instrument: '《信访工作条例》', article: '第三十六条第三款', source: 'XFGZ §36 ¶3 ✅V' },
  },
};

const SHANDONG_2015: RulePack = {
  id: 'shandong_2015',
  name_zh: '《山东省信访条例》（2015）及复查复核规程',
  level: 'provincial',
  deadlines: {
    review_acceptance: rule('DL-08', 'review_acceptance_decision', 3, WD, 'organ'),
    materials_cure: rule('DL-09', 'materials_cure', 10, WD, 'petitioner'),
    rereview_acceptance: rule('DL-12', 'rereview_acceptance_decision', 3, WD, 'organ'),
  },
  limits: { max_agents_per_principal: 2 },
  // SD15 §46: 调解和解 (一), 期限内未申请复查复核 (二), 复核 (三), 无承继人 (四) end the matter
  finality: Object.fromEntries(
    (['mediated', 'answer_window_lapsed', 'review_window_lapsed', 'no_successor'] as const).map((r) => [r, { instrument: '《山东省信访条例》', article: '第四十六条', source: 'SD15 §46 ✅V' }]),
  ),
};

const ZHEJIANG_2016: RulePack = {
  id: 'zhejiang_2016',
  name_zh: '《浙江省信访条例》（2016）',
  level: 'provincial',
  deadlines: {
    transfer_notice: rule('DL-03-ZJ', 'transfer_notice_zj', 5, WD, 'organ'),
    handling: rule('DL-05-ZJ', 'handling_zj', 30, CAL, 'organ'),
  },
  limits: { max_extension_days: 60 },
  // ZJ16 §25(二): no application for 复查/复核 within the period
  finality: Object.fromEntries((['answer_window_lapsed', 'review_window_lapsed'] as const).map((r) => [r, { instrument: '《浙江省信访条例》', article: '第二十五条', source: 'ZJ16 §25 ✅V' }])),
};

const S000_PROXY: RulePack = {
  id: 's000_fengcheng_proxy',
  name_zh: '奉城镇信访代理制度（种子文件000篇3、篇5）',
  level: 'local',
  deadlines: {
    proxy_handling: rule('DL-15', 'proxy_handling', 60, CAL, 'organ'),
  },
  limits: { max_accompanying_persons: 4, require_no_parallel_pledge: true },
};

const S000_VILLAGE: RulePack = {
  id: 's000_village_proxy',
  name_zh: '村居信访代理制度（种子文件000篇4）',
  level: 'local',
  deadlines: {},
  limits: { max_accompanying_persons: 2 },
};

const S002_TOWN: RulePack = {
  id: 's002_town',
  name_zh: '镇信访工作制度（种子文件002）',
  level: 'local',
  deadlines: {
    review_opinion_town: rule('DL-10-TOWN', 'review_opinion_town', 15, CAL, 'organ', true),
  },
  limits: {},
};

const online = (kind: string, zh: string, days: number) => rule('DL-14', `online_reply_${kind}`, days, CAL, 'organ', false, { zh: `网上信访答复（${zh}）`, en: `online reply (${kind})` });

const S003_ONLINE: RulePack = {
  id: 's003_online',
  name_zh: '网上信访代理（种子文件003）',
  level: 'local',
  deadlines: {},
  limits: {},
  online_reply: {
    urgent: online('urgent', '紧急事项', 1),
    consultation: online('consultation', '咨询类', 5),
    general: online('general', '一般事项', 15),
    investigation: online('investigation', '需调查协调', 30),
  },
};

export const RULE_PACKS: Readonly<Record<string, RulePack>> = Object.freeze({
  national_2022: NATIONAL_2022,
  shandong_2015: SHANDONG_2015,
  zhejiang_2016: ZHEJIANG_2016,
  s000_fengcheng_proxy: S000_PROXY,
  s000_village_proxy: S000_VILLAGE,
  s002_town: S002_TOWN,
  s003_online: S003_ONLINE,
});

/** National first, then each overlay in order; a later pack's rule replaces an earlier one's. */
export function resolveRulePack(ids: readonly string[]): ResolvedRulePack {
  const unknown = ids.filter((id) => !RULE_PACKS[id]);
  if (unknown.length) {
    throw new XfError(
      'USAGE',
      t(`未知的规则包：${unknown.join('、')}（可用：${Object.keys(RULE_PACKS).join('、')}）`, `unknown rule pack: ${unknown.join(', ')} (known: ${Object.keys(RULE_PACKS).join(', ')})`),
    );
  }
  const list = ids.includes('national_2022') ? ids : ['national_2022', ...ids];
  const out: ResolvedRulePack = { ids: [...list], deadlines: {}, limits: { ...(NATIONAL_2022.limits as PackLimits) }, finality: {} };
  for (const id of list) {
    const p = RULE_PACKS[id]!;
    Object.assign(out.deadlines, p.deadlines);
    Object.assign(out.limits, p.limits);
    if (p.online_reply) out.online_reply = p.online_reply;
    // the instrument that first imposes it is the one cited: 复核 stays under XFGZ §36
    for (const [r, f] of Object.entries(p.finality ?? {}) as [TerminationReason, Finality][]) out.finality[r] ??= f;
  }
  return out;
}
