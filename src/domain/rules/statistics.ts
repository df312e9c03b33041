// Statistical definitions the reports print and compute (seed 001: 按季度统计…写出信访情况分析报告).
// One entry per figure: the text printed as its 统计口径 and the function that computes it come from
// the same place, so the definition says exactly what is counted.
import type { CaseRecord } from '../case.js';

export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

/**
 * 满意率. The petitioner rates the reply when it is served (S003 ✅S, SPEC §6.5: "the agent serves the
 * written 答复意见书 on the petitioner, who then rates satisfaction"; recorded as the `serve` event's
 * `satisfaction`), and on an agent case the rating is also written on the four-part slip's feedback
 * half (SPEC §6.3 信访人评价). Both count: the latest rating on service (a later review opinion's
 * service supersedes), else the slip's (a voided slip is no record). No rating = 未评价.
 */
export const SATISFACTION_RATE = {
  id: 'ST-SAT',
  label: { zh: '满意率', en: 'satisfaction rate' },
  source: 'S003 ✅S; SPEC §6.3, §6.5',
  /** Ratings in the numerator; every rating is in the denominator. */
  counted: ['satisfied', 'basically_satisfied'] as readonly Rating[],
  definition: {
    zh: '满意率：（满意＋基本满意）÷参评件数。评价取信访人对答复的评价：送达处理意见（复查、复核意见）时记录的评价，有多次的以最后一次为准；没有的，取信访代理事项处理联系单（四联单）上的信访人评价（已作废的联系单不计）。没有评价记录的计为“未评价”，不计为满意，也不计入分母。',
    en: 'satisfaction rate: (satisfied + basically satisfied) ÷ rated cases. The rating is the one recorded when the reply (or review / re-review opinion) was served, the latest if several; failing that, the rating on the four-part slip (a voided slip does not count). Cases with no rating are "not rated": never satisfied, not in the denominator.',
  },
  /** The ledger's 满意度 column, in one line. */
  column: {
    zh: '送达答复时记录的信访人评价（多次的取最后一次），没有的取四联单上的评价；无评价记录的为“未评价”，不计为满意',
    en: 'the rating recorded on service of the reply (the latest), else the four-part slip’s; none = not rated, never satisfied',
  },
  ratingOf(rec: Pick<CaseRecord, 'progress' | 'contact_slip'>): Rating | undefined {
    const served = (rec.progress.services ?? []).filter((s) => s.satisfaction).at(-1)?.satisfaction;
    return served ?? (rec.contact_slip?.voided ? undefined : rec.contact_slip?.satisfaction);
  },
  isSatisfied(r: Rating): boolean {
    return SATISFACTION_RATE.counted.includes(r);
  },
};
