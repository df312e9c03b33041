// Hostile or careless input (src/domain/input-guard.ts and the safe-input rules it raises):
// prototype keys, depth and cycles, implausible dates, controls, blank or unprintable names.
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../src/domain/errors.js';
import { MAX_DEPTH, caseInputViolations, controlCharacters, normaliseIdNumbers, structureViolations, textViolations } from '../../src/domain/input-guard.js';
import { key } from './fixture.js';

const keys = (vs: Violation[]) => vs.map(key).sort();
const nest = (n: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};

describe('structureViolations', () => {
  it('a plain value passes', () => {
    expect(structureViolations({ a: [1, 'x', { b: null, c: true }], d: '2026-01-05' })).toEqual([]);
    expect(structureViolations(null)).toEqual([]);
    expect(structureViolations('text')).toEqual([]);
  });

  it('V-INPUT-1: a prototype key is refused where it stands, and not walked into', () => {
    const v = JSON.parse('{"a":{"__proto__":{"x":"1800-01-01"}},"constructor":1,"b":[{"prototype":2}]}');
    const out = structureViolations(v);
    expect(keys(out)).toEqual(['V-INPUT-1:a.__proto__', 'V-INPUT-1:b[0].prototype', 'V-INPUT-1:constructor']);
    expect(out.find((x) => x.field === 'constructor')!.found).toBe('constructor');
    expect(out.every((x) => x.severity === 'error')).toBe(true);
  });

  it('V-INPUT-1: an empty key is refused too', () => {
    expect(keys(structureViolations({ '': 1 }))).toEqual(['V-INPUT-1:']);
  });

  it(`V-INPUT-2: ${MAX_DEPTH} levels pass, one more is refused once, at the level that is too deep`, () => {
    expect(MAX_DEPTH).toBe(32);
    expect(structureViolations(nest(MAX_DEPTH))).toEqual([]);
    const out = structureViolations(nest(MAX_DEPTH + 1));
    expect(keys(out)).toEqual([`V-INPUT-2:${Array(MAX_DEPTH).fill('a').join('.')}`]);
    const arr = structureViolations(JSON.parse('['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1)));
    expect(keys(arr)).toEqual([`V-INPUT-2:${'[0]'.repeat(MAX_DEPTH)}`]);
  });

  it('V-INPUT-2: a cycle is refused at the place it comes back, and the walk ends', () => {
    const a: Record<string, unknown> = { name: 'x' };
    a.self = a;
    expect(keys(structureViolations(a))).toEqual(['V-INPUT-2:self']);
    const list: unknown[] = [];
    list.push(list);
    expect(keys(structureViolations(list, 'xs'))).toEqual(['V-INPUT-2:xs[0]']);
  });

  it('the same object reached twice (a YAML alias) is walked once and then refused as a cycle', () => {
    const shared = { d: '2026-01-01' };
    expect(keys(structureViolations({ a: shared, b: shared }))).toHaveLength(1);
  });

  it.each([
    ['1949-01-01', true],
    ['2099-12-31', true],
    ['1948-12-31', false],
    ['2100-01-01', false],
    ['0001-01-01', false],
    ['1800-01-01T00:00', true], // not a date string: left to the schema
  ])('V-DATE-1: %s → ok=%s', (d, ok) => {
    const out = structureViolations({ x: [d] });
    expect(keys(out)).toEqual(ok ? [] : ['V-DATE-1:x[0]']);
    if (!ok) expect(out[0]!.found).toBe(d);
  });

  it('V-DATE-1 names the root when the value itself is the date, and the given root otherwise', () => {
    expect(keys(structureViolations('1800-01-01'))).toEqual(['V-DATE-1:(root)']);
    expect(keys(structureViolations({ d: '1800-01-01' }, 'details'))).toEqual(['V-DATE-1:details.d']);
    expect(keys(structureViolations(nest(MAX_DEPTH + 1), 'details'))[0]).toMatch(/^V-INPUT-2:details\.a/);
  });

  it('stops after 50 findings', () => {
    const many = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`d${i}`, '1800-01-01']));
    expect(structureViolations(many)).toHaveLength(50);
    const texts = Array.from({ length: 80 }, () => 'a\u0007');
    expect(textViolations(texts)).toHaveLength(50);
  });
});

describe('normaliseIdNumbers', () => {
  it('upper-cases a lower-case check character in every *id_doc_no, at any depth, and nothing else', () => {
    const v = {
      petitioners: [{ id_doc_no: '11010519491231002x', name: 'x' }],
      agents: [{ agent_id_doc_no: '11010519491231002x' }],
      other: '11010519491231002x',
      id_doc_no_note: '11010519491231002x',
      deep: { more: { id_doc_no: '11010519491231002x' } },
      short: { id_doc_no: '1101051949123100x' },
      long: { id_doc_no: '0011010519491231002x' }, // 19 digits: not an ID number, left alone
      tail: { id_doc_no: '11010519491231002xy' },
    };
    const self = v as Record<string, unknown>;
    self.loop = v; // a cycle does not hang it
    normaliseIdNumbers(v);
    expect(v.petitioners[0]!.id_doc_no).toBe('11010519491231002X');
    expect(v.agents[0]!.agent_id_doc_no).toBe('11010519491231002X');
    expect(v.deep.more.id_doc_no).toBe('11010519491231002X');
    expect(v.other).toBe('11010519491231002x');
    expect(v.id_doc_no_note).toBe('11010519491231002x');
    expect(v.short.id_doc_no).toBe('1101051949123100x');
    expect(v.long.id_doc_no).toBe('0011010519491231002x');
    expect(v.tail.id_doc_no).toBe('11010519491231002xy');
    expect(v.petitioners[0]!.name).toBe('x');
  });

  it('leaves anything that is not an object alone', () => {
    expect(() => normaliseIdNumbers(null)).not.toThrow();
    expect(() => normaliseIdNumbers('11010519491231002x')).not.toThrow();
  });
});

