// The exact findings of the document, review and safe-input rules (src/domain/rules/document.ts,
// review.ts, safety.ts, and a few of input.ts and deadline.ts): key, field, label, found and the
// params the zh/en messages print, for a failing and a passing input each. rules.test.ts only asks
// whether a rule fires; these pin what the user is told when it does.
import { describe, expect, it } from 'vitest';
import { setLang } from '../../src/domain/i18n.js';
import { controlCharacters, FORBIDDEN_KEYS } from '../../src/domain/input-guard.js';
import { catalogue, check, type CheckInput, type CheckName, type Finding, RULES, type RuleId, ruleDef } from '../../src/domain/rules/index.js';
import { ANSWER } from './fixture.js';
import { remedyAct } from '../../src/domain/rules/document.js';

/** A check's own findings (key and params included), before they become violations. */
function run<I extends RuleId, C extends CheckName<I>>(id: I, name: C, input: CheckInput<I, C>): Finding[] {
  return (ruleDef(id).checks as Record<string, (x: unknown) => Finding[]>)[name]!(input);
}

describe('V-DOC-3 remedy clause', () => {
  const ORG = '某市人民政府';
  const REVIEW = `如不服本处理意见，可自收到本意见书之日起30日内向${ORG}申请复查，并提交复查申请书及有关材料。`;
  const REREVIEW = '如不服本复查意见，可自收到本复查意见书之日起30日内向某省人民政府申请复核，并提交复核申请书。';
  const remedy = (act: string, act_en: string) => ({ key: 'form_no_remedy_text', field: 'remedy_text', params: { act, act_en } });
  const REV = remedy('复查', 'review');
  const REREV = remedy('复核', 're-review');

  it.each([
    ['the full clause', REVIEW, []],
    ['the body missing from the text', REVIEW.replace(ORG, '上一级机关'), [REV]],
    ['no 30-day window', REVIEW.replace('30日', '三十天'), [REV]],
    ['no 申请复查', REVIEW.replace('申请复查', '反映'), [REV]],
    ['no materials to submit', REVIEW.replace('，并提交复查申请书及有关材料', ''), [REV]],
    ['only the materials', '请提交有关材料。', [REV]],
    ['a re-review clause on a review opinion', REREVIEW.replace('某省人民政府', ORG), [REV]],
  ])('review opinion, %s', (_, text, want) => {
    expect(run('V-DOC-3', 'text', { org: ORG, text, review: false })).toStrictEqual(want);
  });

  it('a re-review opinion needs 申请复核, not 申请复查', () => {
    expect(run('V-DOC-3', 'text', { org: '某省人民政府', text: REREVIEW, review: true })).toStrictEqual([]);
    expect(run('V-DOC-3', 'text', { org: '某省人民政府', text: REREVIEW.replace('申请复核', '申请复查'), review: true })).toStrictEqual([REREV]);
  });

  it('no next-level body: the field and label of the opinion it belongs to', () => {
    expect(run('V-DOC-3', 'text', { text: REVIEW, review: false })).toStrictEqual([
      { key: 'form_no_next_body', field: 'review_org_name', label: '复查机关', params: { act: '复查', act_en: 'review' } },
      REV,
    ]);
    expect(run('V-DOC-3', 'text', { text: REREVIEW, review: true })).toStrictEqual([
      { key: 'form_no_next_body', field: 'next_org_name', label: '复核机关', params: { act: '复核', act_en: 're-review' } },
      REREV,
    ]);
  });

  it('the English message names the re-review body', () => {
    setLang('en');
    try {
      expect(check('V-DOC-3', 'text', { text: REREVIEW, review: true }).map((v) => v.message)).toEqual([
        'the remedy clause must name the re-review body',
        'the opinion must contain the remedy clause: the re-review body, "30日" and the materials',
      ]);
    } finally {
      setLang('zh');
    }
  });

  it('a body or address still a placeholder in xf.config.json is named by its key', () => {
    const what = { what: '复查机关名称', what_en: 'review body' };
    const values = [
      { key: 'review_org_name', value: '（待填写）', ...what },
      { key: 'review_org_address', value: '  ', what: '复查机关地址', what_en: "review body's address" },
      { key: 'rereview_org_name', ...what },
      { key: 'rereview_org_address', value: '某省某市某路1号', ...what },
    ];
    expect(run('V-DOC-3', 'configured', { values })).toStrictEqual([
      { key: 'placeholder', field: 'xf.config.json:review_org_name', found: '（待填写）', params: { key: 'review_org_name', ...what } },
      { key: 'placeholder', field: 'xf.config.json:review_org_address', found: '  ', params: { key: 'review_org_address', what: '复查机关地址', what_en: "review body's address" } },
      { key: 'placeholder', field: 'xf.config.json:rereview_org_name', params: { key: 'rereview_org_name', ...what } },
    ]);
    expect(run('V-DOC-3', 'configured', { values: [values[3]!] })).toStrictEqual([]);
  });
});

