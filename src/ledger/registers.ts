// The four registers (登记台账) an office keeps, and which cases go in each.
//   来信: letters and faxes — both are written submissions received on paper (XFGZ §17).
//   来访: visits and phone calls — both are oral petitions the clerk records on the spot (XFGZ §19
//         "口头提出的…如实记录"); the 形式 column tells them apart and can be filtered.
//   网上: online submissions (信息网络).
//   代理: every case submitted by an agent (信访代理), whatever its channel: the agent register is
//         kept apart (S000 篇5 五(六)), so an agent case appears there and nowhere else.
import type { CaseRecord } from '../domain/case.js';
import type { LedgerSheetFilter } from '../registry/store.js';

export type RegisterId = 'letter' | 'visit' | 'online' | 'agent';

export interface RegisterDef {
  id: RegisterId;
  sheet: string;
  title_zh: string;
  /** Which cases it holds (the register turns this into its query; registerOf below agrees). */
  select: LedgerSheetFilter;
}

export const REGISTERS: readonly RegisterDef[] = [
  { id: 'letter', sheet: '来信', title_zh: '来信登记台账', select: { via_agent: false, channels: ['letter', 'fax'] } },
  { id: 'visit', sheet: '来访', title_zh: '来访（来电）登记台账', select: { via_agent: false, channels: ['visit', 'phone'] } },
  { id: 'online', sheet: '网上', title_zh: '网上信访登记台账', select: { via_agent: false, channels: ['online'] } },
  { id: 'agent', sheet: '代理', title_zh: '信访代理事项登记台账', select: { via_agent: true } },
];

export function registerOf(c: Pick<CaseRecord, 'channel' | 'via_agent'>): RegisterId {
  if (c.via_agent) return 'agent';
  switch (c.channel) {
    case 'letter':
    case 'fax':
      return 'letter';
    case 'visit':
    case 'phone':
      return 'visit';
    default:
      return 'online';
  }
}
