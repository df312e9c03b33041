// The agency rules (V-AG-*, V-SLIP-1) and the hearing rules (V-HEAR-*) case by case: each table row
// gives an input and the exact violations a user sees (rule, field, label, found value and the
// message with its parameters), and the valid case next to it passes.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/case-schema.js';
import type { Violation } from '../../src/domain/errors.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { check, violate } from '../../src/domain/rules/index.js';
import { agentFile, AUTH, caseFile, key } from './fixture.js';

type Auth = NonNullable<CaseFile['authorization']>;
type Agent = NonNullable<CaseFile['agents']>[number];

const NATIONAL = resolveRulePack(['national_2022']).limits; // no agent or companion limits, no pledge
const SD15 = resolveRulePack(['national_2022', 'shandong_2015']).limits; // 2 agents per principal
const S000 = resolveRulePack(['national_2022', 'shandong_2015', 's000_fengcheng_proxy']).limits; // 4 companions, pledge
const VILLAGE = resolveRulePack(['national_2022', 's000_village_proxy']).limits; // 2 companions

const AGENT = agentFile().agents![0]!;
const agent = (over: Partial<Agent> = {}): Agent => ({ ...structuredClone(AGENT), ...over });
const auth = (over: Partial<Auth> = {}): Auth => ({ ...structuredClone(AUTH), ...over });
/** Drop optional keys the way a file that omits them would. */
const without = <T extends object>(o: T, ...keys: (keyof T)[]): T => {
  const c = { ...o };
  for (const k of keys) delete c[k];
  return c;
};

/** What the user sees of each violation; `key()` also checks it is well formed (label, message, found). */
const shown = (vs: Violation[]) => vs.map((v) => (key(v), v));
type Want = [key: string, field: string, found?: unknown, params?: Record<string, string | number>];
const expected = (id: Parameters<typeof violate>[0], want: Want[]) =>
  want.map(([k, field, found, params]) => violate(id, k as never, { field, ...(found === undefined ? {} : { found }), ...(params ? { params } : {}) }));

const PETITIONERS = [
  { name: '王秀兰', party_type: 'natural' as const, address: '某市某区幸福里1号' },
  { name: '李建国', party_type: 'natural' as const, address: '某市某区幸福里2号' },
];

describe('V-AG-1 agents per principal', () => {
  const run = (agents: Agent[] | undefined, limits = SD15, petitioners = PETITIONERS) =>
    shown(check('V-AG-1', 'file', { c: agentFile({ agents, petitioners: structuredClone(petitioners) }), limits }));
  const a = (n: number, principals?: string[]) => agent({ agent_name: `代理${n}`, ...(principals ? { principals } : {}) });

  it.each<[string, Agent[] | undefined, Want[]]>([
    ['no agents', undefined, []],
    ['two agents for everyone: at the limit', [a(1), a(2)], []],
    [
      'three agents for everyone: both principals, each by name',
      [a(1), a(2), a(3)],
      [
        ['too_many_agents', 'agents', 3, { name: '王秀兰', max: 2 }],
        ['too_many_agents', 'agents', 3, { name: '李建国', max: 2 }],
      ],
    ],
    ['three agents split between the principals: two each at most', [a(1, ['王秀兰']), a(2, ['王秀兰']), a(3, ['李建国'])], []],
    ['an agent for everyone counts for each principal', [a(1, ['李建国']), a(2, ['李建国']), a(3)], [['too_many_agents', 'agents', 3, { name: '李建国', max: 2 }]]],
  ])('%s', (_, agents, want) => {
    expect(run(agents)).toEqual(expected('V-AG-1', want));
  });

  it('a petitioner named twice is one principal, reported once', () => {
    expect(run([a(1), a(2), a(3)], SD15, [PETITIONERS[0]!, PETITIONERS[0]!])).toEqual(expected('V-AG-1', [['too_many_agents', 'agents', 3, { name: '王秀兰', max: 2 }]]));
  });

  it('a pack without a limit allows any number', () => {
    expect(run([a(1), a(2), a(3), a(4)], NATIONAL)).toEqual([]);
  });
});

