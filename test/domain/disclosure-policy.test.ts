// The disclosure policy on input that is not a valid record yet (what an error about a case file must
// not quote), and the edges of the respondent check: a unit under its parent, the legacy string beside
// the structured form, ancestors a recipient may be, and brackets that enclose nothing.
import { describe, expect, it } from 'vitest';
import { MASK, confidentialIdentities, identityStrings, matchRespondent, normaliseName, respondentKeys, scrub } from '../../src/domain/disclosure.js';
import { caseFile, record } from './fixture.js';

const sorted = (xs: string[]) => [...xs].sort();

describe('confidentialIdentities: the identities an error about a case file may not quote', () => {
  const everyone = {
    petitioners: [{ name: '王秀兰', party_type: 'natural', id_doc_no: '370102199001010011', phone: '13800000000', address: '某市某区幸福里1号' }],
    representatives: [{ name: '刘代表', id_doc_no: 'R1234', phone: '13911111111' }],
    agents: [{ agent_name: '赵代理', agent_id_doc_no: '370102198001010022', phone: '13722222222' }],
  };
  const expected = [
    '王秀兰',
    '370102199001010011',
    '13800000000',
    '某市某区幸福里1号',
    '某区幸福里1号',
    '幸福里1号',
    '刘代表',
    'R1234',
    '13911111111',
    '赵代理',
    '370102198001010022',
    '13722222222',
    '孙跟访',
    'A5678',
  ];

  it('reads a parsed file as identityStrings reads the registered record', () => {
    const file = caseFile({ ...everyone, category: 'accusation', authorization: { accompanying_persons: [{ name: '孙跟访', id_doc_no: 'A5678' }] } } as never);
    expect(sorted(confidentialIdentities(file))).toEqual(sorted(expected));
    expect(confidentialIdentities(file)).toEqual(identityStrings(record(file)));
  });

  it.each([[{ category: 'accusation' }], [{ category: 'claim', confidential: true }], [{ category: 'claim', confidentiality_requested: true }]])(
    'a case confidential by %j gives its identities',
    (over) => {
      expect(confidentialIdentities({ petitioners: [{ name: '王秀兰' }], ...over })).toEqual(['王秀兰']);
    },
  );

  it.each([
    [{ category: 'claim' }],
    [{ category: 'claim', confidential: false, confidentiality_requested: false }],
    [{ category: 'claim', confidential: 'yes', confidentiality_requested: 1 }], // only true asks for it
    [{}],
  ])('a case that is not confidential (%j) gives none', (over) => {
    expect(confidentialIdentities({ petitioners: [{ name: '王秀兰' }], ...over })).toEqual([]);
  });

  it.each([[null], [undefined], [0], [''], ['王秀兰'], [42], [true]])('%j is no case file: none', (raw) => {
    expect(confidentialIdentities(raw)).toEqual([]);
  });

  it('YAML numbers are identities too; other values and entries that are not objects are skipped', () => {
    const raw = {
      category: 'accusation',
      petitioners: [null, '王秀兰', 7, { name: '王秀兰', id_doc_no: true, phone: 13800000000, address: { city: '某市' } }, { name: ['李四'] }],
      representatives: '刘代表',
      agents: [{ agent_name: '赵代理', agent_id_doc_no: null, phone: 13722222222 }],
      authorization: { accompanying_persons: [{ name: '孙跟访', id_doc_no: 5678 }, null] },
    };
    expect(sorted(confidentialIdentities(raw))).toEqual(sorted(['王秀兰', '13800000000', '赵代理', '13722222222', '孙跟访', '5678']));
  });

  it.each([[undefined], [null], ['SQ-1'], [[]]])('an authorization of %j holds no companions', (authorization) => {
    expect(confidentialIdentities({ category: 'accusation', petitioners: [{ name: '王秀兰' }], authorization })).toEqual(['王秀兰']);
  });

  it('a file without petitioners yet still gives its agents', () => {
    expect(confidentialIdentities({ category: 'accusation', agents: [{ agent_name: '赵代理' }] })).toEqual(['赵代理']);
  });
});

describe('an address written over two lines', () => {
  const rec = (address: string) => record({ category: 'accusation', petitioners: [{ name: '王秀兰', party_type: 'natural', address }] });
  const oneLine = ['山东省济南市历下区幸福里小区1号楼', '济南市历下区幸福里小区1号楼', '历下区幸福里小区1号楼', '幸福里小区1号楼'];

  it.each([['山东省\n济南市历下区幸福里小区1号楼'], ['山东省济南市 \r\n  历下区幸福里小区1号楼']])('%j: as written, and every form free text quotes on one line', (address) => {
    expect(sorted(identityStrings(rec(address)))).toEqual(sorted(['王秀兰', address, ...oneLine]));
  });

  it.each([['山东省\u2028济南市历下区幸福里小区1号楼'], ['山东省\r济南市历下区幸福里小区1号楼'], ['山东省 \u2029 济南市历下区幸福里小区1号楼']])('%j: any line break joins like \\n', (address) => {
    expect(sorted(identityStrings(rec(address)))).toEqual(sorted(['王秀兰', address, ...oneLine]));
  });

  it('free text quoting it on one line is scrubbed', () => {
    expect(scrub(rec('山东省\n济南市历下区幸福里小区1号楼'), '住山东省济南市历下区幸福里小区1号楼；又称住历下区幸福里小区1号楼')).toBe(`住${MASK}；又称住${MASK}`);
  });
});