describe('V-DOC-4 one outcome per request', () => {
  type Outcomes = CheckInput<'V-DOC-4', 'outcomes'>['outcomes'];
  const given = ANSWER.outcomes as Outcomes; // the fixture's outcome names are plain strings
  it('a request without an outcome, and an outcome for a request that does not exist', () => {
    const outcomes = [given[0]!, { ...given[1]!, request_seq: 3 }];
    expect(run('V-DOC-4', 'outcomes', { requests: ANSWER.requests, outcomes })).toStrictEqual([
      { key: 'outcomes_per_request', field: 'outcomes', found: '退费', params: { seq: 2, n: 0 } },
      { key: 'unknown_request', field: 'outcomes[1].request_seq', found: 3, params: { seq: 3 } },
    ]);
    expect(run('V-DOC-4', 'outcomes', { requests: ANSWER.requests, outcomes: given })).toStrictEqual([]);
  });
});

describe('V-DOC-5 finality clause', () => {
  const NO = [{ key: 'no_finality_clause', field: 'finality_clause' }];
  it.each([
    ['both parts', '信访人以同一事实和理由提出信访事项的，不再受理。', []],
    ['no 同一事实和理由', '对本复核意见不服的，不再受理。', NO],
    ['no 不再受理', '信访人以同一事实和理由提出信访事项的，告知其不予处理。', NO],
  ])('%s', (_, text, want) => {
    expect(run('V-DOC-5', 'text', { text })).toStrictEqual(want);
  });
});

describe("V-DOC-6 issued in the organ's name", () => {
  it.each([
    ['某市信访局信访处', true],
    ['某市人民政府办公室', true],
    ['某市某区某街道办事处', false],
    ['某市科技局', false],
    // 科 inside the name, but it ends as neither a division nor an organ suffix
    ['某市科技园区管委会', false],
  ])('%s → internal division: %s', (org, bad) => {
    expect(run('V-DOC-6', 'org', { org })).toStrictEqual(bad ? [{ key: 'internal_division', field: 'issuing_org_name', found: org }] : []);
  });
});

describe('V-DOC-7 document number', () => {
  it.each([
    ['某信字〔2026〕12号', true],
    ['某信字〔2026〕1号', true],
    ['某信字[2026]12号', false],
    ['某信字〔2026〕012号', false],
    ['某信字第〔2026〕12号', false],
    ['某信字〔26〕12号', false],
    // a zero right after a bracketed year anywhere, even inside the organ code
    ['某〔2026〕0字〔2026〕1号', false],
  ])('%s → valid: %s', (doc_no, ok) => {
    expect(run('V-DOC-7', 'doc_no', { doc_no, field: 'doc_no' })).toStrictEqual(ok ? [] : [{ key: 'bad_doc_no', field: 'doc_no', found: doc_no }]);
  });
  it.each([[''], [undefined], [2026], [null]])('%j is no number to check (the field list decides whether one is required)', (doc_no) => {
    expect(run('V-DOC-7', 'doc_no', { doc_no, field: 'doc_no' })).toStrictEqual([]);
  });
});

describe('V-DOC-10 legal basis of a non-acceptance notice', () => {
  const basis = [{ instrument: '《信访工作条例》', article: '第三十条' }];
  const none = (found: string, codes: string) => [{ key: 'no_legal_basis', field: 'legal_basis', found, params: { codes } }];
  it.each([
    ['every ground covered', basis, [], []],
    ['one ground without a basis beside a covered one', basis, ['NA01'], none('NA01', 'NA01')],
    ['two grounds without a basis', [], ['NA01', 'NA15'], none('NA01,NA15', 'NA01、NA15')],
    ['no basis at all', [], [], none('', '')],
  ])('%s', (_, b, uncovered, want) => {
    expect(run('V-DOC-10', 'basis', { basis: b, uncovered })).toStrictEqual(want);
  });
});

