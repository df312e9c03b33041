// The four registers (登记台账) an office keeps, and which cases go in each.
//   来信: letters and faxes — both are written submissions received on paper (XFGZ §17).
//   来访: visits and phone calls — both are oral petitions the clerk records on the spot (XFGZ §19
//         "口头提出的…如实记录"); the 形式 column tells them apart and can be filtered.
//   网上: online submissions (信息网络).
//   代理: every case submitted by an agent (信访代理), whatever its channel: the agent register is
//         kept apart (S000 篇5 五(六)), so an agent case appears there and nowhere else.
import type { CaseRecord } from '../domain/case.js';

export type RegisterId = 'letter' | 'visit' | 'online' | 'agent';

export interface RegisterDef {
  id: RegisterId;
  sheet: string;
  title_zh: string;
  /** SQL condition on the `cases` table selecting this register's cases. */
  where: string;
}

export const REGISTERS: readonly RegisterDef[] = [
  { id: 'letter', sheet: '来信', title_zh: '来信登记台账', where: "via_agent = 0 AND channel IN ('letter', 'fax')" },
  { id: 'visit', sheet: '来访', title_zh: '来访（来电）登记台账', where: "via_agent = 0 AND channel IN ('visit', 'phone')" },
  { id: 'online', sheet: '网上', title_zh: '网上信访登记台账', where: "via_agent = 0 AND channel = 'online'" },
  { id: 'agent', sheet: '代理', title_zh: '信访代理事项登记台账', where: 'via_agent = 1' },
];

export function registerOf(c: Pick<CaseRecord, 'channel' | 'via_agent'>): RegisterId {
  if (c.via_agent) return 'agent';
  switch (c.channel) {
    case 'letter': case 'fax': return 'letter';
    case 'visit': case 'phone': return 'visit';
    default: return 'online';
  }
}
