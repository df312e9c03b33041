// The small pure helpers of src/domain: resident ID numbers, Chinese date and number printing,
// path-segment safety, language choice, canonical JSON, errors, petitioner naming, the published schema.
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical-json.js';
import { petitionerDisplayName, petitionerPronoun } from '../../src/domain/case.js';
import { CASE_SCHEMA_ID } from '../../src/domain/case-schema.js';
import { validationError, type Violation, XfError } from '../../src/domain/errors.js';
import { codePoint, formatDateTimeZh, formatDateZh, formatMonthZh, numberZh, weekdayZh } from '../../src/domain/format.js';
import { detectLang, lang, setLang, t } from '../../src/domain/i18n.js';
import { idCheckChar, makeResidentId, residentIdProblem } from '../../src/domain/idcard.js';
import { caseNoProblem, relativePathProblem, segmentProblem } from '../../src/domain/path-safety.js';
import { caseJsonSchema } from '../../src/domain/published-schema.js';

describe('resident ID numbers (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', undefined], // the standard's own example, check character X
    ['11010519491231002x', undefined], // a lower-case x is the same check character
    ['110105194912310021', 'check_digit'],
    ['11010519491231002', 'format'], // 17 characters
    ['1101051949123100211', 'format'], // 19 characters
    ['11010519491231002Y', 'format'],
    ['X10105194912310020', 'format'],
    [' 11010519491231002X', 'format'],
    ['110105194902300020', 'birth_date'], // 30 February
    ['110105189912310020', 'birth_date'], // 1899: before 1900-01-01
  ])('%s → %s', (id, problem) => {
    expect(residentIdProblem(id)).toBe(problem);
  });

  it('the check character is ISO 7064 MOD 11-2 over all 17 digits', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('44052418800101001')).toBe('4');
    expect(idCheckChar('00000000000000000')).toBe('1'); // sum 0 → CHECK[0]
    // the last digit has weight 2: changing it changes the check character
    expect(idCheckChar('11010519491231003')).not.toBe('X');
  });

  it('1900-01-01 is the first birth date accepted', () => {
    expect(residentIdProblem(makeResidentId('110105', '1900-01-01', 1))).toBeUndefined();
  });

  it('makeResidentId builds region + birth date + 3-digit sequence + check character', () => {
    const id = makeResidentId('370102', '1990-07-05', 1042);
    expect(id.slice(0, 17)).toBe('37010219900705042');
    expect(id).toHaveLength(18);
    expect(residentIdProblem(id)).toBeUndefined();
    expect(makeResidentId('370102', '1990-07-05', 7).slice(14, 17)).toBe('007');
  });
});

describe('Chinese dates and numbers (GB/T 9704 7.3.5)', () => {
  it.each([
    ['2026-03-05', '2026年3月5日'],
    ['2026-12-31', '2026年12月31日'],
    [undefined, ''],
    ['', ''],
  ])('formatDateZh(%j) = %j', (d, out) => {
    expect(formatDateZh(d)).toBe(out);
  });

  it.each([
    ['1958-04', '1958年4月'],
    ['1958-11', '1958年11月'],
    ['1958', '1958'], // not a month: shown as given
    ['1958-04-01', '1958-04-01'],
    ['x1958-04', 'x1958-04'],
    [undefined, ''],
  ])('formatMonthZh(%j) = %j', (m, out) => {
    expect(formatMonthZh(m)).toBe(out);
  });

  it.each([
    ['2027-01-26 09:30', undefined, '2027年1月26日9时30分'],
    ['2027-01-26T14:00', undefined, '2027年1月26日14时'],
    ['2027-01-26', undefined, '2027年1月26日'],
    ['2027-01-26 11:45', '2027-01-26 09:30', '11时45分'], // the same day as the start: time only
    ['2027-01-27 09:05', '2027-01-26 09:30', '2027年1月27日9时5分'],
    ['上午九时', undefined, '上午九时'], // not a date and time: shown as written
    [undefined, undefined, ''],
  ])('formatDateTimeZh(%j, %j) = %j', (s, ref, out) => {
    expect(formatDateTimeZh(s, ref)).toBe(out);
  });

  it.each([
    ['2026-03-01', '周日'],
    ['2026-03-02', '周一'],
    ['2026-03-07', '周六'],
  ])('weekdayZh(%s) = %s', (d, out) => {
    expect(weekdayZh(d)).toBe(out);
  });

  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '100'],
    [-1, '-1'],
  ])('numberZh(%i) = %s', (n, out) => {
    expect(numberZh(n)).toBe(out);
  });
});

describe('code points in messages', () => {
  it.each([
    ['\u0007', 'U+0007'],
    ['é', 'U+00E9'],
    ['\u202e', 'U+202E'],
    ['𰀀', 'U+30000'],
    ['𠮷x', 'U+20BB7'],
  ])('codePoint(%j) = %s: upper case, at least four digits, the first character only', (ch, out) => {
    expect(codePoint(ch)).toBe(out);
  });
});

