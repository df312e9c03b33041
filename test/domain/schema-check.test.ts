// Structural checks (src/domain/schema-check.ts) and the office configuration (src/domain/config.ts):
// each schema fault becomes one SCHEMA violation naming the field path, its label and the found value.
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { OfficeConfig, PLACEHOLDER, REVIEW_BODY_KEYS, defaultConfig, isPlaceholder } from '../../src/domain/config.js';
import type { GroundCode } from '../../src/domain/enums.js';
import { GROUND_BASIS, noticeBasis } from '../../src/domain/grounds.js';
import { setLang } from '../../src/domain/i18n.js';
import { checker, fits, pointerToField, schemaViolations } from '../../src/domain/schema-check.js';
import { feeFieldViolations, isConfidential, withoutFeeFields } from '../../src/domain/validate-case.js';

describe('pointerToField', () => {
  it('has no prefix by default', () => {
    expect(pointerToField('/a/0')).toBe('a[0]');
    expect(pointerToField('')).toBe('(root)');
  });
  it.each([
    ['/petitioners/0/id_doc_no', '', 'petitioners[0].id_doc_no'],
    ['/a/b', '', 'a.b'],
    ['/0/1', '', '[0][1]'],
    ['', '', '(root)'],
    ['', 'details', 'details'],
    ['/x', 'details', 'details.x'],
    ['/2', 'xs', 'xs[2]'],
    ['/a~1b/c~0d', '', 'a/b.c~d'],
    ['/a~01', '', 'a~1'], // ~01 is "~1" escaped, not "/"
  ])('%j (prefix %j) → %s', (p, prefix, out) => {
    expect(pointerToField(p, prefix)).toBe(out);
  });
});

const S = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 4, title: '姓名' }),
    code: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', title: '代码' })),
    day: Type.Optional(Type.String({ format: 'date', title: '日期' })),
    kind: Type.Optional(Type.Union([Type.Literal('a'), Type.Literal('b')], { title: '种类' })),
    mixed: Type.Optional(Type.Union([Type.String(), Type.Number()], { title: '混合' })),
    tags: Type.Optional(Type.Array(Type.String(), { minItems: 1, uniqueItems: true, title: '标签' })),
    flag: Type.Optional(Type.Boolean({ title: '标志' })),
    count: Type.Optional(Type.Integer({ minimum: 1, title: '数量' })),
    sub: Type.Optional(Type.Object({ x: Type.String({ title: '子项' }) }, { additionalProperties: false, title: '子对象' })),
    lit: Type.Optional(Type.Literal(3, { title: '常量' })),
    num: Type.Optional(Type.Number({ title: '数值' })),
  },
  { additionalProperties: false, title: '测试' },
);