describe('V-AG-2 accompanying persons', () => {
  const persons = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `跟访${i + 1}` }));
  const run = (authorization: Auth | undefined, limits = S000) => shown(check('V-AG-2', 'authorization', { authorization, limits }));

  it.each<[string, Auth | undefined, typeof S000, Want[]]>([
    ['no authorization', undefined, S000, []],
    ['an authorization that lists nobody', auth(), S000, []],
    ['four under 篇3: at the limit', auth({ accompanying_persons: persons(4) }), S000, []],
    ['five under 篇3', auth({ accompanying_persons: persons(5) }), S000, [['too_many_accompanying', 'authorization.accompanying_persons', 5, { max: 4 }]]],
    ['two under 篇4: at the limit', auth({ accompanying_persons: persons(2) }), VILLAGE, []],
    ['three under 篇4', auth({ accompanying_persons: persons(3) }), VILLAGE, [['too_many_accompanying', 'authorization.accompanying_persons', 3, { max: 2 }]]],
    ['any number nationally', auth({ accompanying_persons: persons(9) }), NATIONAL, []],
  ])('%s', (_, authorization, limits, want) => {
    expect(run(authorization, limits)).toEqual(expected('V-AG-2', want));
  });
});

describe('V-AG-3 on the case file', () => {
  const run = (over: Partial<CaseFile>, limits = SD15) => shown(check('V-AG-3', 'file', { c: agentFile(over), limits }));

  it('the fixture’s agent case passes', () => {
    expect(run({})).toEqual([]);
  });

  it.each<[string, Partial<CaseFile>, Want[]]>([
    ['via an agent, with no agent recorded', { agents: [] }, [['no_agent', 'agents']]],
    [
      'via an agent, agents omitted and no authorization',
      { agents: undefined, authorization: undefined },
      [
        ['no_agent', 'agents'],
        ['no_authorization', 'authorization'],
      ],
    ],
    ['agents recorded but via_agent false', { via_agent: false }, [['not_via_agent', 'via_agent', false]]],
    ['not via an agent and no agents: nothing to check', { via_agent: false, agents: undefined, authorization: undefined }, []],
    ['a principal among the petitioners', { agents: [agent({ principals: ['王秀兰'] })] }, []],
    ['a principal who is not a petitioner, on the second agent', { agents: [agent(), agent({ principals: ['王秀兰', '张三'] })] }, [['principal_unknown', 'agents[1].principals', '张三']]],
    ['an agent with an interest in the matter, by index', { agents: [agent(), agent({ agent_conflict: true })] }, [['agent_conflict', 'agents[1].agent_conflict', true]]],
    ['via an agent without the letter', { authorization: undefined }, [['no_authorization', 'authorization']]],
  ])('%s', (_, over, want) => {
    expect(run(over)).toEqual(expected('V-AG-3', want));
  });

  // Received 2026-01-05 (the fixture); the letter's term and revocation are set row by row.
  it.each<[string, Partial<Auth>, Want[], (keyof Auth)[]?]>([
    ['without the submit power', { proxy_powers: ['track', 'withdraw'] }, [['no_submit_power', 'authorization.proxy_powers', ['track', 'withdraw']]]],
    ['a term ending the day it starts', { proxy_term_from: '2026-01-05', proxy_term_to: '2026-01-05' }, []],
    [
      'a term ending before it starts',
      { proxy_term_from: '2026-01-05', proxy_term_to: '2026-01-04' },
      [
        ['term_reversed', 'authorization.proxy_term_to', '2026-01-04'],
        ['term_misses_submission', 'authorization.proxy_term_from', '2026-01-05–2026-01-04', { date: '2026-01-05' }],
      ],
    ],
    ['no end and not until the case ends', {}, [['term_open', 'authorization.proxy_term_to']], ['proxy_term_to']],
    ['until the case ends, with no end date', { until_case_terminated: true }, [], ['proxy_term_to']],
    ['until the case ends, with an end date too', { until_case_terminated: true }, []],
    ['a term starting the day after submission', { proxy_term_from: '2026-01-06' }, [['term_misses_submission', 'authorization.proxy_term_from', '2026-01-06–2026-12-31', { date: '2026-01-05' }]]],
    [
      'an open term starting after submission',
      { proxy_term_from: '2026-01-06', until_case_terminated: true },
      [['term_misses_submission', 'authorization.proxy_term_from', '2026-01-06–', { date: '2026-01-05' }]],
      ['proxy_term_to'],
    ],
    ['a term starting before submission', { proxy_term_from: '2026-01-04' }, []],
    ['a term ending on the day of submission', { proxy_term_from: '2026-01-01', proxy_term_to: '2026-01-05' }, []],
    [
      'a term ending the day before submission',
      { proxy_term_from: '2026-01-01', proxy_term_to: '2026-01-04' },
      [['term_misses_submission', 'authorization.proxy_term_from', '2026-01-01–2026-01-04', { date: '2026-01-05' }]],
    ],
    ['revoked on the day of submission', { revoked_date: '2026-01-05' }, [['revoked_before_submission', 'authorization.revoked_date', '2026-01-05']]],
    ['revoked before submission', { revoked_date: '2026-01-04' }, [['revoked_before_submission', 'authorization.revoked_date', '2026-01-04']]],
    ['revoked after submission', { revoked_date: '2026-01-06' }, []],
    ['a blanket matter', { proxy_matter: '全部信访事项' }, [['blanket_matter', 'authorization.proxy_matter', '全部信访事项']]],
    ['a blanket word in 19 characters', { proxy_matter: '一切'.padEnd(19, '事') }, [['blanket_matter', 'authorization.proxy_matter', '一切'.padEnd(19, '事')]]],
    ['a blanket word in a specific matter of 20 characters', { proxy_matter: '请求某市热力公司整改所有供暖不达标的住户' }, []],
    ['a short specific matter', { proxy_matter: '供暖' }, []],
  ])('%s', (_, over, want, drop = []) => {
    expect(run({ authorization: without(auth(over), ...drop) })).toEqual(expected('V-AG-3', want));
  });

  it('the pledge is required only where the pack says so, and must be true', () => {
    const pledge = (p: boolean | undefined, limits: typeof S000) => run({ authorization: p === undefined ? auth() : auth({ no_parallel_petition_pledge: p }) }, limits);
    const missing = expected('V-AG-3', [['no_pledge', 'authorization.no_parallel_petition_pledge']]);
    expect(pledge(undefined, S000)).toEqual(missing);
    expect(pledge(false, S000)).toEqual(missing);
    expect(pledge(true, S000)).toEqual([]);
    expect(pledge(undefined, SD15)).toEqual([]);
    expect(pledge(false, NATIONAL)).toEqual([]);
  });
});