describe('path safety (V-PATH-1, V-ATT-1)', () => {
  it.each([
    ['2026-0001', true],
    ['L0000001', true],
    ['a', true],
    ['A'.repeat(32), true],
    ['A'.repeat(33), false],
    ['-2026', false],
    ['../../evil', false],
    ['2026/0001', false],
    ['2026\\0001', false],
    ['2026\u00000001', false],
    ['2026 0001', false],
    ['', false],
    ['.', false],
    ['..', false],
    [42, false],
    [undefined, false],
  ])('caseNoProblem(%j) → ok=%s', (v, ok) => {
    expect(caseNoProblem(v) === undefined).toBe(ok);
  });

  it("an office's pattern replaces the default but cannot let a path through", () => {
    const yearly = '^[0-9]{4}-[0-9]{4,6}$';
    expect(caseNoProblem('2026-0001', yearly)).toBeUndefined();
    expect(caseNoProblem('L0000001', yearly)).toBeDefined();
    expect(caseNoProblem('../x', '.*')).toBeDefined();
    expect(caseNoProblem('..', '.*')).toBeDefined();
    expect(caseNoProblem('案件一', '^\\p{Script=Han}+$')).toBeUndefined(); // the pattern is read with the u flag
    // a broken pattern falls back to the default rather than throwing
    expect(caseNoProblem('2026-0001', '([')).toBeUndefined();
    expect(caseNoProblem('../x', '([')).toBeDefined();
    expect(caseNoProblem('a b', '([')).toBeDefined();
  });

  it('the message names the pattern the number failed', () => {
    setLang('en');
    try {
      expect(caseNoProblem('x y', '^x$')).toBeDefined();
      expect(caseNoProblem('xy', '^x$')).toContain('^x$');
    } finally {
      setLang('zh');
    }
  });

  it.each([
    ['report.pdf', true],
    ['信访事项.docx', true],
    ['a..b', true],
    ['.hidden', true],
    ['x'.repeat(200), true],
    ['x'.repeat(201), false],
    ['字'.repeat(66), true], // 198 bytes
    ['字'.repeat(67), false], // 201 bytes: the limit is in UTF-8 bytes, not characters
    ['', false],
    ['.', false],
    ['..', false],
    ['a/b', false],
    ['a\\b', false],
    ['a\u0000', false],
    ['a\u001f', false],
    ['a\u007f', false],
    ['a\u009f', false],
    ['a\u00a0', true],
  ])('segmentProblem(%j) → ok=%s', (name, ok) => {
    expect(segmentProblem(name) === undefined).toBe(ok);
  });

  it.each([
    ['scan/page1.png', true],
    ['a..b/c', true],
    ['./x.pdf', true],
    ['scan/c:x.pdf', true], // a drive letter only counts at the start
    ['', false],
    [undefined, false],
    [7, false],
    ['/etc/passwd', false],
    ['\\\\server\\share\\x', false],
    ['\\x', false],
    ['C:\\x', false],
    ['c:x', false],
    ['scan/../../x', false],
    ['..', false],
    ['scan\\..\\x', false],
    ['x\u0000y', false],
    ['x\ny', false],
    ['x\u0085y', false],
  ])('relativePathProblem(%j) → ok=%s', (p, ok) => {
    expect(relativePathProblem(p) === undefined).toBe(ok);
  });
});

describe('language', () => {
  afterEach(() => setLang('zh'));

  it.each([
    ['en', 'en'],
    ['EN_US.UTF-8', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh'],
    ['zh_CN.UTF-8', 'zh'],
    ['fr', 'zh'],
    ['', 'zh'],
    [undefined, 'zh'],
  ])('detectLang(%j) = %s', (v, out) => {
    expect(detectLang(v)).toBe(out);
  });

  it('t() picks the current language', () => {
    setLang('en');
    expect(lang()).toBe('en');
    expect(t('中文', 'English')).toBe('English');
    setLang('zh');
    expect(lang()).toBe('zh');
    expect(t('中文', 'English')).toBe('中文');
  });
});

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys and drops insignificant whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });
  it('refuses a value that has no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow('value cannot be canonicalized');
  });
});

describe('errors', () => {
  const v = (severity: Violation['severity']): Violation => ({ rule: 'V-X', field: 'f', label: 'l', message: 'm', severity });

  it('XfError carries code, violations and details, with defaults', () => {
    const e = new XfError('IO', 'disk full');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message, e.violations, e.details]).toEqual(['XfError', 'IO', 'disk full', [], {}]);
  });

  it('validationError counts only the errors, not the warnings', () => {
    setLang('en');
    try {
      const e = validationError('case file', [v('error'), v('warning'), v('error')]);
      expect(e.code).toBe('VALIDATION');
      expect(e.violations).toHaveLength(3);
      expect(e.message).toBe('case file: 2 error(s); nothing was written');
    } finally {
      setLang('zh');
    }
    expect(validationError('信访件', [v('warning'), v('error')]).message).toContain('1 处错误');
  });
});

describe('petitioner naming', () => {
  const p = (name: string, party_type = 'natural') => ({ name, party_type }) as never;

  it.each([
    [[p('张三')], undefined, '张三', '你'],
    [[p('张三')], 1, '张三', '你'],
    [[p('张三')], 5, '张三等5人', '你们'],
    [[p('张三'), p('李四')], undefined, '张三等2人', '你们'],
    [[p('张三'), p('李四'), p('王五')], 2, '张三等3人', '你们'],
    [[p('某公司', 'legal_person')], undefined, '某公司', '你单位'],
    [[], undefined, '', '你'],
  ])('%j, count %j → %s / %s', (petitioners, petitioner_count, name, pronoun) => {
    const c = { petitioners, petitioner_count } as never;
    expect(petitionerDisplayName(c)).toBe(name);
    expect(petitionerPronoun(c)).toBe(pronoun);
  });
});

describe('published case schema', () => {
  it('is draft 2020-12 with the case schema id, plain JSON (no TypeBox symbols)', () => {
    const s = caseJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(CASE_SCHEMA_ID);
    expect(s.type).toBe('object');
    expect(Object.getOwnPropertySymbols(s)).toEqual([]);
    expect(String(s.description)).toMatch(/^xf case file/);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
