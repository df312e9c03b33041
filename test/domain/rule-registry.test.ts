// The rule registry's machinery (src/domain/rules/index.ts): message formatting, languages, the
// violation a raise or a check produces, and the catalogue `xf rules list` prints.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/domain/i18n.js';
import { AREAS, catalogue, check, findingsToViolations, fmt, isRuleId, RULES, ruleLabel, ruleMessage, violate } from '../../src/domain/rules/index.js';

afterEach(() => setLang('zh'));

describe('fmt', () => {
  it.each([
    ['不得超过{max}日', { max: 30 }, '不得超过30日'],
    ['{a}-{b}-{a}', { a: 1, b: 'x' }, '1-x-1'],
    ['{missing} stays', {}, '{missing} stays'],
    ['{zero}', { zero: 0 }, '0'],
    ['no params', undefined, 'no params'],
    ['{with-dash}', { 'with-dash': 1 }, '{with-dash}'], // only word characters name a parameter
  ])('%s with %j → %s', (text, params, out) => {
    expect(fmt(text, params)).toBe(out);
  });
});

describe('messages and labels', () => {
  it('follow the current language', () => {
    expect(ruleMessage('V-DOC-9', 'too_long', { max: 30 })).toBe('延长期限不得超过30日');
    expect(ruleLabel('V-DOC-9')).toBe('延期办理');
    setLang('en');
    expect(ruleMessage('V-DOC-9', 'too_long', { max: 60 })).toBe('an extension may not exceed 60 days');
    expect(ruleLabel('V-DOC-9')).toBe('extension of the handling period');
  });

  it('an unknown message key is a programming error, not a silent blank', () => {
    expect(() => ruleMessage('V-DOC-9', 'nope' as never)).toThrow('rule V-DOC-9 has no message nope');
    expect(() => check('V-DOC-9', 'nope' as never, {} as never)).toThrow('rule V-DOC-9 has no check nope');
    expect(() => check('V-ARC-2', 'x' as never, {} as never)).toThrow('rule V-ARC-2 has no check x');
  });

  it('isRuleId knows the registry and nothing from Object.prototype', () => {
    expect(isRuleId('V-DOC-9')).toBe(true);
    expect(isRuleId('SCHEMA')).toBe(true);
    expect(isRuleId('V-NOPE-1')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId('__proto__')).toBe(false);
  });
});

describe('violate', () => {
  it("takes the message's label and the rule's severity, and found only when given", () => {
    expect(violate('V-DOC-9', 'too_long', { field: 'extension_days', params: { max: 30 } })).toEqual({
      rule: 'V-DOC-9',
      field: 'extension_days',
      label: '延长天数',
      severity: 'error',
      message: '延长期限不得超过30日',
    });
    expect(violate('V-DOC-9', 'once', { field: 'x', found: 0 })).toMatchObject({ found: 0, label: '延期办理' });
    expect('found' in violate('V-DOC-9', 'once', { field: 'x', found: undefined })).toBe(false);
  });

  it("the caller's label wins; a message without a label gives an empty one", () => {
    expect(violate('V-DOC-9', 'once', { field: 'x', label: '我的标签' }).label).toBe('我的标签');
    expect(violate('STAGE', 'not_reached', { field: 'x', params: { title: 't', id: 'i', status: 's' } }).label).toBe('');
  });

  it("a message's own severity overrides the rule's, both ways", () => {
    expect(violate('V-CASE-6', 'legal_route_on_accept', { field: 'claim_route' }).severity).toBe('warning');
    expect(violate('V-CASE-6', 'route_missing', { field: 'claim_route' }).severity).toBe('error');
    expect(violate('V-CASE-8', 'online_type_missing', { field: 'online_type' }).severity).toBe('warning');
  });
});

describe('findingsToViolations / check', () => {
  it('puts each finding at the prefix, with its found value, params and label', () => {
    const vs = findingsToViolations(
      'V-DOC-9',
      [
        { key: 'too_long', field: 'extension_days', found: 90, params: { max: 30 } },
        { key: 'once', label: '另一个' },
      ],
      { prefix: 'details.' },
    );
    expect(vs).toEqual([
      { rule: 'V-DOC-9', field: 'details.extension_days', label: '延长天数', severity: 'error', message: '延长期限不得超过30日', found: 90 },
      { rule: 'V-DOC-9', field: 'details.', label: '另一个', severity: 'error', message: '办理期限只能延长一次' },
    ]);
  });

  it("the caller's label overrides a finding's", () => {
    expect(findingsToViolations('V-DOC-9', [{ key: 'once', field: 'f', label: '发现的' }], { label: '调用者的' })[0]!.label).toBe('调用者的');
    expect(findingsToViolations('V-DOC-9', [{ key: 'once' }])[0]!.field).toBe('');
  });

  it('check runs the named check and reports what it found', () => {
    expect(check('V-CASE-8', 'file', { c: { channel: 'online' } } as never).map((v) => [v.rule, v.field, v.severity])).toEqual([['V-CASE-8', 'online_type', 'warning']]);
    expect(check('V-CASE-8', 'file', { c: { channel: 'online', online_type: 'general' } } as never)).toEqual([]);
    expect(check('V-CASE-8', 'file', { c: { channel: 'letter' } } as never, { prefix: 'x.' })).toEqual([]);
    expect(check('V-CASE-8', 'file', { c: { channel: 'online' } } as never, { prefix: 'file.' })[0]!.field).toBe('file.online_type');
  });
});

describe('catalogue', () => {
  const cat = catalogue();

  it('lists every rule once, area by area in the registry order', () => {
    expect(cat.map((e) => e.id).sort()).toEqual(Object.keys(RULES).sort());
    const areas = [...new Set(cat.map((e) => e.area))];
    expect(areas).toEqual(Object.keys(AREAS));
    expect(cat[0]!.area).toBe('case');
    expect(cat.filter((e) => e.area === 'input').map((e) => e.id)).toEqual(Object.keys(AREAS.input));
  });

  it('each entry carries labels, source, severity, where it applies, whether it is enforced, and its messages in both languages', () => {
    const doc9 = cat.find((e) => e.id === 'V-DOC-9')!;
    expect(doc9).toMatchObject({ area: 'document', label_zh: '延期办理', label_en: 'extension of the handling period', source: 'XFGZ §34; SPEC §5.1 R8', severity: 'error', enforced: true });
    expect(doc9.applies).toEqual(['event:extend', 'form', 'deadline']);
    expect(doc9.messages.too_long).toEqual({ zh: '延长期限不得超过{max}日', en: 'an extension may not exceed {max} days', severity: 'error' });
    expect(cat.find((e) => e.id === 'V-ARC-2')).toMatchObject({ enforced: false, messages: {} });
    expect(cat.find((e) => e.id === 'V-CASE-6')!.messages.legal_route_on_accept!.severity).toBe('warning');
  });
});