describe('V-AG-3 on an act of the agent', () => {
  const run = (authorization: Auth | undefined, date: string, power = 'withdraw', revoked = false) => shown(check('V-AG-3', 'act', { authorization, revoked, date, power }));
  const term = '2026-01-05–2026-12-31';

  it.each<[string, Auth | undefined, string, string, boolean, Want[]]>([
    ['in term, with the power', auth(), '2026-03-01', 'withdraw', false, []],
    ['no letter', undefined, '2026-03-01', 'withdraw', false, [['act_no_authorization', 'authorization']]],
    ['on the first day of the term', auth(), '2026-01-05', 'apply_review', false, []],
    ['on the last day of the term', auth(), '2026-12-31', 'apply_review', false, []],
    ['the day before the term', auth(), '2026-01-04', 'apply_review', false, [['act_out_of_term', 'authorization.proxy_term_to', term, { date: '2026-01-04' }]]],
    ['the day after the term', auth(), '2027-01-01', 'apply_review', false, [['act_out_of_term', 'authorization.proxy_term_to', term, { date: '2027-01-01' }]]],
    ['after the end date of a letter until the case ends', auth({ until_case_terminated: true }), '2027-01-01', 'apply_review', false, []],
    ['an open letter, long after it starts', without(auth({ until_case_terminated: true }), 'proxy_term_to'), '2028-06-01', 'apply_review', false, []],
    [
      'an open letter, before it starts',
      without(auth({ until_case_terminated: true }), 'proxy_term_to'),
      '2026-01-04',
      'apply_review',
      false,
      [['act_out_of_term', 'authorization.proxy_term_to', '2026-01-05–', { date: '2026-01-04' }]],
    ],
    ['without the power', auth({ proxy_powers: ['submit', 'track'] }), '2026-03-01', 'withdraw', false, [['act_no_power', 'authorization.proxy_powers', ['submit', 'track'], { power: 'withdraw' }]]],
    ['revoked on the day', auth({ revoked_date: '2026-03-01' }), '2026-03-01', 'withdraw', false, [['act_revoked', 'authorization.revoked_date', '2026-03-01']]],
    ['revoked later', auth({ revoked_date: '2026-03-02' }), '2026-03-01', 'withdraw', false, []],
    ['revoked in the register, no date on the letter', auth(), '2026-03-01', 'withdraw', true, [['act_revoked', 'authorization.revoked_date']]],
  ])('%s', (_, authorization, date, power, revoked, want) => {
    expect(run(authorization, date, power, revoked)).toEqual(expected('V-AG-3', want));
  });
});

