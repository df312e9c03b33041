// The columns of each register sheet and how one case fills them. Pure: no workbook code here, so
// the same rows can be checked in tests without opening a file.
import type { CaseRecord } from '../domain/case.js';
import { petitionerDisplayName } from '../domain/case.js';
import type { IsoDate } from '../domain/dates.js';
import { MASK, maySeeIdentity } from '../domain/disclosure.js';
import { CASE_STATUS, CATEGORY, CHANNEL, ONLINE_TYPE, PROXY_STATUS, SATISFACTION, labelOf } from '../domain/enums.js';
import type { CaseFacts } from './case-facts.js';
import type { RegisterId } from './registers.js';

export type CellValue = string | number | IsoDate | null;
export type ColumnKind = 'text' | 'int' | 'date' | 'wrap';

export interface Column {
  header: string;
  /** Excel character widths; CJK glyphs take two. */
  width: number;
  kind: ColumnKind;
  /** Only on these registers' sheets. */
  only?: RegisterId[];
  value: (c: RowInput) => CellValue;
}

export interface RowInput {
  seq: number;
  record: CaseRecord;
  facts: CaseFacts;
  showIdentity: boolean;
}

export { MASK } from '../domain/disclosure.js';
const SUMMARY_MAX = 60;

function summary(r: CaseRecord): string {
  const s = (r.title ?? r.request_text).replace(/\s+/g, ' ').trim();
  return s.length > SUMMARY_MAX ? s.slice(0, SUMMARY_MAX - 1) + '…' : s;
}

/** 是否按期, from the first-instance clock's state (src/domain/clocks.ts clockState). */
export function onTimeLabel(f: CaseFacts): string {
  switch (f.first?.state) {
    case 'met':
      return '是';
    case 'late':
      return '否';
    case 'overdue':
      return '否（逾期未办结）';
    case 'running':
      return '办理中';
    case 'paused':
      return '暂停计时';
    case 'ended':
      return '—';
    default:
      return '';
  }
}

function overdueText(f: CaseFacts): string {
  return f.overdue.map((o) => `${o.label_zh}逾期${o.days}天`).join('；');
}

/** The register is the office's internal audience: identities only on a logged --include-confidential (src/domain/disclosure.ts). */
const shows = (c: RowInput) => maySeeIdentity(c.record, 'internal', c.showIdentity);
const hidden = (c: RowInput, v: string) => (shows(c) ? v : MASK);

export const LEDGER_COLUMNS: readonly Column[] = [
  { header: '序号', width: 6, kind: 'int', value: (c) => c.seq },
  { header: '信访件编号', width: 12, kind: 'text', value: (c) => c.record.case_no },
  { header: '收到日期', width: 15, kind: 'date', value: (c) => c.record.received_date },
  { header: '登记日期', width: 15, kind: 'date', value: (c) => c.record.registered_date },
  { header: '信访人', width: 14, kind: 'text', value: (c) => hidden(c, petitionerDisplayName(c.record)) },
  { header: '人数', width: 6, kind: 'int', value: (c) => Math.max(c.record.petitioner_count ?? 0, c.record.petitioners.length) },
  { header: '联系电话', width: 14, kind: 'text', value: (c) => (shows(c) ? (c.record.petitioners[0]?.phone ?? '') : '') },
  { header: '事项摘要', width: 40, kind: 'wrap', value: (c) => hidden(c, summary(c.record)) },
  { header: '类别', width: 12, kind: 'text', value: (c) => labelOf(CATEGORY, c.record.category) },
  { header: '形式', width: 9, kind: 'text', value: (c) => labelOf(CHANNEL, c.record.channel) },
  { header: '网上类型', width: 10, kind: 'text', only: ['online'], value: (c) => labelOf(ONLINE_TYPE, c.record.online_type) },
  { header: '信息系统编号', width: 18, kind: 'text', only: ['online'], value: (c) => c.record.system_ref_no ?? '' },
  { header: '代理员', width: 10, kind: 'text', only: ['agent'], value: (c) => hidden(c, (c.record.agents ?? []).map((a) => a.agent_name).join('、')) },
  { header: '代理点', width: 24, kind: 'text', only: ['agent'], value: (c) => hidden(c, [...new Set((c.record.agents ?? []).map((a) => a.agent_post))].join('、')) },
  { header: '联系单编号', width: 20, kind: 'text', only: ['agent'], value: (c) => c.record.slip_no ?? c.record.contact_slip?.slip_no ?? '' },
  { header: '代理状态', width: 10, kind: 'text', only: ['agent'], value: (c) => labelOf(PROXY_STATUS, c.record.proxy_status) },
  { header: '转交办机关', width: 18, kind: 'text', value: (c) => c.record.transfer_from_org ?? '' },
  { header: '承办单位', width: 22, kind: 'text', value: (c) => c.record.handler?.handling_org_name ?? '' },
  { header: '承办人', width: 9, kind: 'text', value: (c) => c.record.handler?.handler_name ?? '' },
  { header: '受理日期', width: 15, kind: 'date', value: (c) => c.facts.accepted_date ?? null },
  { header: '状态', width: 14, kind: 'text', value: (c) => labelOf(CASE_STATUS, c.record.status) },
  { header: '应办结日期', width: 15, kind: 'date', value: (c) => c.facts.first?.due ?? null },
  { header: '办结日期', width: 15, kind: 'date', value: (c) => c.facts.first?.done_date ?? null },
  { header: '是否按期', width: 10, kind: 'text', value: (c) => onTimeLabel(c.facts) },
  { header: '延期天数', width: 8, kind: 'int', value: (c) => c.facts.extension?.days ?? null },
  { header: '复查申请日期', width: 15, kind: 'date', value: (c) => c.facts.review_received ?? null },
  { header: '复核申请日期', width: 15, kind: 'date', value: (c) => c.facts.rereview_received ?? null },
  { header: '终结日期', width: 15, kind: 'date', value: (c) => c.facts.terminated_date ?? null },
  { header: '重复信访', width: 9, kind: 'text', value: (c) => (c.facts.repeat ? '是' : '') },
  { header: '满意度', width: 9, kind: 'text', value: (c) => (c.facts.satisfaction ? labelOf(SATISFACTION, c.facts.satisfaction) : '未评价') },
  { header: '逾期情况', width: 28, kind: 'wrap', value: (c) => overdueText(c.facts) },
];

export function columnsFor(reg: RegisterId): Column[] {
  return LEDGER_COLUMNS.filter((c) => !c.only || c.only.includes(reg));
}

/** Excel column letters of a 1-based index (1 → A, 27 → AA). */
export function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
