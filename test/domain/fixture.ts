// A small case and the lifecycle context the domain tests share. Pure: no register, no files.
import { defaultCalendar } from '../../src/domain/calendar.js';
import type { CaseFile, CaseRecord } from '../../src/domain/case.js';
import { XfError, type Violation } from '../../src/domain/errors.js';
import { applyEvent, registerCase, type Applied, type LifecycleContext } from '../../src/domain/lifecycle.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';

export const PACKS = ['national_2022', 'shandong_2015', 's000_fengcheng_proxy', 's003_online', 's002_town'];
export const TODAY = '2026-11-21';

export function ctx(over: Partial<LifecycleContext> = {}, packs = PACKS): LifecycleContext {
  return { pack: resolveRulePack(packs), calendar: defaultCalendar(), isXfBureau: false, today: TODAY, reviewOrgName: '某市人民政府', rereviewOrgName: '某省人民政府', ...over };
}

/** A letter received Monday 2026-01-05: a claim routed to a handling opinion. */
export function caseFile(over: Partial<CaseFile> = {}): CaseFile {
  return {
    channel: 'letter',
    via_agent: false,
    received_date: '2026-01-05',
    registered_date: '2026-01-05',
    category: 'claim',
    claim_route: 'xf_opinion',
    request_text: '请求整改',
    facts_text: '室温不达标',
    reasons_text: '依据条例',
    respondent: '某市热力有限公司',
    petitioners: [{ name: '王秀兰', party_type: 'natural', address: '某市某区幸福里1号' }],
    handler: { handler_name: '李明' },
    ...over,
  };
}

export const AUTH: NonNullable<CaseFile['authorization']> = {
  authorization_no: 'SQ-1',
  proxy_matter: '供暖',
  proxy_powers: ['submit', 'track', 'receive_documents', 'apply_review', 'apply_rereview', 'withdraw'],
  proxy_term_from: '2026-01-05',
  proxy_term_to: '2026-12-31',
  free_of_charge_statement: true,
  signed_date: '2026-01-05',
};

export function agentFile(over: Partial<CaseFile> = {}): CaseFile {
  return caseFile({
    via_agent: true,
    agents: [{ agent_name: '赵代理', agent_id_doc_type: 'resident_id', agent_id_doc_no: '370102199001010011', agent_post: '奉城镇代理站', agent_conflict: false }],
    authorization: structuredClone(AUTH),
    ...over,
  });
}

export function record(over: Partial<CaseFile> = {}): CaseRecord {
  return registerCase(caseFile(over), '2026-0001');
}

export type Step = [event: string, date: string, details?: Record<string, unknown>];

/** Apply steps in order; every step must succeed. */
export function walk(rec: CaseRecord, steps: Step[], c = ctx()): CaseRecord {
  for (const [event, date, details] of steps) rec = applyEvent(rec, { event, date, ...(details ? { details } : {}) }, c).record;
  return rec;
}

export function step(rec: CaseRecord, event: string, date: string, details?: Record<string, unknown>, c = ctx()): Applied {
  return applyEvent(rec, { event, date, ...(details ? { details } : {}) }, c);
}

/** The XfError an event throws (fails the test when it does not throw one). */
export function refusal(f: () => unknown): XfError {
  try {
    f();
  } catch (e) {
    if (e instanceof XfError) return e;
    throw e;
  }
  throw new Error('expected the event to be refused');
}

/** `rule:field` of each error-severity violation an event raises; [] when it is accepted. */
export function errorsOf(f: () => unknown): string[] {
  try {
    f();
    return [];
  } catch (e) {
    if (!(e instanceof XfError)) throw e;
    if (e.code !== 'VALIDATION') throw e;
    e.violations.forEach(key);
    return e.violations.filter((v) => v.severity === 'error').map(key);
  }
}

/**
 * Every violation names its field's Chinese label, says something (the CLI prints both), has a
 * severity, and carries `found` only when there is a value to show.
 */
export function key(v: Violation): string {
  const bad = !/\p{Script=Han}/u.test(v.label) || !v.message || !['error', 'warning'].includes(v.severity) || ('found' in v && v.found === undefined);
  if (bad) throw new Error(`${v.rule}:${v.field} is malformed: ${JSON.stringify(v)}`);
  return `${v.rule}:${v.field}`;
}
export function warningsOf(a: Applied): string[] {
  if (a.warnings.some((w) => w.severity !== 'warning')) throw new Error(`an accepted event carries an error: ${JSON.stringify(a.warnings)}`);
  return a.warnings.map(key);
}

export const ANSWER = {
  requests: [
    { seq: 1, text: '整改' },
    { seq: 2, text: '退费' },
  ],
  petitioner_facts_reasons: '室温低',
  findings: '属实',
  outcomes: [
    { request_seq: 1, outcome: 'support', reasoning: '已整改' },
    { request_seq: 2, outcome: 'explain', reasoning: '另行申请' },
  ],
  legal_basis: [{ instrument: '《信访工作条例》', article: '第三十二条' }],
  enforcement_text: '复测',
};

/** Steps to a served handling opinion (served 2026-02-02, remedy notice given). */
export const TO_ANSWER_SERVED: Step[] = [
  ['accept', '2026-01-06'],
  ['start', '2026-01-06'],
  ['answer', '2026-01-30', ANSWER],
  ['serve', '2026-02-02', { service_method: 'in_person' }],
];
/** …then a review received 2026-02-10, accepted and upheld, the opinion served 2026-03-02. */
export const TO_REVIEW_SERVED: Step[] = [
  ...TO_ANSWER_SERVED,
  ['request_review', '2026-02-10', { review_requests: [{ seq: 1, text: '整改' }] }],
  ['accept', '2026-02-11'],
  ['decide', '2026-02-25', { outcome: 'uphold' }],
  ['serve', '2026-03-02', { service_method: 'in_person' }],
];
