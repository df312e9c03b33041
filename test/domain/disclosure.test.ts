// The disclosure policy (src/domain/disclosure.ts, SPEC §7.8): who sees which identities, what the
// masked views hold, and the respondent / recipient check.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case.js';
import {
  DISCLOSURE_AUDIENCES,
  MASK,
  POLICY,
  caseRecipients,
  caseTitle,
  caseViewFor,
  confidentialReason,
  formAudience,
  identityStrings,
  isConfidential,
  isDisciplineBody,
  maskedPetitioner,
  matchRespondent,
  maySeeIdentity,
  normaliseName,
  respondentKeys,
  respondentOf,
  scrub,
} from '../../src/domain/disclosure.js';
import { agentFile, record } from './fixture.js';

const ID = '370102199001010011';
const open = () => record();
const secret = (over: Partial<CaseRecord> = {}): CaseRecord => ({
  ...record({
    petitioners: [{ name: '王秀兰', party_type: 'natural', id_doc_no: ID, phone: '13800000000', address: '山东省济南市历下区幸福里小区1号楼' }],
    category: 'accusation',
    request_text: '请求查处王秀兰反映的问题',
  }),
  ...over,
});

describe('who may see identities', () => {
  it.each([
    [{ category: 'accusation' }, true, 'accusation'],
    [{ category: 'claim', confidential: true }, true, 'other'],
    [{ category: 'claim', confidentiality_requested: true }, true, 'privacy'],
    [{ category: 'claim', confidential: true, confidentiality_requested: true }, true, 'privacy'],
    [{ category: 'claim' }, false, 'other'],
    [{ category: 'claim', confidential: false, confidentiality_requested: false }, false, 'other'],
  ])('%j → confidential %s, reason %s', (over, conf, reason) => {
    const rec = { ...open(), ...over } as CaseRecord;
    expect(isConfidential(rec)).toBe(conf);
    expect(confidentialReason(rec)).toBe(reason);
  });

  it('a case that is not confidential shows identities to every audience', () => {
    for (const a of DISCLOSURE_AUDIENCES) expect(maySeeIdentity(open(), a)).toBe(true);
  });

  it.each(DISCLOSURE_AUDIENCES.map((a) => [a, POLICY[a].identity]))('confidential case, %s → identity %s', (a, identity) => {
    expect(maySeeIdentity(secret(), a)).toBe(identity);
  });

  it('the office sees a confidential identity only on an explicit request, and only as itself', () => {
    expect(maySeeIdentity(secret(), 'internal')).toBe(false);
    expect(maySeeIdentity(secret(), 'internal', true)).toBe(true);
    expect(maySeeIdentity(secret(), 'respondent_unit', true)).toBe(false);
    expect(maySeeIdentity(secret(), 'public', true)).toBe(false);
  });

  it('the policy: the accused never sees the accuser nor the accusation', () => {
    expect(POLICY.respondent_unit).toEqual({ identity: false, content: false });
    expect(POLICY.transfer_target).toEqual({ identity: false, content: true });
    expect(POLICY.internal).toEqual({ identity: false, content: true });
    expect(POLICY.public).toEqual({ identity: false, content: false });
    for (const a of ['petitioner', 'agent', 'discipline_body'] as const) expect(POLICY[a]).toEqual({ identity: true, content: true });
  });
});

