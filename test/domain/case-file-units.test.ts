// The pieces of reading a case file (src/domain/case-file.ts) one at a time: which parser reads the
// text, the flow-nesting count that runs before the YAML parser, the bare-number warning, each
// refusal with its field, label and message, and how checkCaseFile splits errors from warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCaseFile, flowNestingLine, parseCaseFile, parseStructuredText } from '../../src/domain/case-file.js';
import { type Violation, XfError } from '../../src/domain/errors.js';
import { MAX_DEPTH } from '../../src/domain/input-guard.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { ROOT } from '../helpers/xf.js';

const national = resolveRulePack(['national_2022']).limits;
const sampleText = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8');
const brief = (v: Violation) => ({ rule: v.rule, field: v.field, label: v.label, severity: v.severity, message: v.message });
/** JSON.parse's own message for a text: the detail a JSON refusal passes on. */
const jsonError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('valid JSON');
};
const refusal = (f: () => unknown): XfError => {
  try {
    f();
  } catch (e) {
    if (e instanceof XfError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('JSON or YAML', () => {
  // YAML accepts a trailing comma in a flow collection, JSON does not: the refusal shows which parser read the text
  it('a name ending in .json (any case) is read as JSON, whatever the text starts with', () => {
    for (const name of ['case.json', 'CASE.JSON']) {
      const r = parseStructuredText('[1, 2,]', name);
      expect(r.value).toBeUndefined();
      expect(r.violations.map(brief)).toEqual([{ rule: 'SYNTAX', field: '(file)', label: name, severity: 'error', message: `JSON 语法错误：${jsonError('[1, 2,]')}` }]);
    }
    expect(parseStructuredText('[1, 2,]', 'case.yaml')).toEqual({ value: [1, 2], violations: [] });
    expect(parseStructuredText('[1, 2,]', 'json.yaml')).toEqual({ value: [1, 2], violations: [] });
  });

  it('any other name is read as JSON when its first non-blank character is {', () => {
    const r = parseStructuredText(' \n\t{"a": 1,}\n', 'case.txt');
    expect(r.violations.map((v) => [v.rule, v.field, v.label])).toEqual([['SYNTAX', '(file)', 'case.txt']]);
    expect(r.violations[0]!.message).toBe(`JSON 语法错误：${jsonError(' \n\t{"a": 1,}\n')}`);
    // a YAML flow map that only ends with } is YAML
    expect(parseStructuredText('a: {"b": 1,}', 'case.txt')).toEqual({ value: { a: { b: 1 } }, violations: [] });
  });
});

describe('YAML refusals name the file, the line and the parser’s first line', () => {
  it('a syntax error', () => {
    const r = parseStructuredText('a: 1\nb: [\n', 'x.yaml');
    expect(r.violations.map(brief)).toEqual([
      {
        rule: 'SYNTAX',
        field: '(file)',
        label: 'x.yaml',
        severity: 'error',
        message: 'YAML 语法错误（第 3 行）：Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
      },
    ]);
  });

  it('flow brackets nested past the limit are refused before the parser, at their line', () => {
    const r = parseStructuredText(`a: 1\nb: ${'['.repeat(70)}${']'.repeat(70)}\n`, 'deep.yaml');
    expect(r).toEqual({ violations: [expect.objectContaining({ rule: 'V-INPUT-2', field: '(file)', label: 'deep.yaml' })] });
    expect(r.violations[0]!.message).toBe(`YAML 嵌套过深（第 2 行）：最多 ${MAX_DEPTH} 层`);
  });

  it('block nesting deep enough to exhaust the parser’s stack is V-INPUT-2 too, not a crash', () => {
    const r = parseStructuredText(`${'- '.repeat(10_000)}1`, 'deep.yaml');
    expect(r.value).toBeUndefined();
    expect(r.violations.length).toBeGreaterThan(0);
    for (const v of r.violations) expect(brief(v)).toEqual({ rule: 'V-INPUT-2', field: '(file)', label: 'deep.yaml', severity: 'error', message: `YAML 嵌套过深（第 1 行）：最多 ${MAX_DEPTH} 层` });
  });

  it('an undefined alias is named exactly', () => {
    const r = parseStructuredText('a: *nowhere\n', 'x.yaml');
    expect(r.violations.map(brief)).toEqual([{ rule: 'V-INPUT-2', field: '(file)', label: 'x.yaml', severity: 'error', message: 'YAML 别名未定义：nowhere' }]);
  });

  it('a structure the parser cannot turn into a value gives the parser’s reason', () => {
    // an ordered map (!!omap) whose two entries, both the alias *k, repeat a key: found only when the value is built
    const r = parseStructuredText('x: &k {a: 1}\ny: !!omap [*k, *k]\n', 'x.yaml');
    expect(r.violations.map(brief)).toEqual([{ rule: 'V-INPUT-2', field: '(file)', label: 'x.yaml', severity: 'error', message: 'YAML 结构无法读取：Ordered maps must not include duplicate keys' }]);
  });
});

describe('a bare number that other YAML readers would turn into an integer is a warning (V-INPUT-2)', () => {
  const warned = (text: string) => (parseStructuredText(text, 'w.yaml').warnings ?? []).map(brief);
  const warning = (field: string, label: string, value: string) => ({
    rule: 'V-INPUT-2',
    field,
    label,
    severity: 'warning',
    message: `${value} 未加引号：其他 YAML 读取程序会把它读成整数（长号码会失真），请写成 "${value}"`,
  });

  it('16 digits or more under any key, and a phone number of any length', () => {
    expect(warned('w: 1234567890123456\nid_doc_no: 370102196203150025\nphone: 13905310001\nhandler_phone: 86001234')).toEqual([
      warning('w', 'w', '1234567890123456'),
      warning('id_doc_no', 'id_doc_no', '370102196203150025'),
      warning('phone', 'phone', '13905310001'),
      warning('handler_phone', 'handler_phone', '86001234'),
    ]);
  });

  it('not an ordinary number: 15 digits, a short count, a sign, a fraction, a quoted number', () => {
    expect(warned('z: 123456789012345\nn: 42\nm: -1234567890123456\nf: 1234567890123456.5\nq: "1234567890123456"\nphone: "13905310001"')).toEqual([]);
    expect(parseStructuredText('n: 42', 'w.yaml')).toEqual({ value: { n: 42 }, violations: [] }); // no warnings key at all
  });

  it('without a plain key (a list item, the whole document) it is reported at (value), labelled with the file', () => {
    expect(warned('xs: [1234567890123456]')).toEqual([warning('(value)', 'w.yaml', '1234567890123456')]);
    expect(warned('1234567890123456')).toEqual([warning('(value)', 'w.yaml', '1234567890123456')]);
    expect(warned('? [a]\n: 1234567890123456')).toEqual([warning('(value)', 'w.yaml', '1234567890123456')]);
  });

  it('parseCaseFile hands the warning on, before the checks’ own warnings', () => {
    const text = sampleText.replace('id_doc_no: "370102196203150025"', 'id_doc_no: 370102196203150025').replace('birth_month: 1962-03', 'birth_month: 1962-04');
    expect(text).not.toBe(sampleText);
    const r = parseCaseFile(text, '01.yaml', national);
    expect(r.file.petitioners[0]!.id_doc_no).toBe('370102196203150025');
    expect(r.warnings.map((w) => [w.rule, w.field])).toEqual([
      ['V-INPUT-2', 'id_doc_no'],
      ['V-ID-2', 'petitioners[0].birth_month'],
    ]);
  });
});

describe('checkCaseFile: errors refuse, warnings pass', () => {
  const sample = (): Record<string, unknown> => {
    const { history: _h, ...rest } = parseStructuredText(sampleText, 's.yaml').value as Record<string, unknown>;
    return structuredClone(rest);
  };

  it('a file that is not one object is refused as such, not by the schema walk', () => {
    for (const v of [null, [], 'text', 42, undefined]) {
      expect(refusal(() => checkCaseFile(v, 'x.yaml', national)).violations.map(brief), String(v)).toEqual([
        { rule: 'SCHEMA', field: '(root)', label: '信访事项', severity: 'error', message: '案件文件应为一个对象（键: 值）' },
      ]);
    }
  });

  it('a file with warnings only is accepted and returns exactly those warnings', () => {
    const r = checkCaseFile({ ...sample(), petitioners: [{ ...(sample().petitioners as object[])[0], birth_month: '1962-04' }] }, 'a.yaml', national);
    expect(r.warnings.map((w) => [w.rule, w.field, w.severity])).toEqual([['V-ID-2', 'petitioners[0].birth_month', 'warning']]);
    expect(checkCaseFile(sample(), 'a.yaml', national).warnings).toEqual([]);
  });

  it('an error among warnings refuses the file and lists both', () => {
    const bad = { ...sample(), received_date: '2026-01-05', petitioners: [{ ...(sample().petitioners as object[])[0], birth_month: '1962-04' }] };
    const e = refusal(() => checkCaseFile(bad, 'a.yaml', national));
    expect(e.violations.map((v) => v.severity).sort()).toEqual(['error', 'warning']);
  });
});

describe('flowNestingLine', () => {
  const at = (text: string) => flowNestingLine(text, 3);
  it('counts [ and { alike, up to the limit itself', () => {
    expect(at('[[[]]]')).toBeUndefined();
    expect(at('{{{}}}')).toBeUndefined();
    expect(at('[{[{')).toBe(1);
  });
  it('closing brackets of either kind close, so siblings never add up', () => {
    expect(at('[] [] [] [] []')).toBeUndefined();
    expect(at('{} {} {} {} {}')).toBeUndefined();
  });
  it('a stray closer gives no credit for later openers', () => {
    expect(at(']]]] [[[[')).toBe(1);
    expect(at('}}}} {{{{')).toBe(1);
  });
  it('names the line the limit is passed on', () => {
    expect(at('a: 1\n\nb: [[[[')).toBe(3);
  });
  it('brackets inside a double-quoted string do not count; \\" does not close it, the next " does', () => {
    expect(at('a: "[[[[" ')).toBeUndefined();
    expect(at('a: "x\\" [[[["')).toBeUndefined();
    expect(at('a: "x" [[[[')).toBe(1);
    expect(at('a: "x\\\\" [[[[')).toBe(1); // an escaped backslash, then the closing quote
  });
  it('a single quote opens a string only where a YAML scalar can start; a backslash inside it is plain', () => {
    expect(at("'[[[[' x")).toBeUndefined(); // at the start of the text
    expect(at("a: '[[[['")).toBeUndefined(); // after a space
    expect(at("a: 'x[[[['")).toBeUndefined();
    expect(at("a: ['[[[[', '[[[[']")).toBeUndefined(); // after [ and after ,
    expect(at("a: {b:'[[[['}")).toBeUndefined(); // after :
    expect(at("a: it's [[[[")).toBe(1); // an apostrophe inside a plain word
    expect(at("a: '\\' [[[[")).toBe(1); // '\' is a whole single-quoted string
  });
  it('a # starts a comment at the start of the text or after white space, to the end of its line', () => {
    expect(at('# [[[[')).toBeUndefined();
    expect(at('a: 1 # [[[[')).toBeUndefined();
    expect(at('a: 1\t# [[[[')).toBeUndefined();
    expect(at('a: x# [[[[')).toBe(1); // part of the plain scalar x#
    expect(at('a: 1 # c\n[[[[')).toBe(2);
    expect(at('# c\n[[[[\n')).toBe(2);
  });
});