describe('controlCharacters', () => {
  it.each([
    ['plain 文字', []],
    ['tab\tand\nnew\r\nlines', []],
    ['bell\u0007', ['U+0007']],
    ['\u0000\u0008\u000b\u000c\u000e\u001f', ['U+0000', 'U+0008', 'U+000B', 'U+000C', 'U+000E', 'U+001F']],
    ['\u007f\u0085\u009f', ['U+007F', 'U+0085', 'U+009F']],
    ['bidi \u202e override \u202a\u2066\u2069\u200e\u200f\u061c', ['U+202E', 'U+202A', 'U+2066', 'U+2069', 'U+200E', 'U+200F', 'U+061C']],
    ['twice \u0007\u0007', ['U+0007']],
    ['\u00a0\u2028\u202f', []],
  ])('%j → %j', (s, out) => {
    expect(controlCharacters(s)).toEqual(out);
  });
});

describe('textViolations', () => {
  it('names the path of every string holding controls', () => {
    const out = textViolations({ a: 'ok', b: ['x', 'y\u0007'], c: { d: '\u202e' } });
    expect(keys(out)).toEqual(['V-TEXT-1:b[1]', 'V-TEXT-1:c.d']);
    expect(keys(textViolations('\u0007'))).toEqual(['V-TEXT-1:(value)']);
    expect(keys(textViolations({ d: '\u0007' }, 'details'))).toEqual(['V-TEXT-1:details.d']);
    expect(keys(textViolations(['\u0007'], 'xs'))).toEqual(['V-TEXT-1:xs[0]']);
    expect(textViolations(42)).toEqual([]);
  });
});

describe('caseInputViolations', () => {
  const file = (over: Record<string, unknown> = {}) => ({
    received_date: '2026-01-05',
    petitioners: [{ name: '王秀兰' }],
    ...over,
  });

  it('a clean file passes', () => {
    expect(caseInputViolations(file(), { today: '2026-01-05' })).toEqual([]);
    expect(caseInputViolations({})).toEqual([]);
  });

  it('V-PATH-1: a case number given is checked, with the office pattern when there is one', () => {
    expect(keys(caseInputViolations(file({ case_no: '../x' })))).toEqual(['V-PATH-1:case_no']);
    expect(caseInputViolations(file({ case_no: 'L0000001' }))).toEqual([]);
    expect(keys(caseInputViolations(file({ case_no: 'L0000001' }), { caseNoPattern: '^[0-9]{4}-[0-9]{4}$' }))).toEqual(['V-PATH-1:case_no']);
    expect(caseInputViolations(file({ case_no: '2026-0001' }), { caseNoPattern: '^[0-9]{4}-[0-9]{4}$' })).toEqual([]);
  });

  it('V-ATT-1: every attachment path, by index; non-objects skipped', () => {
    const out = caseInputViolations(file({ attachments: [{ path: 'ok.pdf' }, { path: '/etc/passwd' }, null, { path: '../x' }] }));
    expect(keys(out)).toEqual(['V-ATT-1:attachments[1].path', 'V-ATT-1:attachments[3].path']);
    expect(caseInputViolations(file({ attachments: 'x' }))).toEqual([]);
  });

  it('V-DATE-2: a received date after today, only when today is known', () => {
    expect(keys(caseInputViolations(file({ received_date: '2026-01-06' }), { today: '2026-01-05' }))).toEqual(['V-DATE-2:received_date']);
    expect(caseInputViolations(file({ received_date: '2026-01-06' }))).toEqual([]);
    expect(caseInputViolations(file({ received_date: '2026-01-04' }), { today: '2026-01-05' })).toEqual([]);
  });

  it('V-TEXT-1: blank names of petitioners, representatives and agents', () => {
    const out = caseInputViolations(file({ petitioners: [{ name: ' ' }, { name: '王' }, 'x', null], representatives: [{ name: '' }], agents: [{ agent_name: '\t' }] }));
    expect(keys(out)).toEqual(['V-TEXT-1:agents[0].agent_name', 'V-TEXT-1:petitioners[0].name', 'V-TEXT-1:representatives[0].name']);
    expect(out.find((v) => v.field === 'agents[0].agent_name')!.label).toBe('代理人姓名');
    expect(out.find((v) => v.field === 'petitioners[0].name')!.label).toBe('姓名（名称）');
    expect(out.find((v) => v.field === 'representatives[0].name')!.label).toBe('代表姓名');
  });

  it('V-TEXT-2: an unprintable name is a warning naming the characters; a blank name is not asked about', () => {
    const asked: string[] = [];
    const unprintable = (s: string) => {
      asked.push(s);
      return [...s].filter((ch) => ch === '𠀀');
    };
    const out = caseInputViolations(file({ petitioners: [{ name: '王𠀀' }, { name: '李四' }, { name: ' ' }, { name: 7 }] }), { unprintable });
    expect(out.map((v) => [v.rule, v.field, v.severity])).toEqual([
      ['V-TEXT-2', 'petitioners[0].name', 'warning'],
      ['V-TEXT-1', 'petitioners[2].name', 'error'],
    ]);
    expect(out[0]!.message).toContain('𠀀');
    expect(out[0]!.found).toBe('王𠀀');
    expect(asked).toEqual(['王𠀀', '李四']);
  });

  it('V-TEXT-1: controls anywhere in the file', () => {
    expect(keys(caseInputViolations(file({ facts_text: 'x\u202ey' })))).toEqual(['V-TEXT-1:facts_text']);
  });
});