describe('masked names, titles and scrubbed text', () => {
  it('lists show a confidential petitioner as （保密）', () => {
    expect(maskedPetitioner(open())).toBe('王秀兰');
    expect(maskedPetitioner(secret())).toBe(MASK);
  });

  it('identityStrings: names, ID numbers, phones, address forms of everyone, longest first, no 1-character strings', () => {
    const rec = {
      ...secret(),
      representatives: [{ name: '刘代表', id_doc_no: 'R1234', phone: '13911111111' }],
      agents: [{ agent_name: '赵代理', agent_id_doc_no: '370102198001010022', phone: '13722222222' }],
      authorization: { accompanying_persons: [{ name: '孙跟访', id_doc_no: 'A5678' }] },
    } as unknown as CaseRecord;
    rec.petitioners.push({ name: ' 周 ', party_type: 'natural' } as never, { name: ' 吴一 ', party_type: 'natural' } as never);
    const s = identityStrings(rec);
    expect(s).toEqual(expect.arrayContaining(['王秀兰', ID, '13800000000', '刘代表', 'R1234', '13911111111', '赵代理', '370102198001010022', '13722222222', '孙跟访', 'A5678', '吴一']));
    expect(s).not.toContain('周'); // too short to scrub without mangling text
    expect(s).not.toContain(' 吴一 ');
    // the address and its shorter forms, down to 5 characters
    expect(s).toEqual(expect.arrayContaining(['山东省济南市历下区幸福里小区1号楼', '济南市历下区幸福里小区1号楼', '历下区幸福里小区1号楼', '幸福里小区1号楼']));
    expect(s).not.toContain('1号楼');
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.length).toBeGreaterThanOrEqual(s[i]!.length);
  });

  it('an address shorter forms stop before five characters', () => {
    const rec = secret({ petitioners: [{ name: '王秀兰', party_type: 'natural', address: '某市某区幸福里1号' }] } as never);
    const s = identityStrings(rec);
    expect(s).toContain('某市某区幸福里1号');
    expect(s).toContain('某区幸福里1号');
    expect(s).toContain('幸福里1号');
    expect(s).not.toContain('1号');
  });

  it('a petitioner without an address, representatives or agents gives only what it has', () => {
    const rec = secret({ petitioners: [{ name: '王秀兰', party_type: 'natural' }] } as never);
    expect(identityStrings(rec)).toEqual(['王秀兰']);
  });

  it('scrub replaces identities in free text only for a confidential case', () => {
    expect(scrub(secret(), '王秀兰住幸福里小区1号楼，电话13800000000')).toBe(`${MASK}住${MASK}，电话${MASK}`);
    expect(scrub(open(), '王秀兰反映')).toBe('王秀兰反映');
  });

  it.each([
    [{ title: '关于供暖的信访事项' }, '王秀兰关于供暖的信访事项（2026-0001）'],
    [{ title: '关于供暖信访事项' }, '王秀兰关于供暖的信访事项（2026-0001）'],
    [{ title: ' 关于室温不达标 ' }, '王秀兰关于室温不达标的信访事项（2026-0001）'],
    [{ title: '室温' }, '王秀兰关于室温的信访事项（2026-0001）'],
    [{ request_text: '请求整改供暖。' }, '王秀兰关于整改供暖的信访事项（2026-0001）'],
    [{ request_text: '请求' + '一'.repeat(31) }, `王秀兰关于${'一'.repeat(30)}…的信访事项（2026-0001）`],
    [{ request_text: '一'.repeat(30) }, `王秀兰关于${'一'.repeat(30)}的信访事项（2026-0001）`],
    [{ title: ' 关于供暖的信访事项 ' }, '王秀兰关于供暖的信访事项（2026-0001）'], // trimmed before matching
    [{ title: 'X关于供暖的信访事项' }, '王秀兰关于X关于供暖的信访事项的信访事项（2026-0001）'], // 关于 only at the start
    [{ title: '关于供暖的信访事项（补充）' }, '王秀兰关于供暖的信访事项（补充）的信访事项（2026-0001）'], // 信访事项 only at the end
    [{ title: '有关于室温' }, '王秀兰关于有关于室温的信访事项（2026-0001）'],
    [{ request_text: '整改请求' }, '王秀兰关于整改请求的信访事项（2026-0001）'], // 请求 dropped only at the start
    [{ request_text: '请求整改，退费。' }, '王秀兰关于整改，退费的信访事项（2026-0001）'], // trailing punctuation only
    [{ request_text: '请求整改。。 ' }, '王秀兰关于整改的信访事项（2026-0001）'],
  ])('caseTitle %j', (over, title) => {
    expect(caseTitle({ ...open(), ...over } as CaseRecord)).toBe(title);
  });

  it('a confidential case title names no petitioner and scrubs the matter', () => {
    expect(caseTitle(secret())).toBe(`关于查处${MASK}反映的问题的信访事项（2026-0001）`);
  });
});