describe('V-AG-4 free of charge', () => {
  it.each<[string, Auth | undefined, Want[]]>([
    ['no authorization', undefined, []],
    ['stated free', auth(), []],
    ['not stated free', auth({ free_of_charge_statement: false }), [['not_free', 'authorization.free_of_charge_statement', false]]],
  ])('%s', (_, authorization, want) => {
    expect(shown(check('V-AG-4', 'authorization', { authorization }))).toEqual(expected('V-AG-4', want));
  });
});

describe('V-AG-5 appointment in force on the signing date (2026-01-05)', () => {
  const run = (agents: Agent[] | undefined, authorization: Auth | undefined) => shown(check('V-AG-5', 'file', { c: agentFile({ agents, authorization }), limits: SD15 }));

  it.each<[string, Agent[] | undefined, Want[]]>([
    ['no agents', undefined, []],
    ['no appointment date', [agent()], []],
    ['appointed until the signing date', [agent({ appointment_valid_to: '2026-01-05' })], []],
    ['appointed beyond it', [agent({ appointment_valid_to: '2026-06-30' })], []],
    [
      'expired the day before, on the second agent',
      [agent(), agent({ appointment_valid_to: '2026-01-04' })],
      [['appointment_expired', 'agents[1].appointment_valid_to', '2026-01-04', { signed: '2026-01-05' }]],
    ],
  ])('%s', (_, agents, want) => {
    expect(run(agents, auth())).toEqual(expected('V-AG-5', want));
  });

  it('without a letter there is no signing date to compare', () => {
    expect(run([agent({ appointment_valid_to: '2025-01-01' })], undefined)).toEqual([]);
  });
});

describe('V-SLIP-1 serial', () => {
  it.each<[string, string | undefined, Want[]]>([
    ['a serial from the register', 'FC-LXD-2026-000007', []],
    ['no serial', undefined, [['no_serial', 'slip_no']]],
    ['an empty serial', '', [['no_serial', 'slip_no']]],
    ['a malformed serial', 'FC-2026-7', [['bad_serial', 'slip_no', 'FC-2026-7']]],
  ])('%s', (_, slip_no, want) => {
    expect(shown(check('V-SLIP-1', 'serial', slip_no === undefined ? {} : { slip_no }))).toEqual(expected('V-SLIP-1', want));
  });
});

