// Reading case-file text (src/domain/case-file.ts): JSON or YAML, numbers-as-text kept exact, YAML
// alias and depth attacks answered with named violations, and the confidential flag forced or set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaseFile, flowNestingLine, parseCaseFile, parseStructuredText } from '../../src/domain/case-file.js';
import { XfError } from '../../src/domain/errors.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { ROOT } from '../helpers/xf.js';

const national = resolveRulePack(['national_2022']).limits;
const sampleText = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8');
// the file-level faults carry the file's name as their label, so no Chinese-label check here
const key = (v: { rule: string; field: string }) => `${v.rule}:${v.field}`;
const keysOf = (r: { violations: import('../../src/domain/errors.js').Violation[] }) => r.violations.map(key);
const refusal = (f: () => unknown): XfError => {
  try {
    f();
  } catch (e) {
    if (e instanceof XfError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('parseStructuredText', () => {
  it('reads JSON by name or by its first character, YAML otherwise', () => {
    expect(parseStructuredText('{"a": 1}', 'x.yaml')).toEqual({ value: { a: 1 }, violations: [] });
    expect(parseStructuredText('  \n{"a": 1}', 'x.txt')).toEqual({ value: { a: 1 }, violations: [] });
    expect(parseStructuredText('[1, 2]', 'X.JSON')).toEqual({ value: [1, 2], violations: [] });
    expect(parseStructuredText('[1, 2]', 'x.yaml')).toEqual({ value: [1, 2], violations: [] }); // a YAML flow list
    expect(parseStructuredText('a: 1', 'x.yml')).toEqual({ value: { a: 1 }, violations: [] });
  });

  it('a JSON syntax error is SYNTAX on the file, labelled with its name', () => {
    const r = parseStructuredText('{"a": ', 'case.json');
    expect(keysOf(r)).toEqual(['SYNTAX:(file)']);
    expect(r.violations[0]!.label).toBe('case.json');
    expect(r.value).toBeUndefined();
    expect(r.violations[0]!.message).toMatch(/^JSON 语法错误：./);
  });

  it('YAML syntax errors name their line, one violation each', () => {
    const r = parseStructuredText('a: 1\nb: [\n', 'x.yaml');
    expect(r.violations.length).toBeGreaterThan(0);
    expect(r.violations.every((v) => v.rule === 'SYNTAX' && v.field === '(file)' && v.label === 'x.yaml')).toBe(true);
    expect(r.violations[0]!.message).toMatch(/^YAML 语法错误（第 \d+ 行）：\S/);
    expect(r.violations[0]!.message).not.toContain('\n');
    expect(keysOf(parseStructuredText('a: 1\na: 2\n', 'dup.yaml'))).toEqual(['SYNTAX:(file)']); // keys are unique
  });

  it('keeps numbers-as-text exact: ID numbers, phones, codes, leading zeros, long digit strings', () => {
    const text = [
      'id_doc_no: 370102199001010011',
      'phone: 13800000000',
      'postcode: 250000',
      'org_code: 123',
      'x: 0571',
      'y: 12345678901234567',
      'n: 42',
      'f: 1.5',
      'z: 123456789012345',
      'w: 1234567890123456',
    ].join('\n');
    const v = parseStructuredText(text, 'x.yaml').value as Record<string, unknown>;
    expect(v).toEqual({
      id_doc_no: '370102199001010011',
      phone: '13800000000',
      postcode: '250000',
      org_code: '123',
      x: '0571',
      y: '12345678901234567',
      n: 42,
      f: 1.5,
      z: 123456789012345,
      w: '1234567890123456',
    });
    // inside a list, without a key: only the number's own shape decides
    expect(parseStructuredText('xs: [0571, 7]', 'x.yaml').value).toEqual({ xs: ['0571', 7] });
  });

  it('a billion-laughs alias bomb is refused as too many aliases', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const r = parseStructuredText(bomb, 'bomb.yaml');
    expect(keysOf(r)).toEqual(['V-INPUT-2:(file)']);
    expect(r.violations[0]!.message).toBe('YAML 别名（*引用）过多：最多 100 个');
    expect(r.violations[0]!.label).toBe('bomb.yaml');
  });

  it('an alias used but never defined is named', () => {
    const r = parseStructuredText('a: *nowhere\n', 'x.yaml');
    expect(keysOf(r).length).toBe(1);
    expect(r.violations[0]!.rule).toMatch(/^(V-INPUT-2|SYNTAX)$/);
    expect(r.violations[0]!.message).toContain('nowhere');
  });

  it('a structure nested too deep is V-INPUT-2, not a crash', () => {
    const r = parseStructuredText(`${'['.repeat(40)}${']'.repeat(40)}`, 'x.yaml');
    expect(r.value).toBeUndefined();
    expect(r.violations.map((v) => v.rule)).toEqual(['V-INPUT-2']);
    const j = parseStructuredText(`${'['.repeat(40)}${']'.repeat(40)}`, 'x.json');
    expect(j.violations.map((v) => v.rule)).toEqual(['V-INPUT-2']);
  });

  it('a forbidden key in JSON is refused with the structure check', () => {
    expect(keysOf(parseStructuredText('{"__proto__": {"x": 1}}', 'x.json'))).toEqual(['V-INPUT-1:__proto__']);
  });
});

describe('checkCaseFile / parseCaseFile', () => {
  it.each([null, [], 'text', 42])('a file that is not one object (%j) is refused as SCHEMA (root)', (v) => {
    const e = refusal(() => checkCaseFile(v, 'x.yaml', national));
    expect(e.code).toBe('VALIDATION');
    expect(e.violations.map(key)).toEqual(['SCHEMA:(root)']);
  });

  it('a hostile structure handed in directly is refused before the schema', () => {
    const v: Record<string, unknown> = { channel: 'letter' };
    v.self = v;
    expect(refusal(() => checkCaseFile(v, 'x.yaml', national)).violations.map(key)).toEqual(['V-INPUT-2:self']);
  });

  it('a syntax error is thrown as a validation error naming the file', () => {
    const e = refusal(() => parseCaseFile('{"a":', 'c.json', national));
    expect(e.code).toBe('VALIDATION');
    expect(e.violations.map(key)).toEqual(['SYNTAX:(file)']);
  });

  it('confidential: forced for an accusation, false when not given, kept when given', () => {
    const base = parseStructuredText(sampleText, 's.yaml').value as Record<string, unknown>;
    const { history: _h, ...rest } = base;
    const mk = (over: Record<string, unknown>) => ({ ...structuredClone(rest), ...over });
    const plain = mk({});
    delete plain.confidential;
    expect(checkCaseFile(plain, 'a.yaml', national).file.confidential).toBe(false);
    expect(checkCaseFile(mk({ confidential: true }), 'a.yaml', national).file.confidential).toBe(true);
    expect(checkCaseFile(mk({ confidentiality_requested: true }), 'a.yaml', national).file.confidential).toBe(true);
    const r = checkCaseFile(mk({}), 'a.yaml', national);
    expect(Array.isArray(r.warnings)).toBe(true);
    expect(r.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('input rules (V-DATE-2) run only on a file that passed the schema, and use the options', () => {
    const { history: _h, ...rest } = parseStructuredText(sampleText, 's.yaml').value as Record<string, unknown>;
    const future = { ...structuredClone(rest), received_date: '2099-01-01', registered_date: '2099-01-01' };
    expect(refusal(() => checkCaseFile(structuredClone(future), 'a.yaml', national, { today: '2026-01-01' })).violations.map(key)).toContain('V-DATE-2:received_date');
  });
});

describe('flow nesting is counted before the YAML parser runs', () => {
  it.each([
    [`a: ${'['.repeat(65)}${']'.repeat(65)}`, 1],
    [`x: 1\nb: ${'{a: '.repeat(70)}1${'}'.repeat(70)}`, 2],
    [`a: "${'['.repeat(100)}"`, undefined], // inside quotes
    [`a: 1 # ${'['.repeat(100)}`, undefined], // in a comment
    [`a: ${'[1], '.repeat(100)}`, undefined], // many, never deep
  ])('%#: line %j', (text, line) => {
    expect(flowNestingLine(text, 64)).toBe(line);
  });
});