describe('caseViewFor', () => {
  const rich = (): CaseRecord =>
    ({
      ...secret(),
      facts_text: '王秀兰称某局不作为',
      reasons_text: '理由',
      petitioners: [{ name: '王秀兰', party_type: 'natural', id_doc_no: ID, phone: '13800000000', address: '山东省济南市历下区幸福里小区1号楼', work_unit: '某厂', birth_month: '1960-01' }],
      representatives: [{ name: '刘代表', phone: '13911111111' }],
      agents: [{ agent_name: '赵代理', agent_id_doc_no: '370102198001010022', principals: ['王秀兰'] }],
      authorization: { accompanying_persons: [{ name: '孙跟访', id_doc_no: 'A5678' }], witness_name: '钱见证' },
      handler: { handler_name: '李明' },
    }) as unknown as CaseRecord;

  it('an audience that may see identities gets the record itself', () => {
    const rec = rich();
    expect(caseViewFor(rec, 'petitioner')).toBe(rec);
    expect(caseViewFor(rec, 'internal', true)).toBe(rec);
    expect(caseViewFor(open(), 'respondent_unit')).toEqual(open());
  });

  it('a transfer target sees the content with every identity masked', () => {
    const rec = rich();
    const before = structuredClone(rec);
    const v = caseViewFor(rec, 'transfer_target') as unknown as Record<string, any>;
    expect(rec).toEqual(before); // never changes the record
    expect(v.petitioners[0]).toEqual({ name: MASK, party_type: 'natural', id_doc_no: MASK, phone: MASK, address: MASK, work_unit: MASK, birth_month: MASK });
    expect(v.representatives[0]).toEqual({ name: MASK, phone: MASK });
    expect(v.agents[0]).toEqual({ agent_name: MASK, agent_id_doc_no: MASK, principals: [MASK] });
    expect(v.authorization.accompanying_persons[0]).toEqual({ name: MASK, id_doc_no: MASK });
    // outside the party lists a name is only scrubbed, not replaced: the handler and witness stay
    expect(v.handler).toEqual({ handler_name: '李明' });
    expect(v.authorization.witness_name).toBe('钱见证');
    expect(v.request_text).toBe(`请求查处${MASK}反映的问题`);
    expect(v.facts_text).toBe(`${MASK}称某局不作为`);
    expect(v.reasons_text).toBe('理由');
    expect(v.case_no).toBe('2026-0001');
    expect(v.via_agent).toBe(false);
    expect(v.status).toBe(rec.status);
  });

  it('the respondent unit gets no request, facts or reasons either', () => {
    const v = caseViewFor(rich(), 'respondent_unit') as unknown as Record<string, any>;
    expect([v.request_text, v.facts_text, v.reasons_text]).toEqual([MASK, MASK, MASK]);
    expect(v.petitioners[0].name).toBe(MASK);
    expect(v.respondent).toBe('某市热力有限公司');
  });

  it('the office without a request sees content but no identity', () => {
    const v = caseViewFor(rich(), 'internal') as unknown as Record<string, any>;
    expect(v.facts_text).toBe(`${MASK}称某局不作为`);
    expect(v.petitioners[0].id_doc_no).toBe(MASK);
  });
});

