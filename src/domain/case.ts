// A registered case: what the clerk filed, plus what the lifecycle has added since.
import type { CaseFile, CaseProgress } from './case-schema.js';
import type { CaseStatus, ProxyStatus } from './enums.js';

export type { CaseFile, CaseProgress } from './case-schema.js';

export interface CaseRecord extends Omit<CaseFile, 'history' | '$schema'> {
  case_no: string;
  status: CaseStatus;
  /** Agent overlay (SPEC §4.4); absent when the case has no agent. */
  proxy_status?: ProxyStatus;
  progress: CaseProgress;
  /** Serial of the four-part slip, assigned by the register at acceptance of an agent case. */
  slip_no?: string;
  /** Corrections (更正) of earlier events' details, in the order recorded; the lifecycle replayed them. */
  corrections?: Correction[];
}

/** One `correct` event: which event it corrects, what it set, why and on whose approval. */
export interface Correction {
  /** The log sequence number of the `correct` event itself. */
  seq: number;
  date: string;
  target_seq: number;
  target_event: string;
  /** The detail values it set (merged over the target's details). */
  set: Record<string, unknown>;
  /** The corrected event date, when the date itself was mistyped. */
  event_date?: string;
  reason: string;
  approved_by: string;
}

/** The petitioner's display name: the first petitioner, "等N人" for groups. */
/** How a letter addresses its petitioner: 你, 你们 for several, 你单位 for an organisation. */
export function petitionerPronoun(c: Pick<CaseFile, 'petitioners' | 'petitioner_count'>): '你' | '你们' | '你单位' {
  if (Math.max(c.petitioner_count ?? 0, c.petitioners.length) > 1) return '你们';
  return c.petitioners[0] && c.petitioners[0].party_type !== 'natural' ? '你单位' : '你';
}

export function petitionerDisplayName(c: Pick<CaseFile, 'petitioners' | 'petitioner_count'>): string {
  const first = c.petitioners[0]?.name ?? '';
  const n = Math.max(c.petitioner_count ?? 0, c.petitioners.length);
  return n > 1 ? `${first}等${n}人` : first;
}