describe('normaliseName: a name that is only a title', () => {
  it.each([['局长'], ['副局长'], ['同志'], ['常务副主任']])('%s stays whole (nothing before the title to keep)', (s) => {
    expect(normaliseName(s)).toBe(s);
  });
  it('a title after a name still goes, repeatedly', () => {
    expect(normaliseName('张三副局长同志')).toBe('张三');
  });
});

describe('respondentKeys: a unit under its parent, and the legacy string beside the structured form', () => {
  const keys = (detail: Record<string, string>, respondent?: string) => respondentKeys({ respondent_detail: detail, ...(respondent === undefined ? {} : { respondent }) } as never);

  it.each([
    // written with its parent: compared by its own name
    [{ unit: '某区人民政府鹍城街道办事处', parent_unit: '某区人民政府' }, [{ key: '鹍城街道办事处', name: '某区人民政府鹍城街道办事处', ancestors: ['某区人民政府'] }]],
    // written without it: kept whole
    [{ unit: '鹍城街道办事处', parent_unit: '某区人民政府' }, [{ key: '鹍城街道办事处', name: '鹍城街道办事处', ancestors: ['某区人民政府'] }]],
    // one character past the parent: no one-character name of its own, the whole stays
    [{ unit: '某集团厂', parent_unit: '某集团' }, [{ key: '某集团厂', name: '某集团厂', ancestors: ['某集团'] }]],
    // the parent is cut from a unit only, never from a person's name
    [{ person: '某集团张三', parent_unit: '某集团' }, [{ key: '某集团张三', name: '某集团张三' }]],
    // a one-character parent is no ancestor
    [{ unit: '某局', parent_unit: '某' }, [{ key: '某局', name: '某局', ancestors: [] }]],
  ])('%j → %j', (detail, out) => {
    expect(keys(detail)).toEqual(out);
  });

  it('the legacy string adds its own person and unit; what repeats the structured form is skipped', () => {
    expect(keys({ unit: '鹍城街道办事处', parent_unit: '某区人民政府' }, '某区人民政府鹍城街道办事处主任张三')).toEqual([
      { key: '鹍城街道办事处', name: '鹍城街道办事处', ancestors: ['某区人民政府'] },
      { key: '张三', name: '张三' },
    ]);
    expect(keys({ person: '钱贪官' }, '某区水务局')).toEqual([
      { key: '钱贪官', name: '钱贪官' },
      { key: '某区水务局', name: '某区水务局', ancestors: [] },
    ]);
    expect(keys({ person: '张三', unit: '某区住建局' }, '某区住建局副局长张三')).toEqual([
      { key: '张三', name: '张三' },
      { key: '某区住建局', name: '某区住建局', ancestors: [] },
    ]);
    expect(keys({ unit: '某局' }, '  ')).toEqual([{ key: '某局', name: '某局', ancestors: [] }]);
  });

  it('the legacy string alone gives each key once', () => {
    expect(respondentKeys({ respondent: '某区住建局' } as never)).toEqual([{ key: '某区住建局', name: '某区住建局', ancestors: [] }]);
  });
});

describe('matchRespondent: ancestors a recipient may be', () => {
  const unit = (u: string, parent: string) => respondentKeys({ respondent_detail: { unit: u, parent_unit: parent } } as never);
  it.each([
    ['高新区', '高新区某镇卫生院', '某市卫健委', undefined], // a bare area at the start of the unit's name
    ['高新区某镇卫生院', '高新区某镇卫生院', '某市卫健委', '高新区某镇卫生院'],
    ['某镇', '高新区某镇卫生院', '某市卫健委', '高新区某镇卫生院'], // an area inside the name is a short form of it
    ['卫生院', '高新区某镇卫生院', '某市卫健委', '高新区某镇卫生院'],
    ['某市卫健委', '高新区某镇卫生院', '某市卫健委', undefined],
    ['某集团', '第一分公司（某集团）', '某集团', undefined], // its known parent, wherever it stands in the name
    ['第一分公司', '第一分公司（某集团）', '某集团', '第一分公司（某集团）'],
    ['某集团', '某集团厂', '某集团', undefined],
    ['某集团厂', '某集团厂', '某集团', '某集团厂'],
  ])('recipient %s, respondent %s under %s → %s', (recipient, u, parent, name) => {
    expect(matchRespondent(recipient, unit(u, parent))).toBe(name);
  });

  it('a key with no known ancestry: any part of it is a short form, an area at its start too', () => {
    expect(matchRespondent('某区', [{ key: '某区住建局', name: '某区住建局' }])).toBe('某区住建局');
  });
});

describe('matchRespondent: a bracket without its partner encloses nothing', () => {
  const keys = [{ key: '某区住建局', name: '某区住建局' }];
  it.each([
    ['某市政府）住建', undefined], // the text before a stray closing bracket stays part of the name
    ['住建（教育局', undefined], // and so does the text after an unclosed one
    ['住建（教育局）', '某区住建局'], // a closed pair: the part outside is compared alone
    ['某市政府（住建）', '某区住建局'],
  ])('%s → %s', (recipient, name) => {
    expect(matchRespondent(recipient, keys)).toBe(name);
  });
});
