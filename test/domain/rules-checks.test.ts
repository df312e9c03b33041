// Checks of the rule registry that the table-driven rules tests reach only through their callers:
// the exact findings (field paths, found values, parameters) each one hands back, and the 统计口径
// of the satisfaction rate, which the ledger prints and computes from one definition.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case.js';
import { makeResidentId } from '../../src/domain/idcard.js';
import { catalogue, check, findingsToViolations } from '../../src/domain/rules/index.js';
import { SATISFACTION_RATE } from '../../src/domain/rules/statistics.js';

describe('V-AG-4 on the raw input', () => {
  it('names a fee field inside a list by its index', () => {
    const v = check('V-AG-4', 'raw', { raw: { agents: [{ name: 'a' }, { name: 'b', fee: 100 }] } });
    expect(v).toEqual([expect.objectContaining({ rule: 'V-AG-4', field: 'agents[1].fee', found: 100 })]);
  });
  it('a list at the top is walked too', () => {
    expect(check('V-AG-4', 'raw', { raw: [{ ok: 1 }, { 报酬: 5 }] }).map((x) => x.field)).toEqual(['[1].报酬']);
  });
});

describe('V-ID-1', () => {
  const base = { petitioners: [] as unknown[], agents: [] as unknown[] };
  const file = (p: Record<string, unknown>) => check('V-ID-1', 'file', { c: { ...base, petitioners: [p] } as never, limits: {} as never });
  const good = makeResidentId('370102', '19620315', 2);
  const bad = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
  it('checks a resident ID and names the field', () => {
    expect(file({ id_doc_type: 'resident_id', id_doc_no: bad })).toEqual([expect.objectContaining({ rule: 'V-ID-1', field: 'petitioners[0].id_doc_no', found: bad })]);
    expect(file({ id_doc_type: 'resident_id', id_doc_no: good })).toEqual([]);
  });
  it('leaves other documents and a missing number alone', () => {
    expect(file({ id_doc_type: 'passport', id_doc_no: bad })).toEqual([]);
    expect(file({ id_doc_type: 'resident_id' })).toEqual([]);
    expect(file({ id_doc_no: bad })).toEqual([]);
  });
});

describe('V-DOC-9 extension length', () => {
  it('reports the days found and the limit', () => {
    const [v] = check('V-DOC-9', 'days', { days: 31, limits: { max_extension_days: 30 } });
    expect(v).toMatchObject({ rule: 'V-DOC-9', field: 'extension_days', found: 31 });
    expect(v?.message).toContain('30');
    expect(check('V-DOC-9', 'days', { days: 30, limits: { max_extension_days: 30 } })).toEqual([]);
  });
});

describe('outside validators’ problems', () => {
  it('carry found only when the validator gave one', () => {
    const v = check('SCHEMA', 'problems', {
      problems: [
        { field: 'a', detail: 'x', found: 0 },
        { field: 'b', detail: 'y' },
      ],
    });
    expect(v[0]).toMatchObject({ field: 'a', found: 0 });
    expect(v[0]?.message).toBe('x');
    expect(v[1]).not.toHaveProperty('found');
    expect(v[1]?.message).toBe('y');
  });
});

describe('V-TEXT-2 unprintable names', () => {
  it('names each character by its code point, upper-case hex, four digits at least', () => {
    const [v] = check('V-TEXT-2', 'printable', { value: 'a\u{e9}\u{20000}', field: 'petitioners[0].name', label: '姓名', missing: ['\u{e9}', '\u{20000}'] });
    expect(v?.message).toContain('é（U+00E9）、\u{20000}（U+20000）');
    expect(check('V-TEXT-2', 'printable', { value: 'ab', field: 'f', label: 'l', missing: [] })).toEqual([]);
  });
});

describe('findingsToViolations', () => {
  it('keeps a finding’s own label and found, and drops what is not given', () => {
    const [a, b] = findingsToViolations('V-DOC-9', [
      { key: 'too_long', field: 'x', label: '自己的', found: 0, params: { max: 1 } },
      { key: 'too_long', field: 'y', params: { max: 1 } },
    ]);
    expect(a).toMatchObject({ label: '自己的', found: 0, field: 'x' });
    expect(b).not.toHaveProperty('found');
    expect(b?.label).toBe('延长天数'); // the message's own label when the finding names none
  });
});

describe('catalogue', () => {
  const cat = catalogue();
  it('lists every rule of every area once, with where it applies', () => {
    expect(cat.length).toBeGreaterThan(40);
    expect(new Set(cat.map((e) => e.id)).size).toBe(cat.length);
    expect(cat.find((e) => e.id === 'V-DOC-9')).toMatchObject({ area: expect.any(String), label_zh: '延期办理', enforced: true });
  });
  it('a message without its own severity takes the rule’s', () => {
    const w = cat.find((e) => e.severity === 'warning');
    expect(w).toBeDefined();
    for (const m of Object.values(w!.messages)) expect(['warning', 'error']).toContain(m.severity);
    const e = cat.find((x) => x.id === 'V-DOC-9')!;
    for (const m of Object.values(e.messages)) expect(m.severity).toBe('error');
    expect(Object.values(w!.messages).some((m) => m.severity === 'warning')).toBe(true);
  });
  it('a rule marked not enforced says so', () => {
    const off = cat.filter((e) => !e.enforced);
    const on = cat.filter((e) => e.enforced);
    expect(on.length).toBeGreaterThan(off.length);
  });
});

describe('satisfaction rate (ST-SAT)', () => {
  const rec = (services: { satisfaction?: string }[] | undefined, slip?: { satisfaction?: string; voided?: boolean }) =>
    ({ progress: { services }, contact_slip: slip }) as unknown as Pick<CaseRecord, 'progress' | 'contact_slip'>;
  it.each([
    ['the latest rating on service', [{ satisfaction: 'dissatisfied' }, {}, { satisfaction: 'satisfied' }, {}], { satisfaction: 'dissatisfied' }, 'satisfied'],
    ['the slip when no service was rated', [{}], { satisfaction: 'basically_satisfied' }, 'basically_satisfied'],
    ['the slip when nothing was served', undefined, { satisfaction: 'dissatisfied' }, 'dissatisfied'],
    ['no record of a voided slip', [], { satisfaction: 'satisfied', voided: true }, undefined],
    ['not rated at all', undefined, undefined, undefined],
  ])('%s', (_, services, slip, want) => {
    expect(SATISFACTION_RATE.ratingOf(rec(services as never, slip as never))).toBe(want);
  });
  it('counts satisfied and basically satisfied, not dissatisfied', () => {
    expect(SATISFACTION_RATE.isSatisfied('satisfied')).toBe(true);
    expect(SATISFACTION_RATE.isSatisfied('basically_satisfied')).toBe(true);
    expect(SATISFACTION_RATE.isSatisfied('dissatisfied')).toBe(false);
  });
  it('prints the same definition it computes', () => {
    expect(SATISFACTION_RATE.id).toBe('ST-SAT');
    expect(SATISFACTION_RATE.definition.zh).toMatch(/^满意率：（满意＋基本满意）÷参评件数/);
    expect(SATISFACTION_RATE.definition.en).toMatch(/^satisfaction rate: \(satisfied \+ basically satisfied\)/);
    expect(SATISFACTION_RATE.column.zh).toContain('未评价');
    expect(SATISFACTION_RATE.label).toEqual({ zh: '满意率', en: 'satisfaction rate' });
    expect(SATISFACTION_RATE.source).toContain('§6.5');
    expect(SATISFACTION_RATE.column.en).toContain('not rated');
  });
});