describe('the respondent and the recipient check', () => {
  it.each([
    [' 张 三 同志', '张三'],
    ['（某局）张三', '某局张三'],
    // titles are stripped from the end only (某区长安街道 keeps its 区长); a title inside stays
    ['某局副局长张三', '某局副局长张三'],
    ['某局常务副局长张三', '某局常务副局长张三'],
    ['某党工委书记·李四', '某党工委书记李四'],
    ['某局副局长', '某局'],
    ['ＡＢＣ公司', 'ABC公司'],
    ['《某报》', '某报'],
  ])('normaliseName(%s) = %s', (s, n) => {
    expect(normaliseName(s)).toBe(n);
  });

  it.each([
    [{ respondent_detail: { unit: '某局', person: '张三', title: '局长' } }, { unit: '某局', person: '张三', title: '局长' }],
    [{ respondent_detail: { parent_unit: '某市政府' }, respondent: '忽略' }, { parent_unit: '某市政府' }],
    [{ respondent_detail: { title: '局长' }, respondent: '某局' }, { unit: '某局' }], // a title alone names no one
    [{ respondent: '某区住建局 副局长 张三' }, { unit: '某区住建局', title: '副局长', person: '张三' }],
    [{ respondent: '某市热力有限公司' }, { unit: '某市热力有限公司' }],
    [{ respondent: '局长张三' }, { unit: '局长张三' }], // no unit before the title: kept whole
    [{ respondent: '某局局长' }, { unit: '某局局长' }], // no person after the title
    [{ respondent: '  ' }, undefined],
    [{}, undefined],
  ])('respondentOf(%j)', (rec, out) => {
    expect(respondentOf(rec as never)).toEqual(out);
  });

  it('respondentKeys: person and unit (with its ancestors), normalised, each once, at least 2 characters', () => {
    // the whole string adds no key of its own: any recipient holding it holds the person's name
    expect(respondentKeys({ respondent: '某区住建局副局长张三' } as never)).toEqual([
      { key: '张三', name: '张三' },
      { key: '某区住建局', name: '某区住建局', ancestors: [] },
    ]);
    // the parent unit is no key of its own: it only recognises the unit written under it
    expect(respondentKeys({ respondent_detail: { person: '李', unit: '某局', parent_unit: '某局' } } as never)).toEqual([{ key: '某局', name: '某局', ancestors: ['某局'] }]);
    expect(respondentKeys({} as never)).toEqual([]);
  });

  const keys = [
    { key: '张三', name: '张三' },
    { key: '某区住建局', name: '某区住建局' },
  ];
  it.each([
    ['某区住建局', '某区住建局'],
    ['某区住建局办公室', '某区住建局'], // the recipient contains the unit
    ['住建局', '某区住建局'], // the unit contains the recipient
    ['张三（某区住建局）', '张三'], // the first key matched wins
    ['某区人民政府（转某区住建局）', '某区住建局'],
    ['某市政府（住建局）', '某区住建局'], // only the part inside the brackets matches
    ['某区教育局', undefined],
    ['X', undefined], // parts under 2 characters are not compared
  ])('matchRespondent(%s) → %s', (recipient, name) => {
    expect(matchRespondent(recipient, keys)).toBe(name);
    expect(matchRespondent(recipient, [])).toBeUndefined();
  });

  it.each([
    ['某市纪委监委', ['某市纪委监委'], true],
    [' 某市纪委监委 ', ['某市纪委 监委'], true],
    ['某市纪委', ['某市纪委监委'], false],
    ['某市纪委监委', [], false],
    ['纪', ['纪'], false], // one character names no body
    ['纪委', ['纪委'], true], // two characters do
  ])('isDisciplineBody(%s, %j) = %s', (r, bodies, yes) => {
    expect(isDisciplineBody(r, bodies)).toBe(yes);
  });

  it('isDisciplineBody defaults to no bodies', () => {
    expect(isDisciplineBody('某市纪委监委')).toBe(false);
  });
});