describe('schemaViolations', () => {
  const one = (value: unknown) => {
    const vs = schemaViolations(S, value);
    return vs.map((v) => ({ rule: v.rule, field: v.field, label: v.label, message: v.message, severity: v.severity, ...('found' in v ? { found: v.found } : {}) }));
  };

  it('a valid value has none', () => {
    expect(schemaViolations(S, { name: '王', code: 'AB', day: '2026-01-05', kind: 'a', tags: ['x'], flag: true, count: 2, sub: { x: 'y' }, lit: 3 })).toEqual([]);
  });

  it.each([
    [{}, 'name', '姓名', '必填项缺失', undefined],
    [{ name: '王', extra: 1 }, 'extra', '测试', '不认识的字段（请检查拼写）', 1],
    [{ name: '王', code: 'abc' }, 'code', '代码', '格式不符（应匹配 ^[A-Z]{2}$）', 'abc'],
    [{ name: '王', day: '2026-02-30' }, 'day', '日期', '日期格式应为 YYYY-MM-DD 且为真实日期', '2026-02-30'],
    [{ name: '' }, 'name', '姓名', '不得为空', ''],
    [{ name: '王五六七八' }, 'name', '姓名', '不得超过 4 字', '王五六七八'],
    [{ name: '王', kind: 'c' }, 'kind', '种类', '取值应为：a / b', 'c'],
    [{ name: '王', mixed: true }, 'mixed', '混合', '取值不符', true],
    [{ name: '王', tags: [] }, 'tags', '标签', '至少应有 1 项', []],
    [{ name: '王', tags: ['x', 'x'] }, 'tags', '标签', '不得重复', ['x', 'x']],
    [{ name: '王', flag: 'yes' }, 'flag', '标志', '应为 true 或 false', 'yes'],
    [{ name: '王', count: 1.5 }, 'count', '数量', '应为整数', 1.5],
    [{ name: '王', count: 0 }, 'count', '数量', '不得小于 1', 0],
    [{ name: 5 }, 'name', '姓名', '应为文字', 5],
    [{ name: '王', tags: 'x' }, 'tags', '标签', '应为列表', 'x'],
    [{ name: '王', sub: 'x' }, 'sub', '子对象', '应为对象（键: 值）', 'x'],
    [{ name: '王', lit: 4 }, 'lit', '常量', '应为 3', 4],
  ])('%j → %s: %s', (value, field, label, message, found) => {
    const vs = one(value);
    expect(vs[0]).toEqual({ rule: 'SCHEMA', field, label, message, severity: 'error', ...(found === undefined ? {} : { found }) });
  });

  it('other faults keep the validator’s own message', () => {
    const vs = one({ name: '王', num: 'x' });
    expect(vs).toHaveLength(1);
    expect(vs[0]!.field).toBe('num');
    expect(vs[0]!.message.length).toBeGreaterThan(0);
    expect(vs[0]!.found).toBe('x');
  });

  it('a missing field carries no found value', () => {
    expect('found' in one({})[0]!).toBe(false);
  });

  it('one violation per field path: the first, most telling, message wins', () => {
    const vs = one({ name: '', code: 'a', extra: 1 });
    expect(vs.map((v) => v.field).sort()).toEqual(['code', 'extra', 'name']);
    expect(new Set(vs.map((v) => v.field)).size).toBe(vs.length);
  });

  it('a child is reported under the prefix, with its own label', () => {
    const vs = schemaViolations(S, { name: '王', sub: { x: 1 } }, 'details');
    expect(vs.map((v) => [v.field, v.label])).toEqual([['details.sub.x', '子项']]);
    expect(schemaViolations(S, 'x', 'details').map((v) => v.field)).toEqual(['details']);
    expect(schemaViolations(Type.Array(Type.String()), [1]).map((v) => [v.field, v.label])).toEqual([['[0]', '']]);
  });

  it('messages follow the language', () => {
    setLang('en');
    try {
      expect(one({})[0]!.message).toBe('required field is missing');
      expect(one({ name: '王', kind: 'c' })[0]!.message).toBe('must be one of: a / b');
    } finally {
      setLang('zh');
    }
  });

  it('compiles each schema once', () => {
    expect(checker(S)).toBe(checker(S));
    expect(checker(S).Check({ name: '王' })).toBe(true);
  });

  it('fits: the first check of a schema (interpreted) and later ones (compiled) give the same answers', () => {
    const T = Type.Object({ d: Type.String({ format: 'date' }), n: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });
    const values = [{ d: '2026-02-28' }, { d: '2026-02-30' }, { d: '2026-03-01', n: 0 }, { d: '2026-03-01', x: 1 }, {}];
    const first = values.map((v) => {
      const fresh = Type.Object(T.properties, { additionalProperties: false }); // a schema not seen before: interpreted
      return fits(fresh, v);
    });
    expect(first).toEqual([true, false, false, false, false]);
    fits(T, values[0]);
    expect(values.map((v) => fits(T, v))).toEqual(first); // compiled from the second check on
  });
});

describe('office configuration', () => {
  it('the default configuration is valid against its own schema', () => {
    expect(schemaViolations(OfficeConfig, defaultConfig())).toEqual([]);
    expect(defaultConfig().office_name).toBe('某市某区人民政府信访局');
    expect(defaultConfig('某县信访局')).toMatchObject({ office_name: '某县信访局', fonds_no: 'X001', org_short: 'XX', is_xf_bureau: false, rule_packs: ['national_2022'] });
    expect(defaultConfig().archive).toEqual({ mode: 'item', order: 'conclusion_first', category_code: 'WS', org_or_issue_code: 'XFB' });
    for (const k of REVIEW_BODY_KEYS) expect(isPlaceholder(defaultConfig()[k])).toBe(false);
  });

  it.each([
    [undefined, true],
    ['', true],
    ['   ', true],
    [PLACEHOLDER, true],
    ['某市（待填写）', true],
    ['某市人民政府', false],
  ])('isPlaceholder(%j) = %s', (v, yes) => {
    expect(isPlaceholder(v)).toBe(yes);
  });
});