describe('V-NA-1 grounds of a decline', () => {
  it('at least one ground code; what was given is shown', () => {
    expect(run('V-NA-1', 'present', { codes: ['NA01'] })).toStrictEqual([]);
    expect(run('V-NA-1', 'present', {})).toStrictEqual([{ key: 'no_grounds', field: 'ground_codes' }]);
    expect(run('V-NA-1', 'present', { codes: [] })).toStrictEqual([{ key: 'no_grounds', field: 'ground_codes', found: [] }]);
    expect(run('V-NA-1', 'present', { codes: 'NA01' as never })).toStrictEqual([{ key: 'no_grounds', field: 'ground_codes', found: 'NA01' }]);
  });

  const INITIAL = { stage: '初次信访', stage_en: 'first petitions' };
  const REVIEW = { stage: '复查/复核申请', stage_en: 'review applications' };
  const wrong = (i: number, code: string, stage: object) => ({ key: 'wrong_stage', field: `ground_codes[${i}]`, found: code, params: { code, ...stage } });
  it.each([
    ['initial', false, ['NA01', 'NA07', 'NA13'], []],
    ['initial', false, ['NA05', 'NA10'], [wrong(1, 'NA10', INITIAL)]],
    ['initial', true, ['NA10'], [wrong(0, 'NA10', INITIAL)]], // an agent makes no review-only ground fit
    ['initial', false, ['NA14'], [wrong(0, 'NA14', INITIAL)]],
    ['initial', true, ['NA14'], []],
    ['review', false, ['NA10', 'NA07'], []],
    ['review', false, ['NA12', 'NA01'], [wrong(1, 'NA01', REVIEW)]],
    ['review', false, ['NA14'], [wrong(0, 'NA14', REVIEW)]],
  ] as const)('%s stage, via agent %s: %j', (stage, via_agent, codes, want) => {
    expect(run('V-NA-1', 'grounds', { codes, stage, via_agent })).toStrictEqual(want);
  });
});

describe('safe input', () => {
  it('V-PATH-1: a file name that is not one path segment', () => {
    const [f, ...rest] = run('V-PATH-1', 'segment', { name: 'a/b.pdf', field: 'form' });
    expect(rest).toEqual([]);
    expect(f).toStrictEqual({ key: 'segment', field: 'form', found: 'a/b.pdf', params: { detail: expect.stringContaining('路径分隔符') } });
    expect(run('V-PATH-1', 'segment', { name: 'b.pdf', field: 'form' })).toStrictEqual([]);
  });

  it.each([
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['1949-01-01', false],
    ['2099-12-31', false],
    // only a whole YYYY-MM-DD is judged here; other shapes are the schema's to refuse
    ['1900-01-01T08:00:00', false],
    ['11900-01-01', false],
  ])('V-DATE-1: %s out of range: %s', (date, bad) => {
    expect(run('V-DATE-1', 'range', { date, field: 'received_date', min: 1949, max: 2099 })).toStrictEqual(
      bad ? [{ key: 'range', field: 'received_date', found: date, params: { min: 1949, max: 2099 } }] : [],
    );
  });

  it.each([
    ['2026-11-22', '2026-11-21', true],
    ['2026-11-21', '2026-11-21', false],
    ['2027-01-01', undefined, false],
    ['2027-01-01', '', false], // no known today, nothing to compare with
    [['2027-01-01'], '2026-11-21', false], // not a date string: the schema's to refuse
  ])('V-DATE-2: received %j, today %j → future: %s', (received, today, bad) => {
    expect(run('V-DATE-2', 'received', { received, ...(today === undefined ? {} : { today }) })).toStrictEqual(
      bad ? [{ key: 'future', field: 'received_date', found: received, params: { today: today! } }] : [],
    );
  });

  it('V-TEXT-1: every control found, by code point', () => {
    expect(run('V-TEXT-1', 'controls', { text: 'a\u0007b\u202Ec', field: 'facts_text', controls: controlCharacters })).toStrictEqual([
      { key: 'controls', field: 'facts_text', params: { chars: 'U+0007 U+202E' } },
    ]);
    expect(run('V-TEXT-1', 'controls', { text: 'abc', field: 'facts_text', controls: controlCharacters })).toStrictEqual([]);
  });

  it('V-TEXT-2: the unprintable characters in both languages', () => {
    expect(run('V-TEXT-2', 'printable', { value: 'a\u{e9}\u{20000}', field: 'petitioners[0].name', label: '姓名', missing: ['\u{e9}', '\u{20000}'] })).toStrictEqual([
      {
        key: 'unprintable',
        field: 'petitioners[0].name',
        label: '姓名',
        found: 'a\u{e9}\u{20000}',
        params: { chars: '\u{e9}（U+00E9）、\u{20000}（U+20000）', chars_en: '\u{e9} (U+00E9), \u{20000} (U+20000)' },
      },
    ]);
  });

  it('V-INPUT-1: a forbidden key by name, an empty one by the whole path', () => {
    expect(run('V-INPUT-1', 'keys', { keys: ['a', '__proto__'], field: 'x', forbidden: FORBIDDEN_KEYS })).toStrictEqual([
      { key: 'forbidden_key', field: 'x', found: '__proto__', params: { key: '__proto__' } },
    ]);
    expect(run('V-INPUT-1', 'keys', { keys: ['a', '', 'b'], field: 'x', forbidden: FORBIDDEN_KEYS })).toStrictEqual([{ key: 'empty_key', field: 'x', found: 'a..b' }]);
    expect(run('V-INPUT-1', 'keys', { keys: ['a', 'b'], field: 'x', forbidden: FORBIDDEN_KEYS })).toStrictEqual([]);
  });

  it.each([
    [-1, []],
    [0, [{ key: 'not_utf8', field: '(file)', found: 'byte 0' }]],
    [17, [{ key: 'not_utf8', field: '(file)', found: 'byte 17' }]],
  ])('V-ENC-1: first bad byte at %i', (offset, want) => {
    expect(run('V-ENC-1', 'utf8', { offset })).toStrictEqual(want);
  });
});

