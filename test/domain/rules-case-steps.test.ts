// The findings of the case rules (src/domain/rules/case.ts: V-CASE-*, V-ID-*), the lifecycle step
// guards (rules/steps.ts: T14, V-COR-1) and the satisfaction rate (rules/statistics.ts), read off
// each check itself: the message key, the field path with its index, the value found and the
// parameters its message names, for the failing input and the passing one next to it.
import { describe, expect, it } from 'vitest';
import type { CaseFile, CaseRecord } from '../../src/domain/case.js';
import { SATISFACTION } from '../../src/domain/enums.js';
import { makeResidentId } from '../../src/domain/idcard.js';
import { check } from '../../src/domain/rules/index.js';
import { CASE_RULES } from '../../src/domain/rules/case.js';
import { SATISFACTION_RATE } from '../../src/domain/rules/statistics.js';
import { STEP_RULES } from '../../src/domain/rules/steps.js';
import { caseFile, ctx } from './fixture.js';
import { freshImport } from './fresh-module.js';

const limits = ctx().pack.limits; // national: more than 5 petitioners elect 1 to 5 representatives
const file = (over: Partial<CaseFile>) => ({ c: caseFile(over), limits });
const person = (name: string, over: Partial<CaseFile['petitioners'][number]> = {}): CaseFile['petitioners'][number] => ({ name, party_type: 'natural', ...over });

describe('V-CASE-1 a way to reach each petitioner', () => {
  const run = (p: Partial<CaseFile['petitioners'][number]>) => CASE_RULES['V-CASE-1'].checks.file(file({ petitioners: [person('甲', { phone: '1' }), person('乙', p)] }));
  it.each([
    ['an address alone', { address: '某路1号' }, []],
    ['a phone alone', { phone: '13800000000' }, []],
    ['neither, the notice waived with a reason', { notice_waived_reason: '地址不详' }, []],
    ['neither, no reason: the second petitioner is named', {}, [{ key: 'no_contact', field: 'petitioners[1].address' }]],
  ])('%s', (_, p, want) => {
    expect(run(p)).toEqual(want);
  });
});

describe('V-CASE-2 dates of the file', () => {
  const run = (over: Partial<CaseFile>) => CASE_RULES['V-CASE-2'].checks.file(file(over));
  it.each([
    ['registered on the day of receipt', { registered_date: '2026-01-05' }, []],
    ['registered before receipt', { registered_date: '2026-01-04' }, [{ key: 'registered_before_received', field: 'registered_date', found: '2026-01-04', params: { received: '2026-01-05' } }]],
    [
      'received by this organ before the matter was received',
      { org_received_date: '2026-01-04' },
      [{ key: 'org_received_before_received', field: 'org_received_date', found: '2026-01-04', params: { received: '2026-01-05' } }],
    ],
    ['received by this organ the same day', { org_received_date: '2026-01-05' }, []],
    ['received by this organ later', { org_received_date: '2026-01-09' }, []],
    ['transferred, this organ’s receipt dated', { transfer_from_org: '某市信访局', org_received_date: '2026-01-07' }, []],
    ['transferred, this organ’s receipt not dated', { transfer_from_org: '某市信访局' }, [{ key: 'org_received_missing', field: 'org_received_date' }]],
  ])('%s', (_, over, want) => {
    expect(run(over)).toEqual(want);
  });
});