describe('non-acceptance grounds and their legal basis', () => {
  // SPEC §6.4.3: the national articles verified for each ground (the others must be typed in)
  it.each([
    ['NA01', '第三十一条'],
    ['NA03', '第二十二条第二款'],
    ['NA04', '第二十条第二款'],
    ['NA05', '第二十三条第一款'],
    ['NA06', '第十九条第三款'],
    ['NA07', '第三十六条第三款'],
    ['NA10', '第三十五条、第三十六条'],
  ])('%s cites 《信访工作条例》%s', (code, article) => {
    expect(noticeBasis([code as GroundCode])).toEqual({ basis: [{ instrument: '《信访工作条例》', article }], uncovered: [] });
  });
  it('grounds without a verified article are uncovered', () => {
    for (const c of ['NA02', 'NA08', 'NA09', 'NA11', 'NA12', 'NA13', 'NA14', 'NA15']) expect(noticeBasis([c as GroundCode]).uncovered).toEqual([c]);
    expect(Object.keys(GROUND_BASIS).sort()).toEqual(['NA01', 'NA03', 'NA04', 'NA05', 'NA06', 'NA07', 'NA10']);
  });

  it('the basis given in the details wins', () => {
    const given = [{ instrument: '《某省信访条例》', article: '第十条' }];
    expect(noticeBasis(['NA01', 'NA02'], given)).toEqual({ basis: given, uncovered: [] });
  });

  it('else each ground brings its own article, once; grounds without one are uncovered', () => {
    expect(noticeBasis(['NA01', 'NA02', 'NA05', 'NA01'] as GroundCode[], [])).toEqual({
      basis: [GROUND_BASIS.NA01, GROUND_BASIS.NA05],
      uncovered: ['NA02'],
    });
    expect(noticeBasis(['NA01'])).toEqual({ basis: [{ instrument: '《信访工作条例》', article: '第三十一条' }], uncovered: [] });
    expect(noticeBasis([])).toEqual({ basis: [], uncovered: [] });
  });

  it('two grounds citing the same instrument but different articles give two entries', () => {
    expect(noticeBasis(['NA03', 'NA04'] as GroundCode[]).basis.map((b) => b.article)).toEqual(['第二十二条第二款', '第二十条第二款']);
  });
});

describe('case-file helpers', () => {
  it('withoutFeeFields drops fee keys at any depth, keeps everything else', () => {
    const raw = { a: 1, fee: 2, authorization: { free_of_charge_statement: true, agency_fee: 3, xs: [{ 费用: 4, ok: 'y' }] }, n: null };
    expect(withoutFeeFields(raw)).toEqual({ a: 1, authorization: { free_of_charge_statement: true, xs: [{ ok: 'y' }] }, n: null });
    expect(withoutFeeFields('x')).toBe('x');
    expect(withoutFeeFields([{ price: 1 }])).toEqual([{}]);
  });

  it('feeFieldViolations raises V-AG-4 on the raw input', () => {
    expect(feeFieldViolations({ authorization: { agency_fee: 3 } }).map((v) => [v.rule, v.field])).toEqual([['V-AG-4', 'authorization.agency_fee']]);
    expect(feeFieldViolations({ authorization: { free_of_charge_statement: true } })).toEqual([]);
  });

  it.each([
    [{ category: 'accusation' }, true],
    [{ category: 'claim', confidential: true }, true],
    [{ category: 'claim', confidentiality_requested: true }, true],
    [{ category: 'claim', confidential: false }, false],
    [{ category: 'suggestion' }, false],
  ])('isConfidential(%j) = %s', (c, yes) => {
    expect(isConfidential(c as never)).toBe(yes);
  });
});