describe('V-HEAR-1 chair, recorder and participants', () => {
  type H = Record<string, unknown>;
  const run = (hearing: H, complete: boolean) => shown(check('V-HEAR-1', 'hearing', { hearing: hearing as never, complete }));
  const people = (...roles: string[]) => roles.map((role, i) => ({ role, name: `人${i}` }));
  const full: H = { chair: '甲', investigators: ['乙'], recorder: '丙', attendees: people('petitioner', 'handling_org_rep') };

  it.each<[string, H, boolean, Want[]]>([
    ['a complete hearing', full, true, []],
    ['an agent attends instead of the petitioner', { ...full, attendees: people('agent', 'handling_org_rep') }, true, []],
    ['the chair is an investigator', { ...full, chair: '乙' }, true, [['chair_investigator', 'chair', '乙']]],
    ['the chair is an investigator, when decided', { chair: '乙', investigators: ['乙'] }, false, [['chair_investigator', 'chair', '乙']]],
    ['a chair and no investigators listed', { ...full, investigators: undefined }, true, []],
    ['no recorder, when decided or concluded', { chair: '甲' }, false, []],
    ['no recorder, when printed', { ...full, recorder: undefined }, true, [['no_recorder', 'recorder']]],
    ['neither petitioner nor agent attends', { ...full, attendees: people('handling_org_rep', 'hearing_officer') }, true, [['no_petitioner', 'attendees']]],
    ['no representative of the handling organ', { ...full, attendees: people('petitioner', 'agent') }, true, [['no_org_rep', 'attendees']]],
    [
      'nobody attends',
      { ...full, attendees: [] },
      true,
      [
        ['no_petitioner', 'attendees'],
        ['no_org_rep', 'attendees'],
      ],
    ],
    ['attendees not yet recorded', { ...full, attendees: undefined }, true, []],
    ['roles missing, when decided', { chair: '甲', attendees: [] }, false, []],
  ])('%s', (_, hearing, complete, want) => {
    expect(run(hearing, complete)).toEqual(expected('V-HEAR-1', want));
  });
});

describe('V-HEAR-2 matters not for a hearing', () => {
  it.each<[string, { category: string; confidentiality_requested?: boolean }, Want[]]>([
    ['a claim', { category: 'claim' }, []],
    ['a claim, confidentiality not requested', { category: 'claim', confidentiality_requested: false }, []],
    ['an accusation', { category: 'accusation' }, [['confidential_matter', 'hearing']]],
    ['confidentiality requested', { category: 'claim', confidentiality_requested: true }, [['confidential_matter', 'hearing']]],
  ])('decision: %s', (_, input, want) => {
    expect(shown(check('V-HEAR-2', 'decision', input))).toEqual(expected('V-HEAR-2', want));
  });

  it.each<[string, Record<string, unknown> | undefined, boolean | undefined, Want[]]>([
    ['no hearing yet', undefined, true, []],
    ['a closed hearing of a confidential case', { public: false }, true, []],
    ['a public hearing of an open case', { public: true }, false, []],
    ['a public hearing of a confidential case', { public: true }, true, [['public_hearing', 'public']]],
  ])('publicity: %s', (_, hearing, confidential, want) => {
    expect(shown(check('V-HEAR-2', 'publicity', { hearing: hearing as never, confidential }))).toEqual(expected('V-HEAR-2', want));
  });
});

it('caseFile stays without agency: every agency rule passes it', () => {
  const c = caseFile();
  expect([...check('V-AG-1', 'file', { c, limits: S000 }), ...check('V-AG-3', 'file', { c, limits: S000 }), ...check('V-AG-5', 'file', { c, limits: S000 })]).toEqual([]);
});