describe('V-CASE-3 representatives of a group petition', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => person(`信访人${i + 1}`, { phone: '1' }));
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}` }));
  const run = (over: Partial<CaseFile>) => CASE_RULES['V-CASE-3'].checks.file(file(over));
  const need = (found: number, count: number) => ({ key: 'need_representatives', field: 'representatives', found, params: { count, threshold: 5, max: 5 } });
  it('the national pack’s limits', () => {
    expect([limits.group_threshold, limits.max_representatives]).toEqual([5, 5]);
  });
  it.each([
    ['a count below the petitioners listed', { petitioner_count: 2, petitioners: people(3) }, [{ key: 'count_below_listed', field: 'petitioner_count', found: 2, params: { listed: 3 } }]],
    ['a count equal to those listed', { petitioner_count: 2, petitioners: people(2) }, []],
    ['a count above those listed (not all named)', { petitioner_count: 5, petitioners: people(1) }, []],
    ['no count: the list counts', { petitioners: people(5) }, []],
    ['six listed, no representative', { petitioners: people(6) }, [need(0, 6)]],
    ['six counted, one listed, no representative', { petitioner_count: 6, petitioners: people(1) }, [need(0, 6)]],
    ['six counted, one representative', { petitioner_count: 6, representatives: reps(1) }, []],
    ['six counted, five representatives', { petitioner_count: 6, representatives: reps(5) }, []],
    ['six counted, six representatives', { petitioner_count: 6, representatives: reps(6) }, [need(6, 6)]],
    [
      'a count below those listed and a group without representatives',
      { petitioner_count: 1, petitioners: people(7) },
      [{ key: 'count_below_listed', field: 'petitioner_count', found: 1, params: { listed: 7 } }, need(0, 7)],
    ],
    ['five petitioners, five representatives', { petitioner_count: 5, representatives: reps(5) }, []],
    ['five petitioners, six representatives', { petitioner_count: 5, representatives: reps(6) }, [{ key: 'too_many_representatives', field: 'representatives', found: 6, params: { max: 5 } }]],
  ] as [string, Partial<CaseFile>, unknown[]][])('%s', (_, over, want) => {
    expect(run(over)).toEqual(want);
  });
});

describe('V-CASE-4 accusations are confidential', () => {
  it.each([
    ['an accusation marked not confidential', { category: 'accusation', confidential: false }, [{ key: 'not_confidential', field: 'confidential', found: false }]],
    ['an accusation with confidential unset (the register forces it)', { category: 'accusation' }, []],
    ['an accusation marked confidential', { category: 'accusation', confidential: true }, []],
    ['a claim not confidential', { category: 'claim', confidential: false }, []],
  ] as [string, Partial<CaseFile>, unknown[]][])('%s', (_, over, want) => {
    expect(CASE_RULES['V-CASE-4'].checks.file(file(over))).toEqual(want);
  });
  it('the violation shows the false it found', () => {
    expect(check('V-CASE-4', 'file', file({ category: 'accusation', confidential: false }))).toEqual([expect.objectContaining({ rule: 'V-CASE-4', field: 'confidential', found: false })]);
  });
});

describe('V-CASE-5 handler recusal', () => {
  const run = CASE_RULES['V-CASE-5'].checks.handler;
  const conflict = { handler_name: '李明', conflict_declared: true };
  it.each([
    ['a conflict without a decision, on registration', conflict, 'file', [{ key: 'file_no_recusal', field: 'handler.recusal_decision' }]],
    ['a conflict without a decision, on acceptance', conflict, 'accept', [{ key: 'accept_no_recusal', field: 'handler.recusal_decision' }]],
    ['a decision but not who made it', { ...conflict, recusal_decision: '更换承办人' }, 'accept', [{ key: 'accept_no_recusal', field: 'handler.recusal_decision' }]],
    ['who decided but no decision', { ...conflict, recusal_decided_by: '王局长' }, 'file', [{ key: 'file_no_recusal', field: 'handler.recusal_decision' }]],
    ['a recorded decision and who made it', { ...conflict, recusal_decision: '更换承办人', recusal_decided_by: '王局长' }, 'file', []],
    ['no conflict declared', { handler_name: '李明', conflict_declared: false }, 'accept', []],
    ['no handler yet', undefined, 'file', []],
  ] as [string, CaseFile['handler'], 'file' | 'accept', unknown[]][])('%s', (_, handler, at, want) => {
    expect(run({ handler, at })).toEqual(want);
  });
});

describe('V-CASE-6 routing of claims', () => {
  it.each([
    ['a claim without a route', { category: 'claim', claim_route: undefined }, [{ key: 'route_missing', field: 'claim_route' }]],
    ['a claim with its route', { category: 'claim', claim_route: 'xf_opinion' }, []],
    ['a suggestion needs no route', { category: 'suggestion', claim_route: undefined }, []],
  ] as [string, Partial<CaseFile>, unknown[]][])('%s', (_, over, want) => {
    expect(CASE_RULES['V-CASE-6'].checks.file(file(over))).toEqual(want);
  });
});

describe('V-CASE-7 possible repeat', () => {
  const run = CASE_RULES['V-CASE-7'].checks.duplicates;
  it('names every closed case it matches, in both languages’ lists', () => {
    expect(run({ dups: ['2025-0007', '2025-0012'] })).toEqual([
      { key: 'duplicate', field: 'facts_text', found: '2025-0007, 2025-0012', params: { cases: '2025-0007, 2025-0012', cases_zh: '2025-0007、2025-0012' } },
    ]);
    expect(run({ dups: [] })).toEqual([]);
  });
});

describe('V-ID-1 agents’ numbers', () => {
  const good = makeResidentId('370102', '19900101', 1);
  const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
  const run = (over: Partial<CaseFile>) => CASE_RULES['V-ID-1'].checks.file(file(over));
  it('names the agent’s field and label, by index', () => {
    const agents = [
      { agent_name: '赵代理', agent_id_doc_type: 'resident_id', agent_id_doc_no: good },
      { agent_name: '钱代理', agent_id_doc_type: 'resident_id', agent_id_doc_no: bad },
    ] as CaseFile['agents'];
    expect(run({ agents })).toEqual([{ key: 'check_digit', field: 'agents[1].agent_id_doc_no', label: '代理人证件号码', found: bad }]);
  });
  it('a petitioner’s number carries the petitioner’s label', () => {
    expect(run({ petitioners: [person('甲', { id_doc_type: 'resident_id', id_doc_no: bad })] })).toEqual([
      { key: 'check_digit', field: 'petitioners[0].id_doc_no', label: '有效证件号码', found: bad },
    ]);
  });
  it('no agents, valid numbers: nothing', () => {
    expect(run({ petitioners: [person('甲', { id_doc_type: 'resident_id', id_doc_no: good })] })).toEqual([]);
  });
});

describe('V-ID-2 the number agrees with birth month and gender', () => {
  const female = makeResidentId('370102', '19620315', 2); // digit 17 even
  const male = makeResidentId('370102', '19620315', 1); // digit 17 odd
  const bad = `${male.slice(0, 17)}${male[17] === '0' ? '1' : '0'}`;
  const run = (p: Partial<CaseFile['petitioners'][number]>) => CASE_RULES['V-ID-2'].checks.file(file({ petitioners: [person('甲'), person('乙', p)] }));
  it.each([
    ['a matching birth month and gender (female)', { id_doc_type: 'resident_id', id_doc_no: female, birth_month: '1962-03', gender: 'female' }, []],
    ['a matching gender (male)', { id_doc_type: 'resident_id', id_doc_no: male, gender: 'male' }, []],
    [
      'another birth month',
      { id_doc_type: 'resident_id', id_doc_no: female, birth_month: '1962-04' },
      [{ key: 'birth_month', field: 'petitioners[1].birth_month', found: '1962-04', params: { birth: '1962-03' } }],
    ],
    ['male on a female number', { id_doc_type: 'resident_id', id_doc_no: female, gender: 'male' }, [{ key: 'gender', field: 'petitioners[1].gender', found: 'male' }]],
    ['female on a male number', { id_doc_type: 'resident_id', id_doc_no: male, gender: 'female' }, [{ key: 'gender', field: 'petitioners[1].gender', found: 'female' }]],
    [
      'both wrong',
      { id_doc_type: 'resident_id', id_doc_no: male, birth_month: '1963-03', gender: 'female' },
      [
        { key: 'birth_month', field: 'petitioners[1].birth_month', found: '1963-03', params: { birth: '1962-03' } },
        { key: 'gender', field: 'petitioners[1].gender', found: 'female' },
      ],
    ],
    ['neither given', { id_doc_type: 'resident_id', id_doc_no: male }, []],
    ['a passport whose number reads like a resident ID', { id_doc_type: 'passport', id_doc_no: female, birth_month: '1970-01', gender: 'male' }, []],
    ['a resident ID without its number', { id_doc_type: 'resident_id', birth_month: '1970-01', gender: 'male' }, []],
    ['an invalid number (V-ID-1 reports it)', { id_doc_type: 'resident_id', id_doc_no: bad, birth_month: '1970-01', gender: 'female' }, []],
  ] as [string, Partial<CaseFile['petitioners'][number]>, unknown[]][])('%s', (_, p, want) => {
    expect(run(p)).toEqual(want);
  });
});

describe('T14 termination reason fits the state', () => {
  const run = STEP_RULES.T14.checks.state;
  it('names the reason and every state it applies in, in both languages', () => {
    expect(run({ reason: 'not_accepted', status: 'handling', states: ['not_accepted', 'review_not_accepted'] })).toEqual([
      { key: 'wrong_state', field: 'reason', found: 'handling', params: { reason: 'not_accepted', states: 'not_accepted、review_not_accepted', states_en: 'not_accepted, review_not_accepted' } },
    ]);
    expect(run({ reason: 'not_accepted', status: 'review_not_accepted', states: ['not_accepted', 'review_not_accepted'] })).toEqual([]);
    expect(run({ reason: 'other', status: 'handling' })).toEqual([]);
  });
});

describe('V-COR-1 corrections', () => {
  const ok = { case_no: '2026-0001', status: 'handling', correctable: true, event: 'accept', seq: 3, changes: 1, reason: '笔误', approved_by: '王局长' };
  const run = (over: Partial<typeof ok> & { reason?: string; approved_by?: string }) => STEP_RULES['V-COR-1'].checks.correct({ ...ok, ...over });
  const reason = { key: 'no_reason', field: 'reason' };
  const approver = { key: 'no_reason', field: 'approved_by', label: '批准人' };
  it.each([
    ['a correctable event, with a change, a reason and an approver', {}, []],
    ['an archived case', { status: 'archived' }, [{ key: 'locked', field: 'status', found: 'archived', params: { case_no: '2026-0001' } }]],
    ['an event that cannot be corrected', { correctable: false, event: 'correct', seq: 7 }, [{ key: 'not_correctable', field: 'event', found: 7, params: { seq: 7, event: 'correct' } }]],
    ['nothing to set', { changes: 0 }, [{ key: 'nothing_set', field: 'set' }]],
    ['no reason', { reason: undefined }, [reason]],
    ['a blank reason', { reason: ' \t' }, [reason]],
    ['no approver', { approved_by: undefined }, [approver]],
    ['a blank approver', { approved_by: '  ' }, [approver]],
    ['no reason and no approver: the reason first', { reason: '', approved_by: undefined }, [reason]],
    [
      'everything wrong at once',
      { status: 'archived', correctable: false, changes: 0, reason: ' ' },
      [
        { key: 'locked', field: 'status', found: 'archived', params: { case_no: '2026-0001' } },
        { key: 'not_correctable', field: 'event', found: 3, params: { seq: 3, event: 'accept' } },
        { key: 'nothing_set', field: 'set' },
        reason,
      ],
    ],
  ] as [string, Partial<typeof ok>, unknown[]][])('%s', (_, over, want) => {
    expect(run(over)).toEqual(want);
  });
  it('the approver’s violation carries its own label', () => {
    expect(check('V-COR-1', 'correct', { ...ok, approved_by: '' })).toEqual([expect.objectContaining({ rule: 'V-COR-1', field: 'approved_by', label: '批准人' })]);
  });
});

describe('satisfaction rate (ST-SAT): which rating counts', () => {
  const rec = (services: { satisfaction?: string }[], slip?: { satisfaction: string }) => ({ progress: { services }, contact_slip: slip }) as unknown as Pick<CaseRecord, 'progress' | 'contact_slip'>;
  it.each([
    ['the last of three ratings on service', [{ satisfaction: 'dissatisfied' }, { satisfaction: 'dissatisfied' }, { satisfaction: 'satisfied' }], undefined, 'satisfied'],
    ['a single rating on service over the slip’s', [{ satisfaction: 'basically_satisfied' }], { satisfaction: 'dissatisfied' }, 'basically_satisfied'],
  ])('%s', (_, services, slip, want) => {
    expect(SATISFACTION_RATE.ratingOf(rec(services, slip))).toBe(want);
  });

  // A module-level definition: read in a fresh module, so what is asserted is what the module builds.
  it('its definition, as the reports print it, names what it counts', async () => {
    const { SATISFACTION_RATE: S } = await freshImport(() => import('../../src/domain/rules/statistics.js'));
    expect(S.id).toBe('ST-SAT');
    expect(S.label).toEqual({ zh: '满意率', en: 'satisfaction rate' });
    expect(S.source).toMatch(/^S003\b.*§6\.3.*§6\.5/);
    for (const r of S.counted) {
      expect(S.definition.zh).toContain(SATISFACTION[r].zh);
      expect(S.definition.en).toContain(SATISFACTION[r].en);
    }
    expect(S.definition.zh).toMatch(/÷参评件数.*未评价/);
    expect(S.definition.en).toMatch(/÷ rated cases.*not rated/);
    expect(S.column.zh).toMatch(/最后一次.*四联单.*未评价/);
    expect(S.column.en).toMatch(/latest.*four-part slip.*not rated/);
    expect(S.isSatisfied('dissatisfied')).toBe(false);
  });
});
