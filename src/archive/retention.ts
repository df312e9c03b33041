// 保管期限 (retention) per SPEC §7.7: a provisional mapping from what happened in the case to Y/D30/D10,
// which an office overrides in xf.config.json (archive.retention: { criterion: code }). The criteria
// are tried in a fixed order, most specific first; the first that holds decides (V-ARC-3).
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';

export type Retention = 'Y' | 'D30' | 'D10';
export const RETENTIONS: readonly Retention[] = ['Y', 'D30', 'D10'];
export const RETENTION_ZH: Record<Retention, string> = { Y: '永久', D30: '30年', D10: '10年' };

interface Criterion {
  id: string;
  zh: string;
  code: Retention;
  holds(rec: CaseRecord): boolean;
}

/** 集体访: five or more people (信访工作条例 uses 5 as the threshold for representatives). */
const COLLECTIVE_THRESHOLD = 5;

/**
 * SPEC §7.7 makes a case 永久 for an *important* leader instruction, not for any. A leader who
 * approves the proposal slip ("同意。", "阅", "同意拟办意见", "按拟办意见办理", even with a remark
 * on how to carry it out) gives a routine approval: the case keeps the retention its handling
 * gives it. An instruction that sets its own course ("请区住建局牵头，一周内拿出方案报我") counts.
 * An archivist who judges otherwise sets the case's retention with a reason (`--retention`).
 */
const ROUTINE_INSTRUCTION = /^(?:拟?同意|已?阅|悉|知悉|可|按|照|请按|请照)(?:拟办意见|所拟意见|程序|规定)?(?:办理|处理|执行|办)?(?:[。，,、；;！!.]|$)/;

export function isRoutineInstruction(text: string): boolean {
  const s = text.replace(/\s+/g, '');
  return s === '' || ROUTINE_INSTRUCTION.test(s);
}

export const RETENTION_CRITERIA: readonly Criterion[] = [
  { id: 'collective', zh: '集体（群体）信访事项', code: 'Y', holds: (r) => Math.max(r.petitioner_count ?? 0, r.petitioners.length) >= COLLECTIVE_THRESHOLD },
  { id: 'leader_instruction', zh: '有重要领导批示的事项', code: 'Y', holds: (r) => !!r.instruction && !isRoutineInstruction(r.instruction.instruction_text) },
  { id: 'review', zh: '经复查、复核的事项', code: 'D30', holds: (r) => !!(r.progress.review || r.progress.rereview) },
  { id: 'agent', zh: '代理提出的事项', code: 'D30', holds: (r) => r.via_agent },
  { id: 'consultation', zh: '咨询类事项', code: 'D10', holds: (r) => r.online_type === 'consultation' },
  { id: 'not_accepted', zh: '不予受理且无后续程序', code: 'D10', holds: (r) => r.progress.termination?.reason === 'not_accepted' },
  { id: 'routed', zh: '导入法定程序', code: 'D10', holds: (r) => r.progress.termination?.reason === 'routed_to_legal_procedure' },
  { id: 'transferred_out', zh: '转送其他机关', code: 'D10', holds: (r) => r.progress.termination?.reason === 'transferred_out' },
  { id: 'withdrawn', zh: '撤回的事项', code: 'D10', holds: (r) => r.progress.termination?.reason === 'withdrawn' },
  { id: 'mediated', zh: '调解和解的事项', code: 'D30', holds: (r) => !!r.progress.mediation },
  { id: 'answered', zh: '经调查核实并答复的事项', code: 'D30', holds: (r) => !!r.progress.handling_opinion },
  { id: 'default', zh: '其他事项', code: 'D30', holds: () => true },
];

export interface RetentionDecision {
  code: Retention;
  criterion: string;
  criterion_zh: string;
  /** Set by the archivist for this case (`xf archive case NO --retention … --reason …`). */
  reason?: string;
}

/** 永久/30年/10年 (also 定期30年, 30, Y/D30/D10) → the code; undefined for anything else. */
export function parseRetention(v: string): Retention | undefined {
  const s = v.trim().toUpperCase();
  if ((RETENTIONS as readonly string[]).includes(s)) return s as Retention;
  const zh = v.trim().replace(/^定期/, '');
  if (zh === '永久') return 'Y';
  if (zh === '30年' || zh === '30') return 'D30';
  if (zh === '10年' || zh === '10') return 'D10';
  return undefined;
}

/**
 * The case's 保管期限: the archivist's own for this case when set (now, or recorded when it was
 * filed, so a rebuild keeps it), else the first criterion of the mapping that holds.
 */
export function retentionFor(rec: CaseRecord, config: OfficeConfig, set?: { code: Retention; reason: string }): RetentionDecision {
  const archived = rec.progress.archived as { retention?: Retention; retention_reason?: string } | undefined;
  const own = set ?? (archived?.retention && archived.retention_reason ? { code: archived.retention, reason: archived.retention_reason } : undefined);
  if (own) return { code: own.code, criterion: 'archivist', criterion_zh: `立卷人确定，理由：${own.reason}`, reason: own.reason };
  const map = config.archive?.retention ?? {};
  for (const c of RETENTION_CRITERIA) {
    if (!c.holds(rec)) continue;
    return { code: map[c.id] ?? c.code, criterion: c.id, criterion_zh: c.zh };
  }
  /* c8 ignore next */
  return { code: map.default ?? 'D30', criterion: 'default', criterion_zh: '其他事项' };
}

/** Unknown keys in archive.retention are probably typos: the caller warns about them. */
export function unknownRetentionKeys(config: OfficeConfig): string[] {
  const known = new Set(RETENTION_CRITERIA.map((c) => c.id));
  return Object.keys(config.archive?.retention ?? {}).filter((k) => !known.has(k));
}