describe('FONT missing glyphs', () => {
  it('names each missing character once, by its upper-case four-digit code point', () => {
    expect(run('FONT', 'glyphs', { text: 'a\u{e9}a\u{e9}', has: (ch) => ch === 'a' })).toStrictEqual([
      { key: 'missing_glyph', field: '(template)', found: '\u{e9}', params: { ch: '\u{e9}', cp: 'U+00E9' } },
    ]);
  });

  it("names the character at every source holding it, through the caller's place; one in no source is the template's own", () => {
    let asked = 0;
    const sources = () => {
      asked++;
      return [
        ['case.petitioners[0].name', '赵𰀀'],
        ['case.petitioners[1].name', '钱𰀀'],
        ['case.summary', '无'],
      ] as const;
    };
    const place = (p: string) => ({ field: p.replace(/^case\./, ''), label: `L:${p}` });
    expect(run('FONT', 'glyphs', { text: '赵𰀀 钱𰀀 〇', has: (ch) => !'𰀀〇'.includes(ch), sources, place })).toStrictEqual([
      { key: 'missing_glyph', field: 'petitioners[0].name', label: 'L:case.petitioners[0].name', found: '𰀀', params: { ch: '𰀀', cp: 'U+30000' } },
      { key: 'missing_glyph', field: 'petitioners[1].name', label: 'L:case.petitioners[1].name', found: '𰀀', params: { ch: '𰀀', cp: 'U+30000' } },
      { key: 'missing_glyph', field: '(template)', label: 'L:(template)', found: '〇', params: { ch: '〇', cp: 'U+3007' } },
    ]);
    expect(asked).toBe(1);
    expect(run('FONT', 'glyphs', { text: '赵钱', has: () => true, sources, place })).toStrictEqual([]);
    expect(asked).toBe(1);
  });
});

describe('V-CAL-2 closing on a provisional window', () => {
  it.each([
    [{ provisional: true, due: '2027-02-01' }, [{ key: 'unconfirmed', field: 'confirm_calendar', params: { due: '2027-02-01' } }]],
    [{ provisional: true }, [{ key: 'unconfirmed', field: 'confirm_calendar', params: { due: '' } }]],
    [{ provisional: true, due: '2027-02-01', confirmed: true }, []],
    [{ provisional: false, due: '2027-02-01' }, []],
  ])('%j', (input, want) => {
    expect(run('V-CAL-2', 'confirm', input)).toStrictEqual(want);
  });
});

describe('catalogue, built inside the test', () => {
  it('every rule once, whether enforced, and each message’s own severity or the rule’s', () => {
    const cat = catalogue();
    expect(cat.map((e) => e.id).sort()).toEqual(Object.keys(RULES).sort());
    expect(cat.find((e) => e.id === 'V-DOC-9')).toMatchObject({ area: 'document', enforced: true });
    expect(cat.find((e) => e.id === 'V-ARC-2')).toMatchObject({ area: 'archive', enforced: false });
    const na1 = cat.find((e) => e.id === 'V-NA-1')!.messages;
    expect(na1.late_needs_na10!.severity).toBe('warning');
    expect(na1.no_grounds!.severity).toBe('error');
  });
});

describe('remedyAct: the remedy a first or a review opinion offers', () => {
  it('names the act in both languages and the config keys of the body that hears it', () => {
    expect(remedyAct(false)).toEqual({ act: '复查', act_en: 'review', config: 'review' });
    expect(remedyAct(true)).toEqual({ act: '复核', act_en: 're-review', config: 'rereview' });
  });
});