describe('caseRecipients and formAudience', () => {
  const withProgress = (progress: Record<string, unknown>): CaseRecord => ({ ...open(), progress: { ...open().progress, ...progress } }) as CaseRecord;

  it('lists every recorded recipient with its field', () => {
    const rec = withProgress({
      transfer: { target_org: '某区住建局' },
      handling_opinion: { copy_to: ['某区政府', '某街道'] },
      services: [{ addressee: '王秀兰' }, {}],
      hearings: [{ attendees: [{ name: '张三', org: '某局' }, { name: '李四' }] }, {}],
    });
    expect(caseRecipients(rec)).toEqual([
      { field: 'progress.transfer.target_org', name: '某区住建局' },
      { field: 'progress.handling_opinion.copy_to[0]', name: '某区政府' },
      { field: 'progress.handling_opinion.copy_to[1]', name: '某街道' },
      { field: 'progress.services[0].addressee', name: '王秀兰' },
      { field: 'progress.hearings[0].attendees[0].name', name: '张三' },
      { field: 'progress.hearings[0].attendees[0].org', name: '某局' },
      { field: 'progress.hearings[0].attendees[1].name', name: '李四' },
    ]);
    expect(caseRecipients(open())).toEqual([]);
  });

  it.each([
    [['internal', 'petitioner'], undefined, 'filed'],
    [['petitioner', 'internal'], undefined, 'filed'],
    [['petitioner', 'agent'], undefined, 'petitioner'],
    [['transfer_target'], '某区住建局', 'transfer_target'],
    [['transfer_target'], '某市纪委监委', 'discipline_body'],
    [['transfer_target'], undefined, 'transfer_target'],
    [['respondent_unit'], '某市纪委监委', 'respondent_unit'],
    [['somebody'], undefined, 'public'],
    [[], undefined, 'public'],
  ])('formAudience(%j, target %s) = %s', (audiences, target, out) => {
    const rec = withProgress(target ? { transfer: { target_org: target } } : {});
    expect(formAudience(audiences, rec, ['某市纪委监委'])).toBe(out);
  });

  it('formAudience: a transfer target is a discipline body only if the office lists it', () => {
    expect(formAudience(['transfer_target'], withProgress({ transfer: { target_org: '某市纪委监委' } }))).toBe('transfer_target');
  });
});

describe('agents', () => {
  it('an agent case keeps its agent among the identities', () => {
    const rec = { ...record(), ...agentFile(), category: 'accusation' } as CaseRecord;
    expect(identityStrings(rec)).toContain('赵代理');
  });
});

describe('edges of the masked view and the recipient check', () => {
  it('a one-character name, a principal not among the petitioners, numbers and nulls', () => {
    const rec = {
      ...secret(),
      petitioner_count: 2,
      petitioners: [{ name: '周', party_type: 'natural' }],
      agents: [{ agent_name: '赵代理', principals: ['吴'] }],
      handler: null,
    } as unknown as CaseRecord;
    const v = caseViewFor(rec, 'transfer_target') as unknown as Record<string, any>;
    expect(v.petitioners[0].name).toBe(MASK); // too short to scrub, masked because it is a name
    expect(v.agents[0].principals).toEqual([MASK]);
    expect(Array.isArray(v.petitioners)).toBe(true);
    expect(Array.isArray(v.agents[0].principals)).toBe(true);
    expect(v.petitioner_count).toBe(2);
    expect(v.handler).toBeNull();
  });

  it('respondentOf: a detail with only a unit is used', () => {
    expect(respondentOf({ respondent_detail: { unit: '某局' }, respondent: '别的' } as never)).toEqual({ unit: '某局' });
    expect(respondentOf({ respondent_detail: { person: '张三' }, respondent: '别的' } as never)).toEqual({ person: '张三' });
  });

  it('respondentOf: a title without 副/常务 splits the string too', () => {
    expect(respondentOf({ respondent: '某局局长张三' } as never)).toEqual({ unit: '某局', title: '局长', person: '张三' });
    expect(respondentOf({ respondent: '某局常务副局长张三' } as never)).toEqual({ unit: '某局', title: '常务副局长', person: '张三' });
  });

  const keys = [{ key: '某区住建局', name: '某区住建局' }];
  it.each([
    ['某市政府（住建）', '某区住建局'], // the part inside the brackets, two characters
    ['住建（某市政府）', '某区住建局'], // the part outside the brackets
    ['住建', '某区住建局'],
    ['局', undefined], // one character: not compared
    ['（）', undefined], // nothing left: not compared
    ['某市政府（教育局）', undefined],
  ])('matchRespondent(%s) → %s', (r, name) => {
    expect(matchRespondent(r, keys)).toBe(name);
  });
});
